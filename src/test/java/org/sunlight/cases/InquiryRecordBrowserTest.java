package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
 * The officer writes the 询问笔录 on the case page: two questions and answers (a row added, a blank one removed), the
 * place, time, the person asked, the two officers and the refusal to sign; a wrong time is refused at its field with
 * everything typed kept; the issued 询问笔录 shows it all.
 */
class InquiryRecordBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void theOfficerWritesTheInquiryRecordAndSeesItIssued() throws Exception {
        var steps = new CaseSteps(port, db);
        var id = steps.investigating(steps.staff("qufu-officer"), steps.staff("qufu-leader"));
        var now = LocalDateTime.now(clock);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + id);
            var form = page.locator("#action-inquire");
            // the end lies in the future: refused at its field
            RecordForms.fillInquiry(form, now.plusHours(2));
            RecordForms.addRow(form, "增加一问一答");
            form.getByLabel("问 2").fill("诊所何时开始诊疗活动？");
            form.getByLabel("答 2").fill("2026年3月起。");
            RecordForms.addRow(form, "增加一问一答");
            assertThat(form.locator("[data-row]")).hasCount(3);
            assertThat(form.getByLabel("问 3")).hasValue("");
            form.locator("[data-row]").nth(2).getByRole(AriaRole.BUTTON).click();
            assertThat(form.locator("[data-row]")).hasCount(2);
            form.getByLabel("被询问人拒绝签名").check();
            form.getByLabel("拒签理由").fill("认为记录不全");
            form.getByLabel("未附音像记录的理由").fill("执法记录仪故障");
            RecordForms.submit(form, "调查询问");

            form = page.locator("#action-inquire");
            assertThat(form.locator("[data-test=form-refusal]")).containsText("“询问结束时间”不能晚于现在");
            assertThat(form.getByLabel("询问结束时间")).hasClass(Pattern.compile("invalid"));
            assertThat(form.getByLabel("询问地点")).hasValue("曲阜市某诊所办公室");
            assertThat(form.getByLabel("问 2")).hasValue("诊所何时开始诊疗活动？");
            assertThat(form.getByLabel("答 1")).hasValue("知道，正在办理。");
            assertThat(form.getByLabel("被询问人拒绝签名")).isChecked();
            assertThat(form.getByLabel("拒签理由")).hasValue("认为记录不全");
            assertThat(form.getByLabel("未附音像记录的理由")).hasValue("执法记录仪故障");

            form.getByLabel("询问开始时间").fill(RecordForms.minutes(now.minusHours(1)));
            form.getByLabel("询问结束时间").fill(RecordForms.minutes(now.minusMinutes(10)));
            RecordForms.submit(form, "调查询问");
            assertThat(page.locator("[data-test=refusal]")).hasCount(0);
            assertThat(page.locator("#acts")).containsText("调查询问");

            page.locator("#documents a", new Page.LocatorOptions().setHasText("询问笔录"))
                    .first()
                    .click();
            var document = page.locator("article.official-document");
            assertThat(document).containsText("曲阜市某诊所办公室");
            assertThat(document).containsText("王某某");
            assertThat(document).containsText("诊所负责人");
            assertThat(document.locator("[data-test=inquiry-question]"))
                    .hasText(new String[] {"问：你是否知道诊所未取得医疗机构执业许可证？", "问：诊所何时开始诊疗活动？"});
            assertThat(document.locator("[data-test=inquiry-answer]"))
                    .hasText(new String[] {"答：知道，正在办理。", "答：2026年3月起。"});
            assertThat(document.locator("[data-test=inquiry-refusal]")).containsText("被询问人拒绝签名，理由：认为记录不全");
            Browser.screenshot(page, "inquiry-record");
        }
    }
}
