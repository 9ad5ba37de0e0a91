package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 15, point 6, over HTTP: a published result begins with what a citizen looks for — the decision document's 文号,
 * the legal basis, the deciding organ, the date, the decision in one line — and its audit entry explained, with the way
 * to check it; the open-data API gives the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResultPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePublicPageAndTheApiBeginWithTheNumberTheBasisTheOrganTheDateAndTheDecisionInOneLine() throws Exception {
        var fixtures = new DisclosureFixtures(port, db, clock);
        var title = "某水厂未取得卫生许可证擅自供水" + UUID.randomUUID().toString().substring(0, 4);
        var decided = fixtures.decided(
                title,
                "现场检查发现该厂未取得卫生许可证向居民供水。",
                DisclosureFixtures.organisation("曲阜市某某水厂"),
                300,
                "370881-XZCF-041",
                "轻微");
        fixtures.publish(decided.entry());
        var resultId = db.sql("select id from disclosure.published_result where entry_id = ?")
                .param(decided.entry())
                .query(UUID.class)
                .single();
        // the 文号 the decision document carries, as the officer's document list shows it
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var documents = json.readTree(
                officer.getJson("/api/cases/" + decided.caseId() + "/documents").body());
        String number = null;
        for (var document : documents) {
            if ("ON_THE_SPOT_DECISION".equals(document.get("kind").asText())) {
                number = document.get("number").asText();
            }
        }
        assertThat(number).as("the on-the-spot decision carries a 文号").isNotBlank();

        var page = StaffClient.anonymous(port).get("/portal/results/" + resultId);

        assertThat(page.statusCode()).isEqualTo(200);
        var facts = section(page.body(), "result-facts");
        assertThat(facts)
                .contains("决定书文号")
                .contains(number)
                .contains("作出决定的机关")
                .contains("曲阜市卫生健康局")
                .contains("决定日期")
                .contains("罚款 人民币 300.00 元")
                .contains("处罚依据")
                .contains("《生活饮用水卫生监督管理办法》第七条；《生活饮用水卫生监督管理办法》第二十六条第三项")
                .contains("尚未记录履行")
                .contains("记入本平台的审计日志")
                .contains("/portal/results/how-to-verify?id=" + resultId);
        assertThat(between(page.body(), "data-test=\"decision-line\">", "</dd>"))
                .isEqualTo("罚款 人民币 300.00 元");
        // the public text states the decision once too: the officer's wording "罚款" only repeated the kind
        var publicText = between(page.body(), "data-test=\"public-text\">", "</p>");
        assertThat(publicText)
                .contains("决定内容：罚款 人民币 300.00 元")
                .doesNotContain("处理意见")
                .doesNotContain("元；");

        var data = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/results/" + resultId)
                .body());
        assertThat(data.at("/result/id").asText()).isEqualTo(resultId.toString());
        assertThat(data.at("/result/unitName").asText()).isEqualTo("曲阜市卫生健康局");
        assertThat(data.at("/facts/documentNumber").asText()).isEqualTo(number);
        assertThat(data.at("/facts/decisionLine").asText()).isEqualTo("罚款 人民币 300.00 元");
        // the demo standard 370881-XZCF-041-1 names the same provisions as its item
        assertThat(data.at("/facts/penaltyBasis").asText()).isEqualTo("《生活饮用水卫生监督管理办法》第七条；《生活饮用水卫生监督管理办法》第二十六条第三项");
        assertThat(data.at("/facts/itemBasis").asText()).isEqualTo("《生活饮用水卫生监督管理办法》第七条；《生活饮用水卫生监督管理办法》第二十六条第三项");
        assertThat(data.at("/auditRecord").asText()).endsWith("/api/transparency/records/" + resultId);

        var how = StaffClient.anonymous(port).get("/portal/results/how-to-verify?id=" + resultId);
        assertThat(how.statusCode()).isEqualTo(200);
        assertThat(how.body())
                .contains("/api/transparency/sth")
                .contains("/api/transparency/proof/inclusion")
                .contains("/api/transparency/public-key")
                .contains("/api/transparency/records/" + resultId);
        assertThat(StaffClient.anonymous(port)
                        .getJson("/api/transparency/records/" + resultId)
                        .statusCode())
                .as("the record the page points to exists")
                .isEqualTo(200);
    }

    @Test
    void anUnknownResultIsNotFoundOnThePageAndInTheApi() {
        var id = UUID.randomUUID();
        assertThat(StaffClient.anonymous(port).get("/portal/results/" + id).statusCode())
                .isEqualTo(404);
        var api = StaffClient.anonymous(port).getJson("/api/public/results/" + id);
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"status\":404").doesNotContain("Exception");
    }

    private static String between(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isGreaterThanOrEqualTo(0);
        from += start.length();
        return page.substring(from, page.indexOf(end, from));
    }

    private static String section(String page, String test) {
        int start = page.indexOf("data-test=\"" + test + "\"");
        assertThat(start).as(test).isGreaterThanOrEqualTo(0);
        return page.substring(start, page.indexOf("</section>", start));
    }
}
