package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * A decision is published only after the party was told, and only with the natural person's data removed: the staff see
 * the original beside the redacted text; the portal, the open data and the public table only the redacted (D10, D11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicationTest {

    static final String ID = "11010519491231002X";
    static final String ADDRESS = "曲阜市鼓楼北街8号3单元";

    private final ObjectMapper json = new ObjectMapper();
    private LocalDate today;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        today = LocalDate.now(clock);
    }

    @Test
    void aPenaltyOnAPersonIsPublishedRedactedAfterThePartyWasTold() throws Exception {
        var title = "王小明无证行医" + UUID.randomUUID().toString().substring(0, 4);
        var entry = decidedEntry(title);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");

        var early = admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());
        assertThat(early.body()).contains("公示前应当告知当事人");
        assertThat(count("select count(*) from disclosure.published_result where entry_id = ?", entry))
                .isZero();

        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "决定书中载明"));
        var preview = admin.get("/console/disclosures/" + entry).body();
        assertThat(preview)
                .contains("原文")
                .contains(ID)
                .contains("公示文本")
                .contains("王某")
                .contains("<mark>");

        admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());

        var stored = db.sql("select title || ' ' || public_text from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(String.class)
                .single();
        assertThat(stored)
                .contains("王某")
                .contains("110105")
                .doesNotContain(ID)
                .doesNotContain("王小明")
                .doesNotContain(ADDRESS);
        assertThat(stored).contains("曲阜市卫生健康局").contains("行政处罚").contains("罚款");

        var found = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/public/results?q=无证行医&size=100")
                .body());
        assertThat(found.toString()).contains("王某").doesNotContain(ID).doesNotContain("王小明");
        var id = db.sql("select id from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(UUID.class)
                .single();
        var page = StaffClient.anonymous(port).get("/portal/results/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/portal/audit/records/" + id);
        var logged = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/transparency/records/" + id)
                .body());
        assertThat(logged.get("entries").get(0).get("kind").asText()).isEqualTo("RESULT_PUBLISHED");
        assertThat(StaffClient.anonymous(port)
                        .get("/portal/audit/records/" + id)
                        .body())
                .contains("审计日志");
        assertThat(page.body()).contains("王某").doesNotContain(ID).doesNotContain(ADDRESS);
        assertThat(StaffClient.anonymous(port).get("/portal/results").body()).contains("行政执法结果公示");
    }

    @Test
    void aPublishedResultCannotBeChangedInPlace() throws Exception {
        var entry = decidedEntry("王小明未取得健康证明" + UUID.randomUUID().toString().substring(0, 4));
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");
        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "电话告知"));
        admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());

        assertThatThrownBy(() -> db.sql("update disclosure.published_result set public_text = ? where entry_id = ?")
                        .params(ID, entry)
                        .update())
                .hasMessageContaining("never changed in place");
        var again = admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());
        assertThat(again.statusCode()).isIn(200, 404);
        assertThat(count("select count(*) from disclosure.published_result where entry_id = ?", entry))
                .isEqualTo(1);
    }

    private UUID decidedEntry(String title) throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var caseId = new CaseSteps(port, db)
                .decidedOnTheSpot(
                        officer,
                        "qufu-officer",
                        title,
                        "当事人王小明，身份证号%s，手机13812345678".formatted(ID),
                        CaseSteps.citizen("王小明", ID, ADDRESS),
                        "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款二百元\"}");
        return db.sql("select id from disclosure.disclosure_entry where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();
    }

    private long count(String sql, UUID id) {
        return db.sql(sql).param(id).query(Long.class).single();
    }
}
