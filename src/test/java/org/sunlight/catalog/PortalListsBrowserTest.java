package org.sunlight.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/** A citizen on the portal, in a real browser: browses the item list, filters it, reads a guide, checks certificates. */
class PortalListsBrowserTest extends BrowserTest {

    @Test
    void browsesTheItemListAndFiltersItByCategory() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/");
            page.locator("#section-items").getByRole(AriaRole.LINK).first().click();

            assertThat(page.locator("h1")).hasText("行政执法事项清单");
            assertThat(page.locator("[data-test=found]")).containsText("共");
            page.getByLabel("执法类别").selectOption("LICENSING");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*category=LICENSING.*"));
            var categories = page.locator("table.list tbody tr td:nth-child(2)").allInnerTexts();
            assertThat(categories).isNotEmpty().allSatisfy(text -> assertThat(text)
                    .isEqualTo("行政许可"));
            Browser.screenshot(page, "portal-items-licensing");
        }
    }

    @Test
    void opensAServiceGuideAtPhoneWidth() {
        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/service-guides");
            page.locator("ul.guides a").first().click();

            assertThat(page.locator("h1")).containsText("服务指南");
            assertThat(page.locator("dl.guide")).containsText("申请材料");
            assertThat(page.locator("dl.guide")).containsText("救济渠道");
            var width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).isLessThanOrEqualTo(390);
            Browser.screenshot(page, "portal-service-guide-phone");
        }
    }

    @Test
    void looksUpAValidAndARevokedCertificate() {
        var valid = certificate("not revoked and annual_review_status = 'PASSED' and expires_on > current_date + 30");
        var revoked = certificate("revoked");
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/officers");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("执法证件在线查询 »"))
                    .click();

            page.getByLabel("执法证件编号").fill(valid);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(page.locator("[data-test=status]")).hasText("有效");

            page.getByLabel("执法证件编号").fill(revoked);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(page.locator("[data-test=status]")).hasText("已注销");
            Browser.screenshot(page, "portal-certificate-revoked");
        }
    }

    private String certificate(String condition) {
        return db.sql("select certificate_no from organization.officer where active and " + condition
                        + " order by certificate_no limit 1")
                .query(String.class)
                .single();
    }
}
