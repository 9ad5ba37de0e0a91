package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.CaseSteps;
import org.sunlight.DaysPassingTest;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;

/**
 * A licence changed and renewed (行政许可法 第四十九条、第五十条) is a licensing decision of its own, published as a result
 * like the grant within 7 working days (D10): the grant, a change and a renewal of one case on one day are three entries,
 * each showing its own decision document's 文号 and its own line, the party's personal data removed (D11).
 */
class LicenceResultsHttpTest extends DaysPassingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aChangeAndARenewalOfOneCaseOnOneDayArePublishedAsResultsOfTheirOwn() throws Exception {
        var validUntil = today().plusDays(100);
        var id = steps.licensedUntil(officer, leader, true, validUntil, today());
        steps.act(officer, id, "apply-for-change", "{\"reason\":\"负责人由孙某某变更为李某\"}");
        steps.act(officer, id, "propose", proposal("LICENCE_CHANGE", null, false));
        steps.act(leader, id, "change-licence", "{}");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));
        steps.act(officer, id, "apply-for-renewal", "{}");
        var renewedUntil = validUntil.plusYears(4);
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL", null, false));
        steps.act(leader, id, "renew-licence", "{\"validUntil\":\"" + renewedUntil + "\"}");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));

        // the 文号 of each decision document, as the officer's document list shows them
        var numbers = new HashMap<String, String>();
        for (var document :
                json.readTree(officer.getJson("/api/cases/" + id + "/documents").body())) {
            if (!document.get("number").isNull()) {
                numbers.put(
                        document.get("kind").asText(), document.get("number").asText());
            }
        }
        assertThat(numbers).containsKeys("LICENSING_DECISION", "LICENCE_CHANGE_DECISION", "LICENCE_RENEWAL_DECISION");

        // three entries of the day, each due 7 working days after it (D10), the two new ones naming their document
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console");
        var listed = json.readTree(admin.getJson("/api/disclosures?case=" + id).body())
                .get("content");
        assertThat(listed).hasSize(3);
        var due = workingDays.addWorkingDays(today(), 7).due().toString();
        Map<String, JsonNode> byDocument = new HashMap<>();
        for (var entry : listed) {
            assertThat(entry.get("category").asText()).isEqualTo("LICENSING");
            assertThat(entry.get("decidedOn").asText()).isEqualTo(today().toString());
            assertThat(entry.get("dueOn").asText()).isEqualTo(due);
            assertThat(entry.get("status").asText()).isEqualTo("PENDING");
            byDocument.put(entry.get("decisionDocument").asText("GRANT"), entry);
        }
        assertThat(byDocument).containsKeys("GRANT", "LICENCE_CHANGE_DECISION", "LICENCE_RENEWAL_DECISION");
        assertThat(byDocument
                        .get("LICENCE_CHANGE_DECISION")
                        .get("documentNumber")
                        .asText())
                .isEqualTo(numbers.get("LICENCE_CHANGE_DECISION"));
        assertThat(byDocument
                        .get("LICENCE_RENEWAL_DECISION")
                        .get("documentNumber")
                        .asText())
                .isEqualTo(numbers.get("LICENCE_RENEWAL_DECISION"));

        // the desk names the decision each entry shows
        var desk = admin.get("/console/disclosures/"
                        + byDocument.get("LICENCE_RENEWAL_DECISION").get("id").asText())
                .body();
        assertThat(desk).contains("准予延续行政许可决定书 " + numbers.get("LICENCE_RENEWAL_DECISION"));

        var fixtures = new DisclosureFixtures(port, db, clock);
        var pages = new HashMap<String, String>();
        for (var kind : byDocument.keySet()) {
            var entry = UUID.fromString(byDocument.get(kind).get("id").asText());
            fixtures.publish(entry);
            var resultId = db.sql("select id from disclosure.public_result where entry_id = ?")
                    .param(entry)
                    .query(UUID.class)
                    .single();
            var page = StaffClient.anonymous(port).get("/portal/results/" + resultId);
            assertThat(page.statusCode()).isEqualTo(200);
            pages.put(kind, page.body());
        }

        // each result shows its own document and its own line: what changed, the new term, the grant
        // the party's name is redacted in the matters changed as everywhere else; the new person's stays
        assertThat(line(pages.get("LICENCE_CHANGE_DECISION"), "decision-line"))
                .startsWith("准予变更行政许可，变更事项：负责人由")
                .endsWith("变更为李某")
                .doesNotContain("孙某某");
        assertThat(line(pages.get("LICENCE_RENEWAL_DECISION"), "decision-line"))
                .isEqualTo("准予延续行政许可，延续后有效期至 " + renewedUntil);
        assertThat(line(pages.get("GRANT"), "decision-line")).isEqualTo("准予行政许可");
        assertThat(line(pages.get("LICENCE_CHANGE_DECISION"), "document-number"))
                .isEqualTo(numbers.get("LICENCE_CHANGE_DECISION"));
        assertThat(line(pages.get("LICENCE_RENEWAL_DECISION"), "document-number"))
                .isEqualTo(numbers.get("LICENCE_RENEWAL_DECISION"));
        // the grant published after them still shows the grant's document, not the latest of the case
        assertThat(line(pages.get("GRANT"), "document-number")).isEqualTo(numbers.get("LICENSING_DECISION"));
        for (var page : pages.values()) {
            assertThat(line(page, "decided-on")).isEqualTo(today().toString());
            assertThat(page).doesNotContain("孙某某").doesNotContain(CaseSteps.PERSON_ID);
        }
    }

    @Test
    void aRefusedChangeAndARefusedRenewalArePublishedAsResultsOfTheirOwn() throws Exception {
        var id = steps.licensedUntil(officer, leader, false, today().plusDays(100), today());
        steps.act(officer, id, "apply-for-change", "{\"reason\":\"经营项目增加美容\"}");
        steps.act(officer, id, "propose", proposal("LICENCE_CHANGE_REFUSAL", null, false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(ReviewSteps.assignedReviewer(officer, id), id);
        steps.act(leader, id, "refuse-change", "{\"reason\":\"不具备美容项目的卫生条件\"}");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));
        steps.act(officer, id, "apply-for-renewal", "{}");
        steps.act(officer, id, "propose", proposal("LICENCE_RENEWAL_REFUSAL", null, false));
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(ReviewSteps.assignedReviewer(officer, id), id);
        steps.act(leader, id, "refuse-renewal", "{\"reason\":\"复核检测不合格\"}");
        steps.act(officer, id, "serve", CaseSteps.servedOn(today()));

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console");
        var listed = json.readTree(admin.getJson("/api/disclosures?case=" + id).body())
                .get("content");
        var due = workingDays.addWorkingDays(today(), 7).due().toString();
        var fixtures = new DisclosureFixtures(port, db, clock);
        var lines = new HashMap<String, String>();
        for (var entry : listed) {
            assertThat(entry.get("dueOn").asText()).isEqualTo(due);
            var entryId = UUID.fromString(entry.get("id").asText());
            fixtures.publish(entryId);
            var resultId = db.sql("select id from disclosure.public_result where entry_id = ?")
                    .param(entryId)
                    .query(UUID.class)
                    .single();
            var page = StaffClient.anonymous(port)
                    .get("/portal/results/" + resultId)
                    .body();
            lines.put(entry.get("decisionDocument").asText("GRANT"), line(page, "decision-line"));
        }
        // 行政许可法 第四十九条、第五十条: each refusal is a licensing decision published beside the grant (D10)
        assertThat(lines)
                .containsOnly(
                        Map.entry("GRANT", "准予行政许可"),
                        Map.entry("LICENCE_CHANGE_REFUSAL", "不予变更行政许可"),
                        Map.entry("LICENCE_RENEWAL_REFUSAL", "不予延续行政许可"));
    }

    @Test
    void aCorrectedChangeDecisionIsPublishedWithTheCorrectingDocumentsNumber() throws Exception {
        var id = steps.licensedUntil(officer, leader, false, today().plusDays(100), today());
        steps.act(officer, id, "apply-for-change", "{\"reason\":\"经营项目增加美容\"}");
        steps.act(officer, id, "propose", proposal("LICENCE_CHANGE", null, false));
        steps.act(leader, id, "change-licence", "{}");
        String changeDocument = null;
        for (var document :
                json.readTree(officer.getJson("/api/cases/" + id + "/documents").body())) {
            if ("LICENCE_CHANGE_DECISION".equals(document.get("kind").asText())) {
                changeDocument = document.get("id").asText();
            }
        }
        assertThat(changeDocument).isNotNull();

        // 更正: a new document with its own 文号 replaces the first; the waiting entry shows it from now on
        var corrected = leader.postJson(
                "/api/documents/" + changeDocument + "/corrections", "{\"reason\":\"笔误\",\"text\":\"地址应为曲阜市鼓楼街道\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        var number = json.readTree(corrected.body()).get("number").asText();

        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console");
        JsonNode change = null;
        for (var entry : json.readTree(
                        admin.getJson("/api/disclosures?case=" + id).body())
                .get("content")) {
            if ("LICENCE_CHANGE_DECISION".equals(entry.get("decisionDocument").asText())) {
                change = entry;
            }
        }
        assertThat(change).isNotNull();
        assertThat(change.get("documentNumber").asText()).isEqualTo(number);

        var entry = UUID.fromString(change.get("id").asText());
        new DisclosureFixtures(port, db, clock).publish(entry);
        var resultId = db.sql("select id from disclosure.public_result where entry_id = ?")
                .param(entry)
                .query(UUID.class)
                .single();
        var page =
                StaffClient.anonymous(port).get("/portal/results/" + resultId).body();
        assertThat(line(page, "document-number")).isEqualTo(number);
        assertThat(line(page, "decision-line")).isEqualTo("准予变更行政许可，变更事项：经营项目增加美容");
    }

    /** The text of the page's element marked with the data-test name. */
    private static String line(String page, String name) {
        var marker = "data-test=\"" + name + "\"";
        var at = page.indexOf(marker);
        assertThat(at).as(name).isGreaterThan(-1);
        var start = page.indexOf('>', at) + 1;
        return page.substring(start, page.indexOf('<', start)).strip();
    }
}
