package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/**
 * Errors as their readers get them (issue 18, point 8): an HTML page in the console's frame for pages, a problem for
 * the API; opening the address of a form's POST says what happened instead of "try again later".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesHttpTest {

    @LocalServerPort
    int port;

    @Test
    void aNonAdministratorOpeningTheUnitsGetsTheForbiddenPageNotJson() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        var page = officer.get("/admin/units");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("data-status=\"403\"").contains("您无权进行此操作");
        assertThat(page.body()).as("the console's header, not the portal's").contains("返回工作台");
        assertThat(page.body()).doesNotContain("工作人员登录");

        // the API answers a problem, also where no controller answers (an unknown route)
        var api = officer.getJson("/api/no-such-route");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("未找到所请求的信息").contains("/api/no-such-route");
    }

    @Test
    void openingAFormsPostAddressExplainsItselfInTheConsole() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var page = admin.get("/console/lists/items/submit");
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body()).contains("data-status=\"405\"").contains("不能直接打开");
        assertThat(page.body()).doesNotContain("请稍后再试").doesNotContain("工作人员登录");
    }

    @Test
    void reopeningACaseActionsAddressShowsTheCase() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        var id = java.util.UUID.randomUUID();
        var answer = officer.get("/console/cases/" + id + "/actions/file");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(StaffClient.location(answer)).endsWith("/console/cases/" + id);
    }

    @Test
    void thePublicGetsThePortalsErrorPage() {
        var page = StaffClient.anonymous(port).get("/portal/no-such-list");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("工作人员登录").contains("返回首页");
    }

    @Test
    void everyPageStatesTheSitesSponsorInItsFooter() {
        var page = StaffClient.anonymous(port).get("/portal/items");
        assertThat(page.body()).contains("主办单位：山东省卫生健康委员会");
        assertThat(page.body()).as("a website code not set is not shown").doesNotContain("网站标识码：");
    }
}
