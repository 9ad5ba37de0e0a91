package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.audit.AuditTrail;

/**
 * Accountability (A9) over real HTTP: a complaint linked to a case becomes a matter whose trace-back lists each act of
 * the case with who did it, at which stage, its inclusion proof checked against a signed head, and the answerable
 * posts of the powers-to-posts list (A2); the persons concerned state and defend; the outcome is recorded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountabilityHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    AuditTrail audit;

    @Autowired
    Clock clock;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aComplaintAboutACaseIsTracedBackThroughTheAuditLogWithVerifiedProofs() throws Exception {
        var caseId = new ComplaintSteps(port, db).aReviewedPenaltyCase();
        var complaints = new ComplaintSteps(port, db);
        var filed = complaints.fileAnonymously(StaffClient.anonymous(port), "拟罚款明显过重，办案人员未听取陈述。");
        var complaintId = complaints.idOf(filed.number());
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        complaints.act(supervisor, complaintId, "accept", form("note", "已受理。"));
        var linked = complaints.act(supervisor, complaintId, "link-case", form("caseId", caseId.toString()));
        assertThat(linked.body()).contains("已关联案件", caseId.toString());

        supervisor.get("/console/supervision/accountability/new?complaintId=" + complaintId);
        var matter = supervisor.postFormAndFollow(
                "/console/supervision/accountability",
                form(
                        "source", "COMPLAINT",
                        "complaintId", complaintId.toString(),
                        "title", "某诊所案拟罚款过重的责任追究",
                        "facts", "投诉反映拟罚款明显过重。"));
        assertThat(matter.statusCode()).isEqualTo(200);
        var page = matter.body();
        // 倒查: each act with its actor and stage, all proven against the signed head
        assertThat(page)
                .contains("均已用包含证明验证，签名有效")
                .contains("qufu-officer", "qufu-leader", "qufu-reviewer")
                .contains("发现线索、立案", "调查核实", "承办人员提出建议", "法制审核")
                .contains("propose", "review-agreed")
                .doesNotContain("未通过");
        // the answerable posts from the powers-to-posts list, for the stages the acts fell in
        assertThat(page).contains("法制审核人员", "执法人员（承办人）").doesNotContain("送达决定书，督促履行");
        var matterId = UUID.fromString(
                matter.uri().getPath().substring(matter.uri().getPath().lastIndexOf('/') + 1));

        supervisor.postFormAndFollow(
                "/console/supervision/accountability/" + matterId + "/statements",
                form("person", "qufu-officer", "statement", "已依法告知陈述申辩权利，当事人当场放弃。"));
        var noFaultWithName = supervisor.postFormAndFollow(
                "/console/supervision/accountability/" + matterId + "/decision",
                form("version", "0", "outcome", "NO_FAULT", "responsible", "某某", "reason", "无过错"));
        assertThat(noFaultWithName.body()).contains("无过错的，不填写责任人员");
        var decided = supervisor.postFormAndFollow(
                "/console/supervision/accountability/" + matterId + "/decision",
                form(
                        "version",
                        "0",
                        "outcome",
                        "CRITICISM_EDUCATION",
                        "responsible",
                        "承办人",
                        "reason",
                        "未完整记录当事人陈述，给予批评教育。"));
        assertThat(decided.body()).contains("已作出处理", "批评教育：承办人", "已依法告知陈述申辩权利");

        // the complaint leads to its matter; the opening is in the audit log
        assertThat(supervisor
                        .get("/console/supervision/complaints/" + complaintId)
                        .body())
                .contains("某诊所案拟罚款过重的责任追究");
        assertThat(db.sql("select count(*) from audit.entry where record_id = ? and kind like 'ACCOUNTABILITY_%'")
                        .param(matterId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aLeafAlteredAfterTheFactIsNotProven() throws Exception {
        var caseId = new ComplaintSteps(port, db).aReviewedPenaltyCase();
        var head = audit.signNow();
        var entries = audit.entriesOfCase(caseId, head.treeSize());
        assertThat(entries).isNotEmpty().allMatch(entry -> audit.proves(entry, head));

        var first = entries.get(0);
        var altered = new String(first.leaf(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("qufu-leader", "qufu-officer")
                .replace("qufu-officer\"", "someone-else\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(altered).isNotEqualTo(first.leaf());
        assertThat(audit.proves(
                        new AuditTrail.Entry(first.index(), first.kind(), first.recordId(), altered, first.leafHash()),
                        head))
                .isFalse();
        // a true leaf claimed at another place in the tree
        var second = entries.get(1);
        assertThat(audit.proves(
                        new AuditTrail.Entry(
                                second.index(), first.kind(), first.recordId(), first.leaf(), first.leafHash()),
                        head))
                .isFalse();
        // a head whose signature does not check proves nothing
        var forgedRoot = head.rootHash().clone();
        forgedRoot[0] ^= 1;
        assertThat(audit.proves(
                        first,
                        new AuditTrail.TreeHead(
                                head.treeSize(), forgedRoot, head.timestampMs(), head.signature(), head.keyId())))
                .isFalse();
    }

    @Test
    void anOfficerCannotOpenAMatterAndAMatterWithoutACaseSaysSo() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/console/supervision/accountability").statusCode())
                .isEqualTo(403);
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console/supervision/accountability/new");
        var missingSource =
                supervisor.postForm("/console/supervision/accountability", form("title", "领导交办", "facts", "事实"));
        assertThat(missingSource.body()).contains("请选择来源");
        var opened = supervisor.postFormAndFollow(
                "/console/supervision/accountability",
                form("source", "LEADER_DECISION", "title", "领导交办事项", "facts", "局长批示核查。"));
        assertThat(opened.body()).contains("未关联案件，无法倒查");
    }

    // 实施方案 三(五)、三(四)2: an outcome of 取消执法资格 revokes the officer's certificate — the case rules refuse their
    // next act and the public lookup shows it 已注销 — while 批评教育 leaves the certificate as it was
    @Test
    void withdrawingTheQualificationRevokesTheCertificateAndCriticismLeavesItValid() throws Exception {
        var zoucheng = new ComplaintSteps(port, db).unit("370883");
        var withdrawn = NewOfficer.made(port, db, clock, "zoucheng-admin", zoucheng, "追究甲");
        var criticised = NewOfficer.made(port, db, clock, "zoucheng-admin", zoucheng, "追究乙");
        // a case the officer works on, filed while the certificate is valid
        var cases = new CaseSteps(port, db);
        var colleague = cases.staff("zoucheng-officer");
        var kase = cases.open(
                colleague, "GENERAL_PENALTY", false, cases.officerOf("zoucheng-officer"), withdrawn.officerId());
        cases.act(cases.staff("zoucheng-leader"), kase, "file", "{}");

        var supervisor = cases.staff("zoucheng-supervisor");
        var matterId = ComplaintSteps.aMatter(supervisor, kase, "办案人员违法取证的责任追究");
        var page = "/console/supervision/accountability/" + matterId;
        var decision = page + "/decision";
        var noOfficer = supervisor.postForm(
                decision,
                form("version", "0", "outcome", "QUALIFICATION_WITHDRAWN", "responsible", "追究甲", "reason", "违法取证"));
        assertThat(noOfficer.statusCode()).isEqualTo(200);
        assertThat(noOfficer.body()).contains("处理结果为调离执法岗位或取消执法资格的，请选择涉及的执法人员。");
        var noFaultWithOfficer = supervisor.postForm(
                decision,
                form(
                        "version", "0",
                        "outcome", "NO_FAULT",
                        "officerId", withdrawn.officerId().toString(),
                        "reason", "无过错"));
        assertThat(noFaultWithOfficer.body()).contains("无过错的，不选择执法人员。");
        var otherUnits = supervisor.postForm(
                decision,
                form(
                        "version", "0",
                        "outcome", "QUALIFICATION_WITHDRAWN",
                        "responsible", "某某",
                        "officerId", cases.officerOf("qufu-officer").toString(),
                        "reason", "违法取证"));
        assertThat(otherUnits.body()).contains("请选择本事项所属单位或下级单位的执法人员。");
        assertThat(certificate(supervisor, withdrawn.officerId()).get("status").asText())
                .as("a refused decision changes nothing")
                .isEqualTo("VALID");
        assertThat(supervisor.get(page).body()).contains("办理中");

        var decided = supervisor.postFormAndFollow(
                decision,
                form(
                        "version", "0",
                        "outcome", "QUALIFICATION_WITHDRAWN",
                        "responsible", "追究甲",
                        "officerId", withdrawn.officerId().toString(),
                        "reason", "违法取证，情节严重，取消执法资格。"));
        assertThat(decided.body())
                .contains("已作出处理", "取消执法资格：追究甲")
                .contains("追究甲（" + withdrawn.certificateNo() + "）：已取消执法资格，执法证件注销")
                .contains("三(五) 切实加强行政执法责任追究", "三(四)2 调离执法岗位或取消执法资格处理");

        var check = certificate(supervisor, withdrawn.officerId());
        assertThat(check.get("status").asText()).isEqualTo("REVOKED");
        assertThat(check.get("mayAct").asBoolean()).isFalse();
        var refused = cases.refused(colleague, kase, "begin-investigation", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(refused.get("detail").asText()).contains("追究甲", "执法证件已被注销，不得从事执法活动");
        assertThat(lookup(withdrawn.certificateNo()).get("status").asText()).isEqualTo("REVOKED");
        assertThat(db.sql("select revoked_reason from organization.officer where id = ?")
                        .param(withdrawn.officerId())
                        .query(String.class)
                        .single())
                .contains("责任追究", "实施方案 三(五)", matterId.toString());
        assertThat(db.sql(
                                """
                                select count(*) from audit.entry where record_id = ? and kind = 'ACCOUNTABILITY_DECIDED'
                                    and detail like '%WITHDRAWAL_OF_QUALIFICATION%'
                                """)
                        .param(matterId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // 批评教育 names the officer and leaves the certificate valid
        var secondId = ComplaintSteps.aMatter(supervisor, null, "执法文书制作不规范的责任追究");
        var criticism = supervisor.postFormAndFollow(
                "/console/supervision/accountability/" + secondId + "/decision",
                form(
                        "version", "0",
                        "outcome", "CRITICISM_EDUCATION",
                        "responsible", "追究乙",
                        "officerId", criticised.officerId().toString(),
                        "reason", "文书不规范，批评教育。"));
        assertThat(criticism.body())
                .contains("批评教育：追究乙", "追究乙（" + criticised.certificateNo() + "）：执法证件不受影响")
                .doesNotContain("三(四)2 调离执法岗位");
        var valid = certificate(supervisor, criticised.officerId());
        assertThat(valid.get("status").asText()).isEqualTo("VALID");
        assertThat(valid.get("mayAct").asBoolean()).isTrue();
        assertThat(lookup(criticised.certificateNo()).get("status").asText()).isEqualTo("VALID");
    }

    /** The certificate check of the officer today, as the organization's API answers it. */
    private static JsonNode certificate(StaffClient staff, UUID officerId) throws Exception {
        var response = staff.getJson("/api/officers/" + officerId + "/certificate-check?category=PENALTY");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The public certificate lookup's answer for the number. */
    private JsonNode lookup(String certificateNo) throws Exception {
        var response = StaffClient.anonymous(port)
                .getJson("/api/public/certificates/" + URLEncoder.encode(certificateNo, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
