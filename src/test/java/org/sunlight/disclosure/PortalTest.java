package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/** The public portal over HTTP: its column and sections, its assets served locally, its errors in Chinese. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalTest {

    @LocalServerPort
    int port;

    @Test
    void theHomePageShowsTheDisclosureColumnWithEverySectionAndSaysWhichAreEmpty() {
        var response = StaffClient.anonymous(port).get("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("山东省卫生健康委员会")
                .contains("行政执法公示")
                .contains("行政执法事项清单")
                .contains("随机抽查事项清单")
                .contains("行政执法主体")
                .contains("行政执法人员")
                .contains("行政执法服务指南")
                .contains("行政执法程序流程图")
                .contains("行政执法结果")
                .contains("行政执法统计年报");
        // each section either links to what it published or says it has nothing yet (which depends on what the
        // tests before this one published); the demo's random-inspection plan is published, so that card links
        var sections = java.util.regex.Pattern.compile(
                        "<section class=\"card\"[^>]*id=\"section-([a-z-]+)\">(.*?)</section>",
                        java.util.regex.Pattern.DOTALL)
                .matcher(response.body());
        int count = 0;
        while (sections.find()) {
            count++;
            assertThat(sections.group(2)).as(sections.group(1)).containsAnyOf("已公示", "本栏目暂无已发布的信息");
        }
        assertThat(count).isEqualTo(PortalController.SECTIONS.size());
        assertThat(response.body()).contains("href=\"/portal/random-inspection-results\"");
    }

    @Test
    void scriptsAndStylesComeFromTheProductItselfNotACdn() {
        var client = StaffClient.anonymous(port);
        var page = client.get("/").body();

        assertThat(page).doesNotContain("https://").doesNotContain("http://");
        assertThat(page)
                .as("htmx is linked with its version, so that a browser may keep it")
                .containsPattern("/webjars/htmx.org/[0-9.]+/dist/htmx.min.js");
        assertThat(client.get("/webjars/htmx.org/dist/htmx.min.js").statusCode())
                .isEqualTo(200);
        assertThat(client.get("/css/sunlight.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownPortalPageIsANotFoundPageInChinese() {
        var response = StaffClient.anonymous(port).get("/portal/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("您访问的页面不存在").doesNotContain("Exception");
    }

    @Test
    void staffPagesAskTheAnonymousToLogIn() {
        var response = StaffClient.anonymous(port).get("/console");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(StaffClient.location(response)).endsWith("/login");
    }

    @Test
    void publicPagesOpenNoSession() {
        for (var path :
                new String[] {"/", "/portal/items", "/portal/officers", "/portal/bodies", "/portal/certificates"}) {
            var response = StaffClient.anonymous(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void healthIsUp() {
        var response = StaffClient.anonymous(port).getJson("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }
}
