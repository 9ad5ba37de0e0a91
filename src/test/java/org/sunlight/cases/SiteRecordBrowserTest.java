package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;
import org.sunlight.RecordForms;

/**
 * The officer writes the 现场检查笔录 on the case page: place, time, the two officers, two persons present (a row added,
 * a blank one removed), what was inspected and found, the party's refusal to sign; a missing role is refused at its
 * row with everything typed kept; the issued 现场笔录 shows it all.
 */
class SiteRecordBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void theOfficerWritesTheSiteRecordAndSeesItIssued() throws Exception {
        var steps = new CaseSteps(port, db);
        var id = steps.investigating(steps.staff("qufu-officer"), steps.staff("qufu-leader"));
        var now = LocalDateTime.now(clock);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + id);
            var form = page.locator("#action-inspect-site");
            RecordForms.fillSiteRecord(form, now.minusMinutes(10));
            RecordForms.addRow(form, "增加在场人员");
            form.getByLabel("在场人员 2 姓名").fill("赵某");
            // a role of blanks passes the browser's check and is refused by the server at its row
            role(form, 2).fill("  ");
            RecordForms.addRow(form, "增加在场人员");
            assertThat(form.locator("[data-row]")).hasCount(3);
            form.locator("[data-row]").nth(2).getByRole(AriaRole.BUTTON).click();
            assertThat(form.locator("[data-row]")).hasCount(2);
            form.getByLabel("当事人拒绝签名").check();
            form.getByLabel("拒签理由").fill("认为不需要许可证");
            form.getByLabel("未附音像记录的理由").fill("执法记录仪故障");
            RecordForms.submit(form, "现场检查（勘验）");

            form = page.locator("#action-inspect-site");
            assertThat(form.locator("[data-test=form-refusal]")).containsText("在场人员 2 身份");
            assertThat(role(form, 2)).hasClass(Pattern.compile("invalid"));
            assertThat(form.getByLabel("检查地点")).hasValue("曲阜市某诊所诊疗室");
            assertThat(form.getByLabel("在场人员 2 姓名")).hasValue("赵某");
            assertThat(form.getByLabel("检查情况")).hasValue("诊疗室内有患者两名，未见医疗机构执业许可证。");
            assertThat(form.getByLabel("当事人拒绝签名")).isChecked();
            assertThat(form.getByLabel("拒签理由")).hasValue("认为不需要许可证");

            role(form, 2).fill("护士");
            RecordForms.submit(form, "现场检查（勘验）");
            assertThat(page.locator("[data-test=refusal]")).hasCount(0);
            assertThat(page.locator("#acts")).containsText("现场检查（勘验）");

            page.locator("#documents a", new Page.LocatorOptions().setHasText("现场笔录"))
                    .first()
                    .click();
            var document = page.locator("article.official-document");
            assertThat(document).containsText("曲阜市某诊所诊疗室");
            assertThat(document.locator("[data-test=site-record-present] td"))
                    .containsText(new String[] {"王某某", "诊所负责人", "无", "赵某", "护士", "无"});
            assertThat(document.locator("[data-test=site-record-findings]")).hasText("诊疗室内有患者两名，未见医疗机构执业许可证。");
            assertThat(document.locator("[data-test=site-record-signature]")).containsText("当事人拒绝签名，理由：认为不需要许可证");
            Browser.screenshot(page, "site-record");
        }
    }

    private static Locator role(Locator form, int row) {
        return form.getByLabel("在场人员 " + row + " 身份", new Locator.GetByLabelOptions().setExact(true));
    }
}
