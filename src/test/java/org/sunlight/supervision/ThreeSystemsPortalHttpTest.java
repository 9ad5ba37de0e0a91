package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.PortalPages.trail;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/**
 * Issue 18, point 11: the three systems' implementation plan (三项制度实施方案) and the responsibility list (责任清单)
 * as sections of the portal, on the province's portal and on each unit's; the plan kept by the unit's administrator
 * through a form that says what is wrong and keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThreeSystemsPortalHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void theHomePagesLeadToBothSections() {
        var visitor = StaffClient.anonymous(port);
        assertThat(visitor.get("/").body())
                .contains("href=\"/portal/implementation-plan\">三项制度实施方案</a>")
                .contains("href=\"/portal/responsibility-list\">行政执法责任清单</a>");
        assertThat(visitor.get("/u/370883").body())
                .contains("href=\"/u/370883/portal/implementation-plan\">三项制度实施方案</a>")
                .contains("href=\"/u/370883/portal/responsibility-list\">行政执法责任清单</a>");
    }

    @Test
    void theResponsibilityListIsEachUnitsPowersToPostsList() {
        var visitor = StaffClient.anonymous(port);
        var all = visitor.get("/portal/responsibility-list");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(trail(all.body())).containsExactly("首页", "行政执法责任清单");
        assertThat(all.body()).contains("data-unit=\"370881\"", "data-unit=\"370883\"");
        // the same list the 行政执法责任制 section shows, not a copy of it
        assertThat(all.body()).contains("受理投诉举报、监督检查中发现违法线索，报请立案。");
        assertThat(visitor.get("/portal/responsibility").body()).contains("受理投诉举报、监督检查中发现违法线索，报请立案。");

        var zoucheng = visitor.get("/u/370883/portal/responsibility-list").body();
        assertThat(trail(zoucheng)).containsExactly("首页", "邹城市卫生健康局", "行政执法责任清单");
        assertThat(zoucheng).contains("data-unit=\"370883\"").doesNotContain("data-unit=\"370881\"");
        assertThat(zoucheng).contains("应立案不立案、发现线索不报告的，承担直接责任。");
        assertThat(visitor.get("/u/999999/portal/responsibility-list").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theAdministratorPublishesTheUnitsPlanAndThePortalShowsItWithItsDate() {
        var visitor = StaffClient.anonymous(port);
        var demo = visitor.get("/portal/implementation-plan");
        assertThat(demo.statusCode()).isEqualTo(200);
        assertThat(trail(demo.body())).containsExactly("首页", "三项制度实施方案");
        assertThat(demo.body())
                .as("the demo counties' plans")
                .contains("data-unit=\"370881\"", "data-unit=\"370883\"", "印发日期：2019-06-20", "发布日期：");

        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var page = admin.get("/console/supervision/implementation-plan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).as("the current plan, to edit").contains("邹城市卫生健康局关于全面推行");

        var today = LocalDate.now(clock);
        var title = "邹城市卫生健康局三项制度实施方案（修订）" + UUID.randomUUID().toString().substring(0, 4);
        var body = "一、总体要求\n二、主要任务\n三、保障措施";

        // refused: no title, an adoption day after today; what was typed stays
        var refused = admin.postForm(
                "/console/supervision/implementation-plan",
                form("title", " ", "adoptedOn", today.plusDays(1).toString(), "body", body));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("请填写实施方案的标题。", "印发日期不能晚于今天", "一、总体要求\n二、主要任务")
                .contains("value=\"" + today.plusDays(1) + "\"");
        var refusedDate = admin.postForm(
                "/console/supervision/implementation-plan",
                form("title", title, "adoptedOn", "2026-02-30", "body", body));
        assertThat(refusedDate.body()).contains("请输入有效的日期").contains("value=\"" + title + "\"");
        assertThat(visitor.get("/u/370883/portal/implementation-plan").body()).doesNotContain(title);

        var saved = admin.postFormAndFollow(
                "/console/supervision/implementation-plan",
                form("title", title, "adoptedOn", today.minusDays(3).toString(), "body", body));
        assertThat(saved.body()).contains("实施方案已保存，并已在公示网站发布。");

        var portal = visitor.get("/u/370883/portal/implementation-plan").body();
        assertThat(trail(portal)).containsExactly("首页", "邹城市卫生健康局", "三项制度实施方案");
        var publishedOn = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        assertThat(portal)
                .contains(title, "印发日期：" + today.minusDays(3), "发布日期：" + publishedOn, "二、主要任务")
                .doesNotContain("data-unit=\"370881\"");
        assertThat(visitor.get("/u/370881/portal/implementation-plan").body())
                .as("曲阜's plan is its own")
                .doesNotContain(title);
    }

    @Test
    void onlyAnAdministratorKeepsThePlan() {
        var officer = StaffClient.loggedIn(port, "zoucheng-officer");
        assertThat(officer.get("/console/supervision/implementation-plan").statusCode())
                .isEqualTo(403);
        assertThat(officer.postForm(
                                "/console/supervision/implementation-plan",
                                form("title", "x", "adoptedOn", "2020-01-01", "body", "x"))
                        .statusCode())
                .isEqualTo(403);
    }
}
