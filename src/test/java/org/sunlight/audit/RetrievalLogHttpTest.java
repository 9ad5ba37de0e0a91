package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * R8: every retrieval is logged with who, what, when and from where; a supervisor reads the log filtered by case and
 * by person within the units they see; others are refused. Acts are logged in their transaction: a refused act leaves
 * no entry. An issued document carries its entry's index, which anyone can look up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RetrievalLogHttpTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Integrator integrator;

    @Test
    void openingACaseAndItsDocumentShowsUpForTheSupervisorByCaseAndByPerson() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer);
        var documentId = json.readTree(
                        officer.getJson("/api/cases/" + caseId + "/documents").body())
                .get(0)
                .get("id")
                .asText();
        var other = staff("qufu-officer2");

        assertThat(officer.get("/console/cases/" + caseId).statusCode()).isEqualTo(200);
        assertThat(other.getJson("/api/cases/" + caseId).statusCode()).isEqualTo(200);
        assertThat(officer.get("/console/documents/" + documentId).statusCode()).isEqualTo(200);
        assertThat(officer.download("/console/documents/" + documentId + "/pdf").statusCode())
                .isEqualTo(200);

        var supervisor = staff("qufu-supervisor");
        var byCase = retrievals(supervisor, "caseId=" + caseId);
        assertThat(byCase.get("totalElements").asLong()).isEqualTo(4);
        assertThat(byCase.get("content"))
                .allSatisfy(entry -> {
                    assertThat(entry.get("caseId").asText()).isEqualTo(caseId.toString());
                    assertThat(entry.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
                    assertThat(entry.get("at").asText()).isNotEmpty();
                })
                .anySatisfy(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo("qufu-officer2");
                    assertThat(entry.get("subject").asText()).isEqualTo("case");
                })
                .anySatisfy(entry -> {
                    assertThat(entry.get("actor").asText()).isEqualTo("qufu-officer");
                    assertThat(entry.get("subject").asText()).isEqualTo("document");
                    assertThat(entry.get("recordId").asText()).isEqualTo(documentId);
                });
        var byPerson = retrievals(supervisor, "caseId=" + caseId + "&person=qufu-officer2");
        assertThat(byPerson.get("totalElements").asLong()).isEqualTo(1);
        var documents = retrievals(supervisor, "caseId=" + caseId + "&kind=document");
        assertThat(documents.get("totalElements").asLong()).isEqualTo(2);
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(retrievals(supervisor, "caseId=" + caseId + "&from=" + today.plusDays(1))
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(retrievals(supervisor, "caseId=" + caseId + "&from=" + today + "&to=" + today)
                        .get("totalElements")
                        .asLong())
                .isEqualTo(4);

        var page = supervisor.get("/console/retrievals?caseId=" + caseId + "&person=qufu-officer2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("调阅记录", "qufu-officer2", "共 1 条")
                .doesNotContain("data-person=\"qufu-officer\"");
        var casePage = supervisor.get("/console/cases/" + caseId);
        assertThat(casePage.body()).contains("/console/retrievals?caseId=" + caseId);

        var elsewhere = staff("zoucheng-supervisor");
        assertThat(retrievals(elsewhere, "caseId=" + caseId)
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(retrievals(staff("province-admin"), "caseId=" + caseId)
                        .get("totalElements")
                        .asLong())
                .isGreaterThanOrEqualTo(4);

        assertThat(officer.getJson("/api/retrievals?caseId=" + caseId).statusCode())
                .isEqualTo(403);
        assertThat(officer.get("/console/retrievals?caseId=" + caseId).statusCode())
                .isEqualTo(403);
        assertThat(supervisor.get("/admin/integrity").statusCode()).isEqualTo(403);
        var bad = supervisor.getJson("/api/retrievals?from=2026-13-40");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("field").asText()).isEqualTo("from");
        for (var extreme : List.of("from=%2B999999999-12-31", "to=%2B999999999-12-31", "from=-999999999-01-01")) {
            var far = supervisor.getJson("/api/retrievals?" + extreme);
            assertThat(far.statusCode()).as(extreme).isEqualTo(400);
            assertThat(json.readTree(far.body()).get("field").asText())
                    .isEqualTo(extreme.substring(0, extreme.indexOf('=')));
            var farPage = supervisor.get("/console/retrievals?" + extreme);
            assertThat(farPage.statusCode()).as(extreme).isEqualTo(200);
            assertThat(farPage.body()).contains("日期格式应为 yyyy-MM-dd");
        }
        var badPage = supervisor.get("/console/retrievals?caseId=nonsense");
        assertThat(badPage.statusCode()).isEqualTo(200);
        assertThat(badPage.body()).contains("案件编号格式不正确");
    }

    @Test
    void anIssuedDocumentCarriesItsEntryIndexAndARefusedActLeavesNoEntry() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer);
        var acts = caseActs(caseId);
        assertThat(acts)
                .as("the party told and heard, then the on-the-spot decision")
                .isEqualTo(2);
        assertThat(db.sql("select count(*) from audit.entry where kind = 'CASE_OPENED' and case_id = ?")
                        .param(caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var refused = officer.postJson("/api/cases/" + caseId + "/actions/decide-on-the-spot", "{}");
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(caseActs(caseId)).isEqualTo(acts);

        var documentId = json.readTree(
                        officer.getJson("/api/cases/" + caseId + "/documents").body())
                .get(0)
                .get("id")
                .asText();
        integrator.integrate(true);
        var index = db.sql(
                        """
                        select l.leaf_index from audit.entry e join audit.leaf l on l.entry_id = e.id
                        where e.kind = 'DOCUMENT_ISSUED' and e.record_id = ?
                        """)
                .param(documentId)
                .query(Long.class)
                .single();
        var published = json.readTree(StaffClient.anonymous(port)
                .getJson("/api/transparency/records/" + documentId)
                .body());
        assertThat(published.get("entries").get(0).get("index").asLong()).isEqualTo(index);
        var fragment = officer.get("/console/audit/records/" + documentId);
        assertThat(fragment.body()).contains("审计日志第 " + index + " 号");
        assertThat(officer.get("/console/documents/" + documentId).body())
                .contains("/console/audit/records/" + documentId);

        var entry = json.readTree(
                staff("qufu-leader").getJson("/api/audit/entries/" + index).body());
        assertThat(entry.get("kind").asText()).isEqualTo("DOCUMENT_ISSUED");
        assertThat(entry.get("leaf").asText()).contains(documentId, "contentSha256");
        assertThat(staff("zoucheng-officer")
                        .getJson("/api/audit/entries/" + index)
                        .statusCode())
                .isEqualTo(404);
        assertThat(StaffClient.anonymous(port)
                        .getJson("/api/transparency/records/" + caseId)
                        .statusCode())
                .as("a case's retrievals are not public")
                .isEqualTo(404);
    }

    @Test
    void whoLookedAndWhoSignedInIsReadByTheLogsReadersOnly() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer);
        var colleague = staff("qufu-officer2");
        assertThat(colleague.getJson("/api/cases/" + caseId).statusCode()).isEqualTo(200);
        StaffClient.anonymous(port).login("nobody-of-this-unit", "wrong");
        integrator.integrate(true);
        long retrieval = db.sql(
                        """
                        select max(l.leaf_index) from audit.entry e join audit.leaf l on l.entry_id = e.id
                        where e.kind = 'RETRIEVAL' and e.case_id = ? and e.actor = 'qufu-officer2'
                        """)
                .param(caseId)
                .query(Long.class)
                .single();
        long failedLogin = db.sql(
                        """
                        select max(l.leaf_index) from audit.entry e join audit.leaf l on l.entry_id = e.id
                        where e.kind = 'LOGIN_FAILED' and e.actor = 'nobody-of-this-unit'
                        """)
                .query(Long.class)
                .single();

        // a colleague's retrieval is not for the officers, reviewers and leaders it watches
        for (var colleagueOfTheUnit : java.util.List.of("qufu-officer", "qufu-reviewer", "qufu-leader")) {
            assertThat(staff(colleagueOfTheUnit)
                            .getJson("/api/audit/entries/" + retrieval)
                            .statusCode())
                    .as(colleagueOfTheUnit)
                    .isEqualTo(404);
        }
        var read = json.readTree(staff("qufu-supervisor")
                .getJson("/api/audit/entries/" + retrieval)
                .body());
        assertThat(read.get("actor").asText()).isEqualTo("qufu-officer2");
        assertThat(staff("qufu-admin")
                        .getJson("/api/audit/entries/" + retrieval)
                        .statusCode())
                .isEqualTo(200);

        // a failed login names no unit: only the province's administrators read it
        for (var admin : java.util.List.of("qufu-admin", "zoucheng-admin", "city-admin")) {
            assertThat(staff(admin).getJson("/api/audit/entries/" + failedLogin).statusCode())
                    .as(admin)
                    .isEqualTo(404);
        }
        var login = json.readTree(staff("province-admin")
                .getJson("/api/audit/entries/" + failedLogin)
                .body());
        assertThat(login.get("kind").asText()).isEqualTo("LOGIN_FAILED");
    }

    private long caseActs(UUID caseId) {
        return db.sql("select count(*) from audit.entry where kind = 'CASE_ACT' and case_id = ?")
                .param(caseId)
                .query(Long.class)
                .single();
    }

    private JsonNode retrievals(StaffClient client, String query) throws Exception {
        var response = client.getJson("/api/retrievals?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    private UUID decidedOnTheSpot(StaffClient officer) throws Exception {
        return new CaseSteps(port, db)
                .decidedOnTheSpot(
                        officer,
                        "qufu-officer",
                        "公共场所从业人员未取得健康证明",
                        "从业人员未取得有效健康合格证明即上岗",
                        CaseSteps.citizen("钱某某", "11010519491231002X", "曲阜市"),
                        "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
    }
}
