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
 * The 现场检查笔录 written as a structured record over the API (行政处罚法 第五十五条: 检查应当制作笔录): place, time, the
 * two officers, the persons present, what was inspected and found, the party's signature or the refusal noted; printed
 * as the document the inspecting act issues, in a penalty case and in an inspection. Each missing or wrong field is
 * refused by name and nothing is recorded; a record given to an act that writes none is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteRecordHttpTest {

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

    /** The shared record ({@link CaseSteps#siteRecord}), ended an hour before the application's now. */
    private ObjectNode siteRecord(UUID inspector, UUID recorder) {
        return CaseSteps.siteRecord(inspector, recorder, LocalDateTime.now(clock));
    }

    private static String body(ObjectNode record) {
        return CaseSteps.withRecord("siteRecord", record);
    }

    @Test
    void aStructuredInspectionPrintsAsTheSiteRecord() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.investigating(officer, leader);
        var inspector = steps.officerOf("qufu-officer");
        var recorder = steps.colleagueOf("qufu-officer");

        var acted = steps.act(officer, id, "inspect-site", body(siteRecord(inspector, recorder)));
        var act = acted.get("acts").get(acted.get("acts").size() - 1);
        assertThat(act.get("siteRecord").get("present")).hasSize(2);
        assertThat(act.get("siteRecord").get("place").asText()).isEqualTo("曲阜市某诊所诊疗室");

        var printed = steps.document(id, "SITE_RECORD");
        assertThat(printed)
                .contains("曲阜市某诊所诊疗室")
                .contains("检查人", "记录人")
                .contains("王某某", "诊所负责人", CaseSteps.PERSON_ID, "赵某", "护士")
                .contains("诊所执业许可证、诊疗科目及药品储存情况")
                .contains("现场未见医疗机构执业许可证")
                .contains("当事人拒绝签名，理由：认为不需要许可证");
        assertThat(printed.indexOf("王某某"))
                .as("the persons present in the order written")
                .isLessThan(printed.indexOf("赵某"));
    }

    @Test
    void anInspectionPrintsItsSiteRecordToo() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var inspector = steps.officerOf("qufu-officer");
        var recorder = steps.colleagueOf("qufu-officer");
        var id = steps.open(officer, "INSPECTION", false, inspector, recorder);

        var signed = siteRecord(inspector, recorder).put("signed", true).putNull("refusalReason");
        steps.act(officer, id, "start-inspection", body(signed));

        assertThat(steps.document(id, "SITE_RECORD"))
                .contains("诊所执业许可证、诊疗科目及药品储存情况")
                .contains("在场人员签名：王某某、赵某")
                .doesNotContain("拒绝签名");
    }

    @Test
    void eachMissingOrWrongFieldIsRefusedByNameAndNothingIsRecorded() throws Exception {
        var steps = steps();
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.investigating(officer, leader);
        var inspector = steps.officerOf("qufu-officer");
        var recorder = steps.colleagueOf("qufu-officer");
        var now = LocalDateTime.now(clock).withSecond(0).withNano(0);

        assertRefused(id, officer, siteRecord(inspector, recorder).put("place", ""), "siteRecord.place");
        assertRefused(id, officer, siteRecord(inspector, recorder).put("place", "地".repeat(201)), "siteRecord.place");
        assertRefused(id, officer, siteRecord(inspector, recorder).putNull("endedAt"), "siteRecord.endedAt");
        assertRefused(
                id,
                officer,
                siteRecord(inspector, recorder).put("endedAt", now.minusHours(3).toString()),
                "siteRecord.endedAt");
        assertRefused(
                id,
                officer,
                siteRecord(inspector, recorder)
                        .put("endedAt", now.plusMinutes(5).toString()),
                "siteRecord.endedAt");
        assertRefused(id, officer, siteRecord(inspector, inspector), "siteRecord.recorderId");
        assertRefused(id, officer, siteRecord(UUID.randomUUID(), recorder), "siteRecord.inspectorId");
        var nobody = siteRecord(inspector, recorder);
        nobody.putArray("present");
        assertRefused(id, officer, nobody, "siteRecord.present[0].name");
        var noRole = siteRecord(inspector, recorder);
        ((ObjectNode) noRole.get("present").get(1)).put("role", " ");
        assertRefused(id, officer, noRole, "siteRecord.present[1].role");
        assertRefused(id, officer, siteRecord(inspector, recorder).putNull("inspected"), "siteRecord.inspected");
        assertRefused(id, officer, siteRecord(inspector, recorder).put("findings", ""), "siteRecord.findings");
        assertRefused(
                id, officer, siteRecord(inspector, recorder).put("findings", "况".repeat(10001)), "siteRecord.findings");
        assertRefused(id, officer, siteRecord(inspector, recorder).putNull("signed"), "siteRecord.signed");
        assertRefused(
                id, officer, siteRecord(inspector, recorder).put("refusalReason", ""), "siteRecord.refusalReason");
        assertRefused(id, officer, siteRecord(inspector, recorder).put("signed", true), "siteRecord.refusalReason");

        // a record goes with the act that writes it: none on an inquiry, no 询问笔录 on an inspection
        var onInquiry = steps.refused(officer, id, "inquire", body(siteRecord(inspector, recorder)));
        assertThat(onInquiry.get("field").asText()).isEqualTo("siteRecord");
        var inquiry = JSON.createObjectNode();
        inquiry.put("place", "诊所");
        var wrongRecord = JSON.createObjectNode().put("reason", "执法记录仪故障");
        wrongRecord.set("inquiry", inquiry);
        var onInspection = steps.refused(officer, id, "inspect-site", wrongRecord.toString());
        assertThat(onInspection.get("field").asText()).isEqualTo("inquiry");

        assertThat(db.sql(
                                "select count(*) from cases.case_act where case_id = ? and action in ('inspect-site', 'inquire')")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("no refused record is recorded")
                .isZero();
        assertThat(steps.document(id, "SITE_RECORD")).isNull();
    }

    private void assertRefused(UUID id, StaffClient officer, ObjectNode record, String field) throws Exception {
        var problem = steps().refused(officer, id, "inspect-site", body(record));
        assertThat(problem.get("field").asText()).as(problem.toString()).isEqualTo(field);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
