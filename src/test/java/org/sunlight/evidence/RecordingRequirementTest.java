package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.evidence.EvidenceFixtures.JSON;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 执法全过程记录: a step the unit's recording requirements want on audio or video (the demo list: 调查询问 with
 * 文字和音像记录) is refused until a recording is attached for it; a photo is not a recording; the recording serves
 * one act; a written reason lets the step go on and is shown to supervisors, on their page and their console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RecordingRequirementTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    EvidenceFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EvidenceFixtures(port, db);
    }

    @Test
    void anInquiryNeedsItsRecordingOrAReasonThatSupervisorsSee() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));

        var refused = fixtures.tryAct(officer, caseId, "inquire", "{}");
        assertThat(refused.statusCode()).isEqualTo(422);
        var problem = JSON.readTree(refused.body());
        assertThat(problem.get("rule").asText()).isEqualTo("RECORDING_REQUIRED");
        assertThat(problem.get("field").asText()).isEqualTo("reason");
        assertThat(problem.get("detail").asText()).contains("调查询问", "文字和音像记录");
        assertThat(acts(caseId, "inquire")).isZero();

        // a photo attached for the inquiry is not a recording of it
        fixtures.upload(officer, caseId, "询问现场.jpg", jpeg(), "inquire", 1024);
        assertThat(fixtures.tryAct(officer, caseId, "inquire", "{}").statusCode())
                .isEqualTo(422);

        var video = fixtures.upload(officer, caseId, "询问.mp4", EvidenceFixtures.video(200_000), "inquire", 64 * 1024);
        fixtures.act(officer, caseId, "inquire", "{\"note\":\"询问当事人\"}");
        assertThat(acts(caseId, "inquire")).isEqualTo(1);
        var file = JSON.readTree(
                officer.getJson("/api/evidence/" + video.get("fileId").asText()).body());
        assertThat(file.get("actTakenAt").isNull()).isFalse();

        // the recording served that inquiry; the next one needs its own
        var again = fixtures.tryAct(officer, caseId, "inquire", "{}");
        assertThat(JSON.readTree(again.body()).get("rule").asText()).isEqualTo("RECORDING_REQUIRED");

        fixtures.act(officer, caseId, "inquire", "{\"reason\":\"当事人拒绝录音录像\"}");
        assertThat(acts(caseId, "inquire")).isEqualTo(2);

        // a step the list does not name goes on without a recording
        fixtures.act(officer, caseId, "conclude-investigation", "{}");

        var supervisor = fixtures.staff("qufu-supervisor");
        var console = supervisor.get("/console");
        assertThat(console.body()).contains("未附音像记录", "/console/evidence/exemptions");
        var page = supervisor.get("/console/evidence/exemptions");
        assertThat(page.statusCode()).isEqualTo(200);
        // the supervisor reads who gave the reason by name, not by login
        var officerName = db.sql("select display_name from organization.user_account where username = 'qufu-officer'")
                .query(String.class)
                .single();
        assertThat(page.body()).contains("当事人拒绝录音录像", officerName, "调查询问", "/console/cases/" + caseId);

        var otherCounty = fixtures.staff("zoucheng-supervisor");
        assertThat(otherCounty.get("/console/evidence/exemptions").body()).doesNotContain("/console/cases/" + caseId);
        assertThat(officer.get("/console/evidence/exemptions").statusCode()).isEqualTo(403);
    }

    @Test
    void theCasePageSaysWhichStepsNeedARecording() throws Exception {
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        fixtures.upload(officer, caseId, "抽样.mp4", EvidenceFixtures.video(10_000), "take-samples", 4096);

        var summary = officer.get("/console/cases/" + caseId + "/evidence/summary");
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(summary.body())
                .contains("/console/cases/" + caseId + "/evidence")
                .contains("data-exemption=\"inquire\"", "data-exemption=\"inspect-site\"")
                .doesNotContain("data-exemption=\"take-samples\"")
                .contains("已附音像记录 1 个");
    }

    private long acts(java.util.UUID caseId, String action) {
        return db.sql("select count(*) from cases.case_act where case_id = ? and action = ?")
                .param(caseId)
                .param(action)
                .query(Long.class)
                .single();
    }

    private static byte[] jpeg() {
        var bytes = new byte[2048];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        var rest = "JFIF".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(rest, 0, bytes, 6, rest.length);
        return bytes;
    }
}
