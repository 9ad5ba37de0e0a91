package org.sunlight.disclosure;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 11 in the browser: a citizen reads where a portal page sits and goes back up by it, and checks an
 * officer's certificate by the number without 鲁 — told what is missing, offered the certificate, shown the complaint
 * telephone.
 */
class PortalConventionsBrowserTest extends BrowserTest {

    @Test
    void aCitizenFollowsTheTrailAndChecksACertificateWithoutItsProvince() {
        var number = db.sql(
                        """
                        select certificate_no from organization.officer
                        where active and not revoked and certificate_no like '鲁%' order by certificate_no limit 1
                        """)
                .query(String.class)
                .single();
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/portal/items/changes");
            var trail = page.locator("[data-test=breadcrumb]");
            assertThat(trail).containsText("当前位置：");
            assertThat(trail.locator("[aria-current=page]")).hasText("变更记录");
            trail.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("行政执法事项清单"))
                    .click();
            assertThat(page.locator("h1")).hasText("行政执法事项清单");
            assertThat(page.locator("th", new Page.LocatorOptions().setHasText("发布日期")))
                    .isVisible();
            assertThat(page.locator("[data-test=breadcrumb] [aria-current=page]"))
                    .hasText("行政执法事项清单");
            Browser.screenshot(page, "portal-breadcrumb-dated-list");

            page.navigate("/portal/certificates");
            page.getByLabel("执法证件编号").fill(number.substring(1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询"))
                    .click();
            assertThat(page.locator("[data-test=missing-prefix]")).containsText("缺少省份简称");
            page.locator("[data-test=suggestion]").click();
            assertThat(page.locator("#lookup-result")).containsText(number);
            assertThat(page.locator("[data-test=complaint-phone]")).containsText("投诉电话：");
            Browser.screenshot(page, "portal-certificate-lookup");
        }
    }

    @Test
    void aCitizenPicksTheirCountyOnTheHomePageAndStaysInItsPortal() {
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            page.navigate("/");
            var picker = page.locator("#unit-picker");
            assertThat(picker.getByRole(AriaRole.LINK))
                    .containsText(new String[] {"全省（全部单位）", "山东省卫生健康委员会", "济宁市卫生健康委员会", "曲阜市卫生健康局", "邹城市卫生健康局"});
            picker.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("邹城市卫生健康局"))
                    .click();
            page.waitForURL("**/u/370883");
            assertThat(page.locator("[data-test=portal-unit]")).hasText("邹城市卫生健康局");
            assertThat(page.locator("h1")).containsText("邹城市卫生健康局");
            assertThat(page.locator("[data-test=breadcrumb] [aria-current=page]"))
                    .hasText("邹城市卫生健康局");
            assertThat(page.locator("#unit-picker [aria-current=page]")).hasText("邹城市卫生健康局");
            Browser.screenshot(page, "portal-unit-home");

            page.locator("#section-officers h2 a").click();
            page.waitForURL("**/u/370883/portal/officers");
            assertThat(page.locator("[data-test=breadcrumb]")).containsText("邹城市卫生健康局");
            assertThat(page.locator("[data-test=breadcrumb] [aria-current=page]"))
                    .hasText("行政执法人员");
            assertThat(page.locator("table.list tbody tr").first()).containsText("邹城市卫生健康局");
            assertThat(page.locator("table.list tbody", new Page.LocatorOptions().setHasText("曲阜市卫生健康局")))
                    .hasCount(0);
            page.locator("[data-test=breadcrumb]")
                    .getByRole(
                            AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("邹城市卫生健康局"))
                    .click();
            page.waitForURL("**/u/370883");
        }
    }
}
