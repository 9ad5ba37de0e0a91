package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * The grades of the yearly assessment (A8; 实施方案 三(四)) over real HTTP: the continuous part from the records, the
 * special parts and the unit's weights, the grade, publication within the unit, the statement (陈述申辩) before it is
 * final, and the consequences of 不合格 one year and two years in a row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssessmentGradeHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    StoredFlags storedFlags;

    // 实施方案 三(四)1: 平时考核 from every act, 专门考核 by tests; 三(四)2: three grades
    @Test
    void anOfficerIsGradedFromTheRecordsAndTheTestsStatesAndDefendsAndThenItIsFinal() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var steps = new ComplaintSteps(port, db);
        var qufu = steps.unit(ComplaintSteps.QUFU);
        var officerId = new CaseSteps(port, db).officerOf("qufu-officer2");
        var certificateNo = db.sql("select certificate_no from organization.officer where id = ?")
                .param(officerId)
                .query(String.class)
                .single();
        var supervisor = staff("qufu-supervisor");
        supervisor.get("/console");
        // a complaint about the officer, found true: the continuous part loses 5 points for it
        var fields = steps.anonymousAbout("执法人员态度粗暴。");
        fields.put("officer", certificateNo);
        var complaint = steps.idOf(ComplaintSteps.filed(steps.post(StaffClient.anonymous(port), fields, null, null))
                .number());
        steps.act(supervisor, complaint, "accept", form("note", "已受理。"));
        steps.act(supervisor, complaint, "assign", form("assignee", "法制科 王某"));
        steps.act(supervisor, complaint, "conclude", form("result", "经查属实。", "upheld", "true"));

        var refused = supervisor.postJson("/api/supervision/assessments", body(qufu, year, officerId, "100.5", "88"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(refused.body()).get("field").asText()).isEqualTo("legalTest");
        assertThat(supervisor
                        .postJson("/api/supervision/assessments", body(qufu, year, officerId, "92.55", "88"))
                        .statusCode())
                .as("a score is refused, never rounded")
                .isEqualTo(422);

        var created = supervisor.postJson("/api/supervision/assessments", body(qufu, year, officerId, "92.5", "88"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var assessment = JSON.readTree(created.body()).get("assessment");
        var id = assessment.get("id").asText();
        var figures = assessment.get("figures");
        assertThat(figures.get("complaintsUpheld").asLong()).isGreaterThanOrEqualTo(1);
        var base = figures.get("meanEvaluationScore").isNull()
                ? new BigDecimal("100")
                : figures.get("meanEvaluationScore").decimalValue();
        var continuous = base.subtract(
                        BigDecimal.valueOf(5 * figures.get("complaintsUpheld").asLong()
                                + 2 * figures.get("flagsAcknowledged").asLong()
                                + figures.get("periodsLate").asLong()))
                .max(BigDecimal.ZERO);
        assertThat(assessment.get("continuous").decimalValue()).isEqualByComparingTo(continuous);
        assertThat(assessment.get("continuousWeight").asInt()).isEqualTo(60);
        var total = continuous
                .multiply(new BigDecimal("60"))
                .add(new BigDecimal("92.5").multiply(new BigDecimal("20")))
                .add(new BigDecimal("88").multiply(new BigDecimal("20")))
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        assertThat(assessment.get("total").decimalValue()).isEqualByComparingTo(total);
        assertThat(assessment.get("grade").asText()).isEqualTo(gradeOf(total));
        assertThat(assessment.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(supervisor
                        .postJson("/api/supervision/assessments", body(qufu, year, officerId, "60", "60"))
                        .statusCode())
                .as("once a year")
                .isEqualTo(409);

        // published within the unit: a colleague reads it, another county does not
        var colleague = staff("qufu-officer");
        assertThat(colleague
                        .getJson("/api/supervision/assessments?year=" + year)
                        .body())
                .contains(id);
        assertThat(staff("zoucheng-officer")
                        .getJson("/api/supervision/assessments/" + id)
                        .statusCode())
                .isEqualTo(404);
        // only the officer assessed states and defends
        assertThat(rule(colleague.postJson(
                        "/api/supervision/assessments/" + id + "/statements", "{\"statement\":\"我来替他说\"}")))
                .isEqualTo("NOT_THE_ONE_ASSESSED");
        // not final while the officer may still state
        assertThat(rule(supervisor.postJson("/api/supervision/assessments/" + id + "/final", "{}")))
                .isEqualTo("STATEMENT_PERIOD_RUNNING");

        var officer = staff("qufu-officer2");
        var empty = officer.postJson("/api/supervision/assessments/" + id + "/statements", "{\"statement\":\"  \"}");
        assertThat(JSON.readTree(empty.body()).get("field").asText()).isEqualTo("statement");
        var stated = officer.postJson(
                "/api/supervision/assessments/" + id + "/statements", "{\"statement\":\"法律素养测试第 12 题答案应为 B，请复核。\"}");
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(201);

        var noReply = supervisor.postJson("/api/supervision/assessments/" + id + "/final", "{\"legalTest\":95}");
        assertThat(JSON.readTree(noReply.body()).get("field").asText()).isEqualTo("reply");
        var made = supervisor.postJson(
                "/api/supervision/assessments/" + id + "/final",
                "{\"legalTest\":95,\"reply\":\"经复核第 12 题答案为 B，法律素养测试改为 95 分。\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        var finalOne = JSON.readTree(made.body());
        var corrected = continuous
                .multiply(new BigDecimal("60"))
                .add(new BigDecimal("95").multiply(new BigDecimal("20")))
                .add(new BigDecimal("88").multiply(new BigDecimal("20")))
                .divide(new BigDecimal("100"), 2, RoundingMode.HALF_UP);
        assertThat(finalOne.get("assessment").get("status").asText()).isEqualTo("FINAL");
        assertThat(finalOne.get("assessment").get("total").decimalValue()).isEqualByComparingTo(corrected);
        assertThat(finalOne.get("statements").get(0).get("text").asText()).contains("第 12 题");
        assertThat(rule(officer.postJson(
                        "/api/supervision/assessments/" + id + "/statements", "{\"noObjection\":true}")))
                .isEqualTo("ASSESSMENT_FINAL");
        assertThat(db.sql("select count(*) from audit.entry where kind like 'ASSESSMENT_%' and record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    // 实施方案 三(四)2: 不合格 — 批评教育 or 离岗培训; two years in a row — 调离执法岗位 or 取消执法资格: until a leader
    // records which, the certificate is suspended and the case rules refuse the officer's acts; removal then takes the
    // officer off enforcement
    @Test
    void unqualifiedTwoYearsInARowSuspendsTheCertificateUntilALeaderRecordsRemoval() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var zoucheng = new ComplaintSteps(port, db).unit("370883");
        var assessed = aNewOfficer(zoucheng, "考核甲");
        var officerId = assessed.officerId();
        var supervisor = staff("zoucheng-supervisor");
        supervisor.get("/console");
        var wrongSum = supervisor.postJson(
                "/api/supervision/assessments/settings",
                "{\"unitId\":\"%s\",\"continuousWeight\":50,\"legalTestWeight\":25,\"normativeTestWeight\":20}"
                        .formatted(zoucheng));
        assertThat(wrongSum.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(wrongSum.body()).get("field").asText()).isEqualTo("continuousWeight");
        var weights = supervisor.postJson(
                "/api/supervision/assessments/settings",
                "{\"unitId\":\"%s\",\"continuousWeight\":50,\"legalTestWeight\":25,\"normativeTestWeight\":25}"
                        .formatted(zoucheng));
        assertThat(weights.statusCode()).as(weights.body()).isEqualTo(200);

        var lastYear = finalUnqualified(supervisor, assessed, zoucheng, year - 1);
        assertThat(lastYear.get("assessment").get("legalTestWeight").asInt()).isEqualTo(25);
        assertThat(certificate(supervisor, officerId).get("mayAct").asBoolean())
                .as("one year 不合格 leaves the certificate valid")
                .isTrue();
        var consequence = lastYear.get("consequence");
        assertThat(consequence.get("kind").asText()).isEqualTo("UNQUALIFIED");
        assertThat(consequence.get("excellentBarred").asBoolean()).isTrue();
        var lastId = lastYear.get("assessment").get("id").asText();
        // flagged to the supervisors until a leader records the measure
        assertThat(pending(supervisor)).contains(lastId);
        var leader = staff("zoucheng-leader");
        var wrongMeasure = leader.postJson(
                "/api/supervision/assessments/" + lastId + "/measure",
                "{\"measure\":\"CANCELLATION_OF_QUALIFICATION\"}");
        assertThat(JSON.readTree(wrongMeasure.body()).get("field").asText()).isEqualTo("measure");
        var trained = leader.postJson(
                "/api/supervision/assessments/" + lastId + "/measure",
                "{\"measure\":\"OFF_POST_TRAINING\",\"note\":\"离岗培训一个月\"}");
        assertThat(trained.statusCode()).as(trained.body()).isEqualTo(200);
        assertThat(JSON.readTree(trained.body())
                        .get("consequence")
                        .get("measure")
                        .asText())
                .isEqualTo("OFF_POST_TRAINING");

        assertThat(pending(supervisor)).doesNotContain(lastId);

        // a case the officer works on, filed while the certificate is valid
        var cases = new CaseSteps(port, db);
        var colleague = cases.staff("zoucheng-officer");
        var kase = cases.open(colleague, "GENERAL_PENALTY", false, cases.officerOf("zoucheng-officer"), officerId);
        cases.act(cases.staff("zoucheng-leader"), kase, "file", "{}");

        var thisYear = finalUnqualified(supervisor, assessed, zoucheng, year);
        var second = thisYear.get("consequence");
        assertThat(second.get("kind").asText()).isEqualTo("UNQUALIFIED_TWO_YEARS");
        var thisId = thisYear.get("assessment").get("id").asText();
        var suspended = certificate(supervisor, officerId);
        assertThat(suspended.get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.get("mayAct").asBoolean()).isFalse();
        assertThat(suspended.get("reason").asText()).contains("暂停");
        var refused = cases.refused(colleague, kase, "begin-investigation", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("TWO_CERTIFIED_OFFICERS");
        assertThat(refused.get("detail").asText()).contains("考核甲", "暂停");
        assertThat(pending(supervisor)).contains(thisId);
        assertThat(supervisor
                        .postJson(
                                "/api/supervision/assessments/" + thisId + "/measure",
                                "{\"measure\":\"REMOVAL_FROM_ENFORCEMENT_POST\"}")
                        .statusCode())
                .as("a supervisor does not record the measure")
                .isEqualTo(403);
        var removed = leader.postJson(
                "/api/supervision/assessments/" + thisId + "/measure",
                "{\"measure\":\"REMOVAL_FROM_ENFORCEMENT_POST\"}");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        var off = certificate(supervisor, officerId);
        assertThat(off.get("mayAct").asBoolean())
                .as("removed from enforcement posts")
                .isFalse();
        assertThat(off.get("status").asText())
                .as("the suspension ends with the measure")
                .isEqualTo("VALID");
        assertThat(JSON.readTree(
                                supervisor.getJson("/api/officers/" + officerId).body())
                        .get("active")
                        .asBoolean())
                .isFalse();
        assertThat(cases.refused(colleague, kase, "begin-investigation", "{}")
                        .get("detail")
                        .asText())
                .contains("考核甲");
        assertThat(rule(leader.postJson(
                        "/api/supervision/assessments/" + thisId + "/measure",
                        "{\"measure\":\"CANCELLATION_OF_QUALIFICATION\"}")))
                .isEqualTo("ASSESSMENT_FINAL");
        var page = assessed.client().get("/console/supervision/assessments/" + thisId);
        assertThat(page.body()).contains("连续两年考核不合格", "调离执法岗位", "不合格");
    }

    // 实施方案 三(四)2: 取消执法资格 revokes the certificate
    @Test
    void cancellationOfTheQualificationAfterTwoYearsRevokesTheCertificate() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var zoucheng = new ComplaintSteps(port, db).unit("370883");
        var assessed = aNewOfficer(zoucheng, "考核乙");
        var supervisor = staff("zoucheng-supervisor");
        var weights = supervisor.postJson(
                "/api/supervision/assessments/settings",
                "{\"unitId\":\"%s\",\"continuousWeight\":50,\"legalTestWeight\":25,\"normativeTestWeight\":25}"
                        .formatted(zoucheng));
        assertThat(weights.statusCode()).as(weights.body()).isEqualTo(200);
        var leader = staff("zoucheng-leader");
        var lastId = finalUnqualified(supervisor, assessed, zoucheng, year - 2)
                .get("assessment")
                .get("id")
                .asText();
        assertThat(leader.postJson(
                                "/api/supervision/assessments/" + lastId + "/measure",
                                "{\"measure\":\"CRITICISM_AND_EDUCATION\"}")
                        .statusCode())
                .isEqualTo(200);
        var thisId = finalUnqualified(supervisor, assessed, zoucheng, year - 1)
                .get("assessment")
                .get("id")
                .asText();
        assertThat(certificate(supervisor, assessed.officerId()).get("status").asText())
                .isEqualTo("SUSPENDED");
        var cancelled = leader.postJson(
                "/api/supervision/assessments/" + thisId + "/measure",
                "{\"measure\":\"CANCELLATION_OF_QUALIFICATION\",\"note\":\"收回执法证件\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        var revoked = certificate(supervisor, assessed.officerId());
        assertThat(revoked.get("status").asText()).isEqualTo("REVOKED");
        assertThat(revoked.get("mayAct").asBoolean()).isFalse();
        assertThat(db.sql("select revoked_reason from organization.officer where id = ?")
                        .param(assessed.officerId())
                        .query(String.class)
                        .single())
                .contains("取消执法资格");
    }

    // forms with BindingResult: a field error on the page, nothing written; a unit is assessed by the unit above
    // (实施方案 三(四)1), which alone makes its grade final: the unit assessed reads it and its leader states
    @Test
    void theConsoleFormsShowFieldErrorsAndTheUnitsLeaderStatesForTheUnitTheCityAssessed() throws Exception {
        var year = LocalDate.now(clock).getYear();
        var qufu = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        var supervisor = staff("city-supervisor");
        assertThat(supervisor.get("/console/supervision/assessments").body()).contains("id=\"assess\"");
        long before = count();
        var typo = supervisor.postForm(
                "/console/supervision/assessments",
                form(
                        "unitId",
                        qufu.toString(),
                        "year",
                        "" + year,
                        "officerId",
                        "",
                        "legalTest",
                        "九十",
                        "normativeTest",
                        "80"));
        assertThat(typo.statusCode()).isEqualTo(200);
        assertThat(typo.body()).contains("id=\"legalTest-error\"", "格式不正确");
        var high = supervisor.postForm(
                "/console/supervision/assessments",
                form(
                        "unitId",
                        qufu.toString(),
                        "year",
                        "" + year,
                        "officerId",
                        "",
                        "legalTest",
                        "101",
                        "normativeTest",
                        "80"));
        assertThat(high.body()).contains("id=\"legalTest-error\"", "成绩应为 0 至 100 分");
        var badWeights = supervisor.postForm(
                "/console/supervision/assessments/settings",
                form(
                        "unitId",
                        qufu.toString(),
                        "continuousWeight",
                        "70",
                        "legalTestWeight",
                        "20",
                        "normativeTestWeight",
                        "20"));
        assertThat(badWeights.body()).contains("id=\"continuousWeight-error\"", "现为 110%");
        var itself = staff("qufu-supervisor")
                .postForm(
                        "/console/supervision/assessments",
                        form(
                                "unitId",
                                qufu.toString(),
                                "year",
                                "" + year,
                                "officerId",
                                "",
                                "legalTest",
                                "100",
                                "normativeTest",
                                "100"));
        assertThat(itself.statusCode()).isEqualTo(200);
        assertThat(itself.body()).contains("id=\"unitId-error\"", "单位的评议考核由上级单位作出");
        var itselfByApi = staff("qufu-supervisor")
                .postJson(
                        "/api/supervision/assessments",
                        "{\"unitId\":\"%s\",\"year\":%d,\"legalTest\":100,\"normativeTest\":100}"
                                .formatted(qufu, year));
        assertThat(itselfByApi.statusCode()).isEqualTo(403);
        assertThat(rule(itselfByApi)).isEqualTo("UNIT_ASSESSED_FROM_ABOVE");
        assertThat(count()).isEqualTo(before);

        var made = supervisor.postForm(
                "/console/supervision/assessments",
                form(
                        "unitId",
                        qufu.toString(),
                        "year",
                        "" + year,
                        "officerId",
                        "",
                        "legalTest",
                        "90",
                        "normativeTest",
                        "85"));
        assertThat(made.statusCode()).isEqualTo(302);
        var path = java.net.URI.create(StaffClient.location(made)).getPath();
        assertThat(path).startsWith("/console/supervision/assessments/");
        var officerView = staff("qufu-officer").get(path);
        assertThat(officerView.statusCode()).isEqualTo(200);
        assertThat(officerView.body())
                .contains("曲阜市卫生健康局", "平时考核依据", "济宁市卫生健康委员会")
                .doesNotContain("id=\"state\"");
        var ownSupervisor = staff("qufu-supervisor");
        assertThat(ownSupervisor.get(path).body()).contains("平时考核依据").doesNotContain("id=\"final\"");
        var leader = staff("qufu-leader");
        assertThat(leader.get(path).body()).contains("id=\"state\"");
        var blank = leader.postForm(path + "/statements", form("statement", ""));
        assertThat(blank.body()).contains("id=\"statement-error\"");
        var stated = leader.postFormAndFollow(path + "/statements", form("noObjection", "true"));
        assertThat(stated.body()).contains("陈述申辩已提交", "对考核结果无异议");
        // the unit assessed does not make its own grade final, nor raise its tests
        assertThat(ownSupervisor
                        .postForm(path + "/final", form("version", "0", "legalTest", "100", "normativeTest", "100"))
                        .statusCode())
                .isEqualTo(403);
        var apiPath = path.replace("/console/", "/api/");
        assertThat(rule(ownSupervisor.postJson(apiPath + "/final", "{\"legalTest\":100,\"normativeTest\":100}")))
                .isEqualTo("NOT_THE_ASSESSING_UNIT");
        var finalPage = supervisor.postFormAndFollow(
                path + "/final", form("version", "0", "legalTest", "90", "normativeTest", "85"));
        assertThat(finalPage.body()).contains("考核结果已确定", "已确定");
        assertThat(staff("qufu-officer")
                        .postForm(path + "/final", form("version", "1"))
                        .statusCode())
                .isEqualTo(403);
    }

    private JsonNode finalUnqualified(StaffClient supervisor, NewOfficer assessed, UUID unit, int year)
            throws Exception {
        var created =
                supervisor.postJson("/api/supervision/assessments", body(unit, year, assessed.officerId(), "0", "0"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var assessment = JSON.readTree(created.body()).get("assessment");
        assertThat(assessment.get("grade").asText()).isEqualTo("UNQUALIFIED");
        var id = assessment.get("id").asText();
        var stated = assessed.client()
                .postJson("/api/supervision/assessments/" + id + "/statements", "{\"noObjection\":true}");
        assertThat(stated.statusCode()).as(stated.body()).isEqualTo(201);
        var made = supervisor.postJson("/api/supervision/assessments/" + id + "/final", "{}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        return JSON.readTree(made.body());
    }

    /** A new officer of Zoucheng, made by its admin (the consequences act on them alone). */
    private NewOfficer aNewOfficer(UUID unit, String name) {
        return NewOfficer.made(port, db, clock, "zoucheng-admin", unit, name);
    }

    /** The certificate check of the officer today, as the organization's API answers it. */
    private static JsonNode certificate(StaffClient staff, UUID officerId) throws Exception {
        var response = staff.getJson("/api/officers/" + officerId + "/certificate-check?category=PENALTY");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A staff member signed in, with the console opened once (the session's CSRF token). */
    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    /** The assessments the ASSESSMENT_MEASURE_PENDING model flags to the supervisor, the models run now. */
    private java.util.List<String> pending(StaffClient supervisor) throws Exception {
        storedFlags.refresh();
        var ids = new java.util.ArrayList<String>();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            var json = JSON.readTree(supervisor
                    .getJson("/api/supervision/flags/ASSESSMENT_MEASURE_PENDING?page=" + page)
                    .body());
            pages = json.get("pages").asInt();
            json.get("flags").forEach(flag -> ids.add(flag.get("recordId").asText()));
        }
        return ids;
    }

    private long count() {
        return db.sql("select count(*) from supervision.assessment")
                .query(Long.class)
                .single();
    }

    private static String body(UUID unit, int year, UUID officer, String legal, String normative) {
        return "{\"unitId\":\"%s\",\"year\":%d,\"officerId\":\"%s\",\"legalTest\":%s,\"normativeTest\":%s}"
                .formatted(unit, year, officer, legal, normative);
    }

    private static String gradeOf(BigDecimal total) {
        if (total.compareTo(new BigDecimal("90")) >= 0) {
            return "EXCELLENT";
        }
        return total.compareTo(new BigDecimal("60")) >= 0 ? "QUALIFIED" : "UNQUALIFIED";
    }

    private static String rule(HttpResponse<String> response) throws Exception {
        var body = JSON.readTree(response.body());
        return body.has("rule") ? body.get("rule").asText() : String.valueOf(response.statusCode());
    }
}
