package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * R2: an act issues its documents, numbered per unit, kind and year, shown on screen and printed to a PDF that carries
 * the same text in an embedded font; another county does not see them; a correction is a new document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsHttpTest {

    static final String PERSON_ID = "11010519491231002X";

    private final ObjectMapper json = new ObjectMapper();
    private int year;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void anOnTheSpotDecisionIssuesANumberedDocumentWhosePdfCarriesItsTextInNotoSansSc() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer, "王某某");

        var documents = json.readTree(
                officer.getJson("/api/cases/" + caseId + "/documents").body());
        // 行政处罚法 第四十四条、第五十二条: the statement record of the party heard, then the decision
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("kind").asText()).isEqualTo("STATEMENT_RECORD");
        var decision = documents.get(1);
        assertThat(decision.get("kind").asText()).isEqualTo("ON_THE_SPOT_DECISION");
        assertThat(decision.get("title").asText()).isEqualTo("当场行政处罚决定书");
        var number = decision.get("number").asText();
        assertThat(number).matches("曲卫当罚〔" + year + "〕[1-9][0-9]*号");
        var id = decision.get("id").asText();

        var page = officer.get("/console/documents/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("当场行政处罚决定书", number, "王某某", PERSON_ID, "曲阜市卫生健康局", "200.00")
                .contains("行政复议", "六十日", "六个月", "第五十九条", "执法证号");

        var pdf = officer.download("/console/documents/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition -> assertThat(
                        disposition)
                .startsWith("attachment")
                .contains("filename*=UTF-8''" + java.net.URLEncoder.encode("当场行政处罚决定书", StandardCharsets.UTF_8)));
        Files.write(Path.of("target", "on-the-spot-decision.pdf"), pdf.body());
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("当场行政处罚决定书", "王某某", number);
            var fonts = fonts(document);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
        }
    }

    @Test
    void everyDownloadIsTheOnePdfPrintedAfterIssueWhoseHashTheAuditLogHolds() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer, "周某某");
        var id = documentsOf(officer, caseId).get(0).get("id").asText();

        // printed after the act committed, or now, on this first download, if its turn has not come
        var first = officer.download("/console/documents/" + id + "/pdf");
        var second = officer.download("/console/documents/" + id + "/pdf");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.body()).as("the same PDF at every download").isEqualTo(first.body());

        var sha256 = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(first.body()));
        assertThat(documentsOf(officer, caseId).get(0).get("sha256").asText()).isEqualTo(sha256);
        assertThat(officer.get("/console/documents/" + id).body()).contains(sha256);
        var printed = db.sql("select detail from audit.entry where kind = 'DOCUMENT_PRINTED' and record_id = ?")
                .param(id)
                .query(String.class)
                .list();
        assertThat(printed).singleElement().satisfies(detail -> assertThat(
                        json.readTree(detail).get("pdfSha256").asText())
                .isEqualTo(sha256));
        var issued = db.sql("select detail from audit.entry where kind = 'DOCUMENT_ISSUED' and record_id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(json.readTree(issued).get("contentSha256").asText())
                .isEqualTo(db.sql("select content_sha256 from records.document where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    @Test
    void anotherCountyDoesNotSeeTheDocuments() throws Exception {
        var caseId = decidedOnTheSpot(staff("qufu-officer"), "李某某");
        var id = decisionsOf(staff("qufu-officer"), caseId).get(0).get("id").asText();

        var zoucheng = staff("zoucheng-officer");
        assertThat(zoucheng.getJson("/api/cases/" + caseId + "/documents").statusCode())
                .isEqualTo(404);
        assertThat(zoucheng.get("/console/documents/" + id).statusCode()).isEqualTo(404);
        assertThat(zoucheng.download("/console/documents/" + id + "/pdf").statusCode())
                .isEqualTo(404);
        assertThat(zoucheng.get("/console/cases/" + caseId + "/documents").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aLeaderCorrectsADocumentWithANewOneAndTheOldOneStaysAsIssued() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer, "赵某某");
        var old = decisionsOf(officer, caseId).get(0);
        var oldId = old.get("id").asText();
        var htmlBefore = storedHtml(oldId);

        var notLeader = officer.postJson(
                "/api/documents/" + oldId + "/corrections", "{\"reason\":\"笔误\",\"text\":\"地址应为曲阜市鼓楼街道\"}");
        assertThat(notLeader.statusCode()).isEqualTo(403);

        var leader = staff("qufu-leader");
        var corrected = leader.postJson(
                "/api/documents/" + oldId + "/corrections", "{\"reason\":\"笔误\",\"text\":\"地址应为曲阜市鼓楼街道\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        var correction = json.readTree(corrected.body());
        assertThat(correction.get("kind").asText()).isEqualTo("ON_THE_SPOT_DECISION");
        assertThat(correction.get("corrects").asText()).isEqualTo(oldId);
        assertThat(correction.get("number").asText())
                .isNotEqualTo(old.get("number").asText());

        var documents = decisionsOf(officer, caseId);
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).get("correctedBy").asText())
                .isEqualTo(correction.get("id").asText());
        assertThat(storedHtml(oldId)).isEqualTo(htmlBefore);

        var oldPage = officer.get("/console/documents/" + oldId).body();
        assertThat(oldPage).contains("已更正，见").contains(correction.get("number").asText());
        var newPage = officer.get("/console/documents/" + correction.get("id").asText())
                .body();
        assertThat(newPage).contains("更正说明", "地址应为曲阜市鼓楼街道", old.get("number").asText());

        var again = leader.postJson("/api/documents/" + oldId + "/corrections", "{\"reason\":\"再改\",\"text\":\"再改\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        var empty = leader.postJson(
                "/api/documents/" + correction.get("id").asText() + "/corrections", "{\"reason\":\" \"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json.readTree(empty.body()).get("field").asText()).isEqualTo("reason");
    }

    @Test
    void aCorrectionThatChangesTheDecidedKindOrAmountIsANewDecisionAndIsRefused() throws Exception {
        // L5: the decision fined 200 yuan; a "correction" to 900,000 yuan and a revocation would bypass the review
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer, "钱某某");
        var decision = decisionsOf(officer, caseId).get(0).get("id").asText();
        var leader = staff("qufu-leader");
        for (var text : new String[] {"罚款金额应为 900000 元", "罚款应为90万元", "并处吊销执业证书", "改为警告"}) {
            var refused = leader.postJson(
                    "/api/documents/" + decision + "/corrections", "{\"reason\":\"更正\",\"text\":\"" + text + "\"}");
            assertThat(refused.statusCode()).as(text).isEqualTo(422);
            var problem = json.readTree(refused.body());
            assertThat(problem.get("rule").asText()).as(text).isEqualTo("CORRECTION_CHANGES_DECISION");
            assertThat(problem.get("field").asText()).isEqualTo("text");
        }
        assertThat(decisionsOf(officer, caseId)).hasSize(1);

        var clerical = leader.postJson(
                "/api/documents/" + decision + "/corrections",
                "{\"reason\":\"笔误\",\"text\":\"罚款 200 元，当事人住址应为曲阜市鼓楼街道\"}");
        assertThat(clerical.statusCode()).as(clerical.body()).isEqualTo(201);
        var page = officer.get("/console/documents/"
                        + json.readTree(clerical.body()).get("id").asText())
                .body();
        assertThat(page).contains("本更正不改变原决定的种类和金额");
    }

    @Test
    void theCaseDocumentListLinksEachDocument() throws Exception {
        var officer = staff("qufu-officer");
        var caseId = decidedOnTheSpot(officer, "孙某某");
        var id = decisionsOf(officer, caseId).get(0).get("id").asText();

        var list = officer.get("/console/cases/" + caseId + "/documents");

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/console/documents/" + id, "当场行政处罚决定书");
    }

    private String storedHtml(String id) {
        return db.sql("select html from records.document where id = ?::uuid")
                .param(id)
                .query(String.class)
                .single();
    }

    private UUID decidedOnTheSpot(StaffClient officer, String party) throws Exception {
        var steps = new CaseSteps(port, db);
        var id = steps.openOnTheSpot(
                officer,
                "qufu-officer",
                "公共场所从业人员未取得健康证明",
                "从业人员未取得有效健康合格证明即上岗",
                CaseSteps.citizen(party, PERSON_ID, "曲阜市鲁城街道"));
        steps.decideOnTheSpot(
                officer,
                "qufu-officer",
                id,
                "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}",
                "现场查见从业人员无健康证明");
        return id;
    }

    /** The case's on-the-spot decisions as the API lists them, in order (the statement record left out). */
    private List<JsonNode> decisionsOf(StaffClient client, UUID caseId) throws IOException {
        var decisions = new ArrayList<JsonNode>();
        for (var document : documentsOf(client, caseId)) {
            if (document.get("kind").asText().equals("ON_THE_SPOT_DECISION")) {
                decisions.add(document);
            }
        }
        return decisions;
    }

    private JsonNode documentsOf(StaffClient client, UUID caseId) throws IOException {
        var response = client.getJson("/api/cases/" + caseId + "/documents");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : document.getPages()) {
            var resources = page.getResources();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    private UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }
}
