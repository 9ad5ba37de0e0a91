package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/** The procedure charts on the portal, over real HTTP and without logging in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcedureChartHttpTest {

    @LocalServerPort
    int port;

    @Test
    void theIndexListsEveryProcedure() {
        var response = StaffClient.anonymous(port).get("/portal/procedure-charts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("行政执法程序流程图").contains("行政处罚一般程序", "行政处罚简易程序", "行政检查", "行政许可", "行政强制措施");
        for (var kind : ProcedureKind.values()) {
            assertThat(response.body()).contains("href=\"/portal/procedure-charts/" + kind.slug() + "\"");
        }
    }

    @Test
    void theGeneralPenaltyIsDrawnAndListedStepByStep() {
        var response = StaffClient.anonymous(port).get("/portal/procedure-charts/general-penalty");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<svg")
                .contains("data-action=\"file\"")
                .contains("批准立案", "作出处罚决定", "法制审核")
                // the table: roles, rules with their article, documents, deadlines
                .contains("负责人", "行政处罚法第四十二条", "行政处罚决定书", "办案期限");
    }

    @Test
    void everyProcedureHasItsPage() {
        var client = StaffClient.anonymous(port);
        for (var kind : ProcedureKind.values()) {
            var response = client.get("/portal/procedure-charts/" + kind.slug());
            assertThat(response.statusCode()).as(kind.slug()).isEqualTo(200);
            assertThat(response.body()).as(kind.slug()).contains("<svg", "data-procedure=\"" + kind.slug() + "\"");
        }
    }

    @Test
    void theChartAloneIsAnSvgImage() {
        var response = StaffClient.anonymous(port).download("/portal/procedure-charts/inspection/chart.svg");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        var body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).startsWith("<?xml").contains("<svg", "现场检查", "data-action=\"order-rectification\"");
    }

    @Test
    void anUnknownProcedureIsNotFound() {
        var response = StaffClient.anonymous(port).get("/portal/procedure-charts/no-such-procedure");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("您访问的页面不存在");
        assertThat(StaffClient.anonymous(port)
                        .download("/portal/procedure-charts/no-such-procedure/chart.svg")
                        .statusCode())
                .isEqualTo(404);
    }
}
