package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * An officer in a real browser opens an on-the-spot case alone, adds a colleague (行政处罚法 第四十二条), tells and hears
 * the party (第四十四条), is refused a fine over the limit (第五十一条) and decides within it, the refusal to sign noted
 * (第五十二条).
 */
class CaseConsoleBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient db;

    @Test
    void anOfficerOpensACaseAloneAddsAColleagueTellsThePartyAndFinesOnTheSpotWithinTheLimitOfArticle51() {
        var own = officerName("select officer_id from organization.user_account where username = 'qufu-officer'");
        var colleague =
                officerName("select officer_id from organization.user_account where username = 'qufu-officer2'");
        var revoked = db.sql(
                        """
                        select o.name from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = '370881' and o.revoked
                        """)
                .query(String.class)
                .list();
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("案件").setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建案件"))
                    .click();

            // issue 18: only officers whose certificate allows acting today are offered, the lead marked
            var picker = page.locator("[data-test=officer-picker]");
            assertThat(picker).containsText(own);
            for (var name : revoked) {
                assertThat(picker).not().containsText(name);
            }
            page.getByLabel("程序").selectOption("SIMPLE_PENALTY");
            page.getByLabel("案件名称").fill("理发店从业人员未取得健康合格证明");
            page.getByLabel("类型").selectOption("INDIVIDUAL");
            page.getByLabel("名称或姓名").fill("王某");
            page.getByLabel("统一社会信用代码或身份证号码").fill("110105194912310021");
            picker.locator("tr", new com.microsoft.playwright.Locator.LocatorOptions().setHasText(own))
                    .locator("input[name=officerIds]")
                    .check();
            page.getByLabel("主办 " + own).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记"))
                    .click();
            assertThat(page.locator(".field-error")).containsText("校验码不正确");

            page.getByLabel("统一社会信用代码或身份证号码").fill("11010519491231002X");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记"))
                    .click();
            assertThat(page.locator("[data-test=stage]")).hasText("当场处罚");

            // 行政处罚法 第四十二条: one officer alone is no dead end, a certified colleague joins the case
            var join = page.locator("form[action$='/actions/add-officer']");
            join.getByLabel("加入的执法人员")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel(join.locator(
                                            "option",
                                            new com.microsoft.playwright.Locator.LocatorOptions().setHasText(colleague))
                                    .first()
                                    .textContent()));
            join.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("增加承办人员"))
                    .click();
            assertThat(page.locator("#acts")).containsText("增加承办人员");

            // 第四十四条: the party is told and heard first, by the two officers
            var inform = page.locator("form[action$='/actions/inform-on-the-spot']");
            inform.getByLabel("处罚种类").selectOption("FINE");
            inform.getByLabel("罚款或没收金额（元）").fill("200");
            inform.getByLabel("同行执法人员")
                    .selectOption(new com.microsoft.playwright.options.SelectOption()
                            .setLabel(inform.locator(
                                            "option",
                                            new com.microsoft.playwright.Locator.LocatorOptions().setHasText(colleague))
                                    .first()
                                    .textContent()));
            inform.getByLabel("记录").fill("已告知违法事实、理由和依据，当事人称不知需办健康证");
            inform.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("当场告知并听取陈述申辩"))
                    .click();
            assertThat(page.locator("#acts")).containsText("当场告知并听取陈述申辩");

            var decide = page.locator("form[action$='/actions/decide-on-the-spot']");
            decide.getByLabel("处罚种类").selectOption("FINE");
            decide.getByLabel("罚款或没收金额（元）").fill("500");
            decide.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("当场作出处罚决定"))
                    .click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=refusal]")).containsText("第五十一条");
            assertThat(page.locator("[data-test=stage]")).hasText("当场处罚");

            decide = page.locator("form[action$='/actions/decide-on-the-spot']");
            decide.getByLabel("处罚种类").selectOption("FINE");
            decide.getByLabel("罚款或没收金额（元）").fill("200");
            decide.getByLabel("当事人拒绝签收").check();
            decide.getByRole(
                            AriaRole.BUTTON,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("当场作出处罚决定"))
                    .click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=stage]")).hasText("已作出决定");
            assertThat(page.locator("#deadlines")).containsText("缴纳罚款");
            assertThat(page.locator("#acts")).containsText("当场作出处罚决定");
            assertThat(page.locator("#acts")).containsText("当事人拒绝签收");
            assertThat(page.locator("#documents")).containsText("当场行政处罚决定书");
            assertThat(page.locator("#documents")).containsText("陈述和申辩笔录");
            assertThat(page.locator("#documents")).containsText("当罚〔");
            Browser.screenshot(page, "case-on-the-spot-decided");
        }
    }

    private String officerName(String officerIdQuery) {
        var id = db.sql(officerIdQuery).query(java.util.UUID.class).single();
        return db.sql("select name from organization.officer where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
