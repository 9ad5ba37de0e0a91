package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * The 询问笔录 written as a structured record over the API (行政处罚法 第五十五条): questions and answers, place, time, the
 * person asked, the two officers, the signature or the refusal noted; printed as the document the inquiry issues. Each
 * missing or wrong field is refused by name and nothing is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InquiryRecordHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    private CaseSteps steps() {
        return new CaseSteps(port, db);
    }

    /** The shared record ({@link CaseSteps#inquiry}), ended an hour before the application's now. */
    private ObjectNode inquiry(UUID asker, UUID recorder) {
        return CaseSteps.inquiry(asker, recorder, LocalDateTime.now(clock));
    }

    private static String body(ObjectNode record) {
        return CaseSteps.withRecord("inquiry", record);
    }

    @Test
    void aStructuredInquiryPrintsAsTheInquiryRecord() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.investigating(officer, leader);
        var asker = steps.officerOf("qufu-officer");
        var recorder = steps.colleagueOf("qufu-officer");

        var acted = steps.act(officer, id, "inquire", body(inquiry(asker, recorder)));
        var act = acted.get("acts").get(acted.get("acts").size() - 1);
        assertThat(act.get("inquiry").get("exchanges")).hasSize(2);
        assertThat(act.get("inquiry").get("intervieweeName").asText()).isEqualTo("王某某");

        var documents =
                JSON.readTree(officer.getJson("/api/cases/" + id + "/documents").body());
        String documentId = null;
        for (var document : documents) {
            if (document.get("kind").asText().equals("INQUIRY_RECORD")) {
                documentId = document.get("id").asText();
            }
        }
        assertThat(documentId).as("the inquiry issues a 询问笔录").isNotNull();
        var page = officer.get("/console/documents/" + documentId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("询问笔录")
                .contains("曲阜市某诊所办公室")
                .contains("王某某")
                .contains(CaseSteps.PERSON_ID)
                .contains("诊所负责人")
                .contains("问：你是否知道诊所未取得医疗机构执业许可证？")
                .contains("答：知道，正在办理。")
                .contains("问：诊所何时开始诊疗活动？")
                .contains("答：2026年3月起，每天约十名患者。")
                .contains("被询问人拒绝签名，理由：认为记录不全")
                .contains("询问人")
                .contains("记录人");
        assertThat(page.body().indexOf("问：你是否知道"))
                .as("the questions in the order asked")
                .isLessThan(page.body().indexOf("问：诊所何时"));
    }

    @Test
    void eachMissingOrWrongFieldIsRefusedByNameAndNothingIsRecorded() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.investigating(officer, leader);
        var asker = steps.officerOf("qufu-officer");
        var recorder = steps.colleagueOf("qufu-officer");
        var now = LocalDateTime.now(clock).withSecond(0).withNano(0);

        assertRefused(id, officer, inquiry(asker, recorder).put("place", " "), "inquiry.place");
        assertRefused(id, officer, inquiry(asker, recorder).put("place", "地".repeat(201)), "inquiry.place");
        assertRefused(id, officer, inquiry(asker, recorder).putNull("startedAt"), "inquiry.startedAt");
        assertRefused(
                id,
                officer,
                inquiry(asker, recorder).put("endedAt", now.minusHours(3).toString()),
                "inquiry.endedAt");
        assertRefused(
                id,
                officer,
                inquiry(asker, recorder)
                        .put("startedAt", now.plusHours(1).toString())
                        .put("endedAt", now.plusHours(2).toString()),
                "inquiry.endedAt");
        assertRefused(id, officer, inquiry(asker, recorder).put("intervieweeName", ""), "inquiry.intervieweeName");
        assertRefused(
                id, officer, inquiry(asker, recorder).putNull("intervieweeRelation"), "inquiry.intervieweeRelation");
        assertRefused(id, officer, inquiry(asker, asker), "inquiry.recorderId");
        assertRefused(id, officer, inquiry(UUID.randomUUID(), recorder), "inquiry.askerId");
        var noExchange = inquiry(asker, recorder);
        noExchange.putArray("exchanges");
        assertRefused(id, officer, noExchange, "inquiry.exchanges[0].question");
        var blankAnswer = inquiry(asker, recorder);
        ((ObjectNode) blankAnswer.get("exchanges").get(1)).put("answer", "  ");
        assertRefused(id, officer, blankAnswer, "inquiry.exchanges[1].answer");
        var longQuestion = inquiry(asker, recorder);
        ((ObjectNode) longQuestion.get("exchanges").get(0)).put("question", "问".repeat(1001));
        assertRefused(id, officer, longQuestion, "inquiry.exchanges[0].question");
        assertRefused(id, officer, inquiry(asker, recorder).putNull("signed"), "inquiry.signed");
        assertRefused(id, officer, inquiry(asker, recorder).put("refusalReason", ""), "inquiry.refusalReason");
        assertRefused(id, officer, inquiry(asker, recorder).put("signed", true), "inquiry.refusalReason");

        assertThat(db.sql("select count(*) from cases.case_act where case_id = ? and action = 'inquire'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("no refused inquiry is recorded")
                .isZero();
        assertThat(steps.document(id, "INQUIRY_RECORD")).isNull();

        var signed = inquiry(asker, recorder).put("signed", true).putNull("refusalReason");
        steps.act(officer, id, "inquire", body(signed));
        assertThat(steps.document(id, "INQUIRY_RECORD")).contains("被询问人签名：王某某").doesNotContain("拒绝签名");
    }

    @Test
    void theConsoleFormRefusesRowsBeyondTheLimitAtTheirFieldNeverWithAnError() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var id = steps.investigating(officer, steps.staff("qufu-leader"));
        var now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        for (var lastRow : new int[] {InquiryRecord.EXCHANGES_MAX, 5_000}) {
            var form = StaffClient.form(
                    "inquiry.recorded", "true",
                    "inquiry.place", "曲阜市某诊所办公室",
                    "inquiry.startedAt", now.minusHours(2).toString(),
                    "inquiry.endedAt", now.minusHours(1).toString(),
                    "inquiry.intervieweeName", "王某某",
                    "inquiry.intervieweeRelation", "诊所负责人",
                    "inquiry.askerId", steps.officerOf("qufu-officer").toString(),
                    "inquiry.recorderId", steps.colleagueOf("qufu-officer").toString(),
                    "inquiry.signed", "true",
                    "reason", "执法记录仪故障");
            // 200 rows numbered as the page numbers them, and one more, numbered far beyond
            for (int row = 0; row < InquiryRecord.EXCHANGES_MAX; row++) {
                form.put("inquiry.exchanges[" + row + "].question", "问题" + row);
                form.put("inquiry.exchanges[" + row + "].answer", "回答" + row);
            }
            form.put("inquiry.exchanges[" + lastRow + "].question", "最后一问");
            form.put("inquiry.exchanges[" + lastRow + "].answer", "最后一答");
            var page = officer.postFormAndFollow("/console/cases/" + id + "/actions/inquire", form);
            assertThat(page.statusCode()).as("row " + lastRow).isEqualTo(200);
            assertThat(page.body()).contains("询问笔录最多 200 组问答");
        }
        var notANumber = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/inquire",
                StaffClient.form("inquiry.recorded", "true", "inquiry.exchanges[x].question", "问"));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("表单中有无法识别的栏目，未办理");
        assertThat(steps.document(id, "INQUIRY_RECORD")).isNull();
    }

    private void assertRefused(UUID id, StaffClient officer, ObjectNode inquiry, String field) throws Exception {
        var problem = steps().refused(officer, id, "inquire", body(inquiry));
        assertThat(problem.get("field").asText()).as(problem.toString()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
