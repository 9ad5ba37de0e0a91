package org.sunlight.cases;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.Browser;

/** An officer in a real browser opens an on-the-spot case, is refused a fine over the limit, and decides within it. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseConsoleBrowserTest {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void anOfficerFinesOnTheSpotWithinTheLimitOfArticle51() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("案件").setExact(true))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("新建案件"))
                    .click();

            page.getByLabel("程序").selectOption("SIMPLE_PENALTY");
            page.getByLabel("案件名称").fill("理发店从业人员未取得健康合格证明");
            page.getByLabel("类型").selectOption("INDIVIDUAL");
            page.getByLabel("名称或姓名").fill("王某");
            page.getByLabel("统一社会信用代码或身份证号码").fill("110105194912310021");
            page.locator("input[name=officerIds]").first().check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记"))
                    .click();
            assertThat(page.locator(".field-error")).containsText("校验码不正确");

            page.getByLabel("统一社会信用代码或身份证号码").fill("11010519491231002X");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登记"))
                    .click();
            assertThat(page.locator("[data-test=stage]")).hasText("当场处罚");

            page.getByLabel("处罚种类").selectOption("FINE");
            page.getByLabel("罚款或没收金额（元）").fill("500");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("当场作出处罚决定"))
                    .click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=refusal]")).containsText("第五十一条");
            assertThat(page.locator("[data-test=stage]")).hasText("当场处罚");

            page.getByLabel("处罚种类").selectOption("FINE");
            page.getByLabel("罚款或没收金额（元）").fill("200");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("当场作出处罚决定"))
                    .click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=stage]")).hasText("已作出决定");
            assertThat(page.locator("#deadlines")).containsText("缴纳罚款");
            assertThat(page.locator("#acts")).containsText("当场作出处罚决定");
            assertThat(page.locator("#documents")).containsText("当场行政处罚决定书");
            assertThat(page.locator("#documents")).containsText("当罚〔");
            Browser.screenshot(page, "case-on-the-spot-decided");
        }
    }
}
