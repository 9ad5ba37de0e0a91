package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * Case-file evaluation (案卷评查, A5) over real HTTP: a case scored live from its records as it is handled; closed case
 * files drawn at random and reproducibly per unit and year; the judged items scored with findings; whoever took part
 * in a case kept from evaluating it; results per case and per unit on the API and the console.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFileEvaluationHttpTest {

    /** The items of the demo standard the evaluator judges, with their points. */
    static final List<String> JUDGED = List.of(
            "BODY_COMPETENT",
            "FACTS_CLEAR",
            "EVIDENCE_SUFFICIENT",
            "LAW_APPLIED",
            "DISCRETION_PROPER",
            "INVESTIGATION_LAWFUL",
            "DOCUMENTS_PROPER",
            "FILE_ORDERED");

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    CaseSteps cases;
    ComplaintSteps steps;
    UUID qufu;
    int year;

    @BeforeEach
    void setUp() {
        cases = new CaseSteps(port, db);
        steps = new ComplaintSteps(port, db);
        qufu = steps.unit(ComplaintSteps.QUFU);
        year = LocalDate.now(clock).getYear();
    }

    // A5 continuous: 行政处罚法 第四十二条 scored as the case is handled
    @Test
    void aCaseIsScoredLiveFromItsRecordsAndTheScoreMovesAsItIsHandled() throws Exception {
        var officer = cases.staff("qufu-officer");
        var id = cases.open(officer, "GENERAL_PENALTY", false, cases.officerOf("qufu-officer"));

        var alone = live(officer, id);
        assertThat(alone.get("score").decimalValue()).isEqualByComparingTo("95");
        assertThat(alone.get("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(item(alone, "TWO_OFFICERS").get("state").asText()).isEqualTo("FAIL");
        assertThat(item(alone, "TWO_OFFICERS").get("deducted").decimalValue()).isEqualByComparingTo("5");
        assertThat(item(alone, "TWO_OFFICERS").get("finding").asText()).isEqualTo("执法人员只有 1 人");
        assertThat(item(alone, "ARCHIVED").get("state").asText()).isEqualTo("NOT_YET");
        assertThat(item(alone, "FACTS_CLEAR").get("state").asText()).isEqualTo("JUDGED");

        cases.act(officer, id, "add-officer", "{\"officerId\":\"" + cases.colleagueOf("qufu-officer") + "\"}");
        var two = live(officer, id);
        assertThat(two.get("score").decimalValue()).isEqualByComparingTo("100");
        assertThat(item(two, "TWO_OFFICERS").get("state").asText()).isEqualTo("PASS");

        var page = officer.get("/console/supervision/evaluations/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("实时得分", "data-test=\"live-score\">100<", "执法人员不少于两人", "行政处罚法 第四十二条", "人工评查");
        // a case of another county is not theirs to see
        assertThat(cases.staff("zoucheng-officer")
                        .getJson("/api/supervision/evaluations/cases/" + id)
                        .statusCode())
                .isEqualTo(404);
    }

    // A5 sampled: a recorded seeded draw over the unit's closed penalty files of the year
    @Test
    void closedCaseFilesAreDrawnReproduciblyAndTheJudgedItemsScoredWithFindings() throws Exception {
        var archived = steps.anArchivedPenaltyCase(cases.colleagueOf("qufu-officer"));
        steps.anArchivedPenaltyCase(cases.colleagueOf("qufu-officer"));
        var supervisor = cases.staff("qufu-supervisor");

        var one = draw(supervisor, 1, 20261207L);
        int population = one.get("population").asInt();
        assertThat(population).isGreaterThanOrEqualTo(2);
        var all = draw(supervisor, population, 20261207L);
        var again = draw(supervisor, population, 20261207L);
        assertThat(caseIds(all))
                .hasSize(population)
                .contains(archived.toString())
                .isEqualTo(caseIds(again));
        assertThat(caseIds(one)).containsExactly(caseIds(all).get(0));
        assertThat(all.get("populationSha256").asText())
                .hasSize(64)
                .isEqualTo(one.get("populationSha256").asText());
        assertThat(all.get("seed").asText()).isEqualTo("20261207");
        var other = draw(supervisor, population, 7L);
        assertThat(caseIds(other)).containsExactlyInAnyOrderElementsOf(caseIds(all));

        var over = supervisor.postJson(
                "/api/supervision/evaluations/samples",
                "{\"unitId\":\"%s\",\"year\":%d,\"size\":%d}".formatted(qufu, year, population + 1));
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(problem(over).get("field").asText()).isEqualTo("size");
        assertThat(problem(over).get("detail").asText()).contains("可抽取的案卷数（" + population + " 件）");

        var sampleId = all.get("id").asText();
        var path = "/api/supervision/evaluations/samples/" + sampleId + "/cases/" + archived;
        var tooMany = supervisor.postJson(path, scores("FACTS_CLEAR", "11", "事实认定不清"));
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(problem(tooMany).get("field").asText()).isEqualTo("deducted[FACTS_CLEAR]");
        var tooFine = supervisor.postJson(path, scores("FACTS_CLEAR", "1.25", "事实认定不清"));
        assertThat(problem(tooFine).get("field").asText()).isEqualTo("deducted[FACTS_CLEAR]");
        var unexplained = supervisor.postJson(path, scores("FACTS_CLEAR", "2", ""));
        assertThat(problem(unexplained).get("field").asText()).isEqualTo("finding[FACTS_CLEAR]");
        var missing = supervisor.postJson(path, "{\"deducted\":{\"FACTS_CLEAR\":0}}");
        assertThat(problem(missing).get("field").asText()).isEqualTo("deducted[BODY_COMPETENT]");
        assertThat(evaluation(supervisor, sampleId, archived).isNull()).isTrue();

        var recorded = supervisor.postJson(path, scores("FACTS_CLEAR", "2.5", "现场检查笔录未记载检查时间"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        // every automatic item holds for this file: 100 - 2.5
        var evaluation = evaluation(supervisor, sampleId, archived);
        assertThat(evaluation.get("score").decimalValue()).isEqualByComparingTo("97.5");
        assertThat(evaluation.get("grade").asText()).isEqualTo("EXCELLENT");
        assertThat(evaluation.get("evaluator").asText()).isEqualTo("qufu-supervisor");
        assertThat(evaluation.get("deductions").toString()).contains("现场检查笔录未记载检查时间");
        assertThat(supervisor.postJson(path, scores("FACTS_CLEAR", "0", "")).statusCode())
                .isEqualTo(409);

        var results = JSON.readTree(supervisor
                .getJson("/api/supervision/evaluations/results?year=" + year)
                .body());
        JsonNode county = null;
        for (var row : results) {
            if (row.get("unitId").asText().equals(qufu.toString())) {
                county = row;
            }
        }
        assertThat(county).isNotNull();
        assertThat(county.get("evaluated").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(county.get("sampled").asLong()).isGreaterThanOrEqualTo(population);
        assertThat(county.get("excellent").asLong()).isGreaterThanOrEqualTo(1);

        // the evaluation shows on the case's live page too, and the sample's page shows the score
        var casePage = supervisor.get("/console/supervision/evaluations/cases/" + archived);
        assertThat(casePage.body()).contains("抽查评查记录", "qufu-supervisor 97.5 优秀");
        var samplePage = supervisor.get("/console/supervision/evaluations/samples/" + sampleId);
        assertThat(samplePage.body())
                .contains("20261207", all.get("populationSha256").asText(), ">97.5<");
        // officers do not draw samples
        assertThat(cases.staff("qufu-officer")
                        .postJson(
                                "/api/supervision/evaluations/samples",
                                "{\"unitId\":\"%s\",\"year\":%d,\"size\":1}".formatted(qufu, year))
                        .statusCode())
                .isEqualTo(403);
    }

    // 回避: who handled the case does not evaluate its file
    @Test
    void anOfficerOfTheCaseWhoAlsoSupervisesMayNotEvaluateItsFile() throws Exception {
        var officerId = db.sql(
                        """
                        select o.id from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = '370881' and o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                          and not exists (select 1 from organization.user_account a where a.officer_id = o.id)
                        order by o.certificate_no limit 1
                        """)
                .query(UUID.class)
                .single();
        var username = "sup-" + UUID.randomUUID().toString().substring(0, 8);
        var admin = cases.staff("qufu-admin");
        admin.get("/admin/accounts/new");
        var created = admin.postForm(
                "/admin/accounts",
                form(
                        "username",
                        username,
                        "displayName",
                        "孔监督",
                        "unitId",
                        qufu.toString(),
                        "roles",
                        "SUPERVISOR",
                        "officerId",
                        officerId.toString(),
                        "password",
                        "Start2026pass"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        var handled = steps.anArchivedPenaltyCase(officerId);

        var partisan = StaffClient.anonymous(port);
        partisan.login(username, "Start2026pass");
        partisan.get("/console");
        var sample = draw(partisan, 1, 1L);
        sample = draw(partisan, sample.get("population").asInt(), 1L);
        assertThat(caseIds(sample)).contains(handled.toString());
        var path = "/api/supervision/evaluations/samples/" + sample.get("id").asText() + "/cases/" + handled;
        var refused = partisan.postJson(path, scores("FACTS_CLEAR", "0", ""));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(problem(refused).get("rule").asText()).isEqualTo("TOOK_PART_IN_THE_CASE");

        var console = partisan.get(
                "/console/supervision/evaluations/samples/" + sample.get("id").asText() + "/cases/" + handled);
        var fields = form();
        for (var code : JUDGED) {
            fields.put("deducted[" + code + "]", "0");
        }
        var page = partisan.postForm(
                "/console/supervision/evaluations/samples/" + sample.get("id").asText() + "/cases/" + handled, fields);
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("参与办理该案件的人员不得评查该案卷（回避）");
        // another supervisor of the county may
        assertThat(cases.staff("qufu-supervisor")
                        .postJson(path, scores("FACTS_CLEAR", "0", ""))
                        .statusCode())
                .isEqualTo(201);
    }

    // forms with BindingResult: field errors in Chinese, nothing written
    @Test
    void theConsoleDrawsAndScoresWithFieldErrorsForBadInput() throws Exception {
        var archived = steps.anArchivedPenaltyCase(cases.colleagueOf("qufu-officer"));
        var supervisor = cases.staff("qufu-supervisor");
        var overview = supervisor.get("/console/supervision/evaluations");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("随机抽取案卷", "行政处罚案卷评查标准");

        var notANumber = supervisor.postForm(
                "/console/supervision/evaluations/samples",
                form("unitId", qufu.toString(), "year", String.valueOf(year), "size", "三"));
        assertThat(notANumber.statusCode()).isEqualTo(200);
        assertThat(notANumber.body()).contains("请输入整数");
        var none = supervisor.postForm(
                "/console/supervision/evaluations/samples",
                form("unitId", qufu.toString(), "year", "2001", "size", "1"));
        assertThat(none.body()).contains("2001 年度该单位没有已办结的行政处罚案卷可供抽取");

        var population = draw(supervisor, 1, 3L).get("population").asInt();
        var drawn = supervisor.postFormAndFollow(
                "/console/supervision/evaluations/samples",
                form(
                        "unitId", qufu.toString(),
                        "year", String.valueOf(year),
                        "size", String.valueOf(population),
                        "seed", "42"));
        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(drawn.body()).contains("data-test=\"seed\">42<", archived.toString(), "待评查");
        var sampleId = drawn.uri().getPath().substring(drawn.uri().getPath().lastIndexOf('/') + 1);

        var scoring = "/console/supervision/evaluations/samples/" + sampleId + "/cases/" + archived;
        var form = supervisor.get(scoring);
        assertThat(form.body()).contains("事实清楚", "记录评查结果", "系统核查项目按提交时的记录计分");
        var fields = form();
        for (var code : JUDGED) {
            fields.put("deducted[" + code + "]", "0");
        }
        fields.put("deducted[DOCUMENTS_PROPER]", "3");
        var unexplained = supervisor.postForm(scoring, fields);
        assertThat(unexplained.statusCode()).isEqualTo(200);
        assertThat(unexplained.body()).contains("扣分的，须写明发现的问题。");
        fields.put("deducted[DOCUMENTS_PROPER]", "x");
        assertThat(supervisor.postForm(scoring, fields).body()).contains("格式不正确");
        assertThat(evaluation(supervisor, sampleId, archived).isNull()).isTrue();

        fields.put("deducted[DOCUMENTS_PROPER]", "3");
        fields.put("finding[DOCUMENTS_PROPER]", "处罚决定书未载明履行方式");
        var done = supervisor.postFormAndFollow(scoring, fields);
        assertThat(done.body()).contains("评查结果已记录", "data-test=\"score\">97.0<", "处罚决定书未载明履行方式", "优秀");
        var standard = supervisor.get("/console/supervision/evaluations/standard");
        assertThat(standard.body()).contains("data-test=\"total\">100.0<", "系统核查", "行政处罚法 第五十八条");
    }

    private JsonNode draw(StaffClient supervisor, int size, long seed) throws Exception {
        var response = supervisor.postJson(
                "/api/supervision/evaluations/samples",
                "{\"unitId\":\"%s\",\"year\":%d,\"size\":%d,\"seed\":%d}".formatted(qufu, year, size, seed));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    private JsonNode live(StaffClient client, UUID caseId) throws Exception {
        var response = client.getJson("/api/supervision/evaluations/cases/" + caseId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode evaluation(StaffClient supervisor, String sampleId, UUID caseId) throws Exception {
        var sample = JSON.readTree(supervisor
                .getJson("/api/supervision/evaluations/samples/" + sampleId)
                .body());
        for (var sampled : sample.get("cases")) {
            if (sampled.get("caseId").asText().equals(caseId.toString())) {
                return sampled.get("evaluation");
            }
        }
        throw new AssertionError("not in the sample: " + caseId);
    }

    private static JsonNode item(JsonNode live, String code) {
        for (var item : live.get("items")) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private static List<String> caseIds(JsonNode sample) {
        var ids = new ArrayList<String>();
        sample.get("cases").forEach(c -> ids.add(c.get("caseId").asText()));
        return ids;
    }

    private static JsonNode problem(java.net.http.HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    /** Every judged item at 0 but one, with its points off (exactly as written) and its finding. */
    private static String scores(String code, String deducted, String finding) {
        var points = new StringBuilder();
        for (var item : JUDGED) {
            points.append(points.isEmpty() ? "" : ",")
                    .append('"')
                    .append(item)
                    .append("\":")
                    .append(item.equals(code) ? deducted : "0");
        }
        return "{\"deducted\":{%s},\"finding\":{\"%s\":\"%s\"}}".formatted(points, code, finding);
    }
}
