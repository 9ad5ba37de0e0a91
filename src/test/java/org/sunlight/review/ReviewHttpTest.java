package org.sunlight.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.ReviewSteps;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * The legal review over HTTP (L1-L6): versions of the package and their opinions, resubmission, coordination, a
 * suspected crime, who may be assigned, and the gate on a major decision through every path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewHttpTest {

    static final String CLINIC_CODE = "91350100M000100Y43";

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

    @Autowired
    WorkingDays workingDays;

    @Test
    void problemsFoundThenAResubmissionAgreedLetsTheMajorDecisionBeMade() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        assertThat(view(officer, id).get("proposalMajorRule").asText()).isEqualTo("对法人或其他组织处以较大数额罚款");

        act(officer, id, "submit-for-review", "{\"note\":\"请审核\"}");
        var first = ReviewSteps.history(officer, id).get("versions").get(0).get("submission");
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("reviewer").asText()).startsWith("qufu-reviewer");
        assertThat(first.get("dueOn").asText())
                .isEqualTo(workingDays.addWorkingDays(today, 5).due().toString());
        assertThat(first.get("reviewPackage").get("fine").decimalValue()).isEqualByComparingTo("150000");
        assertThat(first.get("reviewPackage").get("statement").asText()).isEqualTo("请审核");
        assertThat(first.get("reviewPackage").get("documents").toString()).contains("立案");

        ReviewSteps.problems(officer, id, "SHYS-06", "罚款数额未说明适用的裁量情节");
        assertThat(stage(view(officer, id))).isEqualTo("case-discussion");
        var refused = actRefused(officer, id, "notify", "{}");
        assertThat(refused.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");

        act(officer, id, "propose", proposal(100000));
        act(officer, id, "submit-for-review", "{\"note\":\"已按审核意见修改\"}");
        ReviewSteps.agree(officer, id);
        assertThat(stage(view(officer, id))).isEqualTo("collective-discussion");

        var history = ReviewSteps.history(officer, id);
        assertThat(history.get("versions")).hasSize(2);
        var v1 = history.get("versions").get(0);
        var v2 = history.get("versions").get(1);
        assertThat(v1.get("opinion").get("verdict").asText()).isEqualTo("PROBLEMS_FOUND");
        assertThat(v1.get("opinion").get("checklist").toString()).contains("罚款数额未说明适用的裁量情节");
        assertThat(v1.get("submission").get("reviewPackage").get("fine").decimalValue())
                .isEqualByComparingTo("150000");
        assertThat(v2.get("opinion").get("verdict").asText()).isEqualTo("AGREE");
        assertThat(v2.get("submission").get("reviewPackage").get("fine").decimalValue())
                .isEqualByComparingTo("100000");

        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "notify", "{}");
        act(officer, id, "record-statement", "{\"waived\":true}");
        act(officer, id, "close-statement", "{}");
        assertThat(stage(act(leader, id, "decide", "{}"))).isEqualTo("decided");

        // the opinion prints as the 法制审核意见书
        var pdf = officer.download(
                "/console/reviews/" + v1.get("submission").get("id").asText() + "/opinion.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("法制审核意见书", "存在问题", "罚款数额未说明适用的裁量情节");
        }
    }

    @Test
    void thePackageCarriesTheLegalBasisAndTheStoredEvidence() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = openCase(officer, officerOf("qufu-officer"), officerOf("qufu-officer2"));
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        // a photo taken at the site, stored through the resumable upload
        var photo = "现场照片".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var started = officer.postJson(
                "/api/cases/" + id + "/evidence/uploads", "{\"fileName\":\"现场照片.jpg\",\"size\":" + photo.length + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var stored = officer.send(
                java.net.http.HttpRequest.newBuilder(officer.uri(StaffClient.location(started)))
                        .header("Upload-Offset", "0")
                        .header("Content-Type", "application/offset+octet-stream")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofByteArray(photo)),
                false);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        act(officer, id, "conclude-investigation", "{}");
        var band = db.sql(
                        """
                        select e.data ->> 'fineMin', e.data ->> 'legalBasis' from catalog.list_entry e
                        join catalog.list_version v on v.id = e.version_id
                        where v.kind = 'DISCRETION_STANDARDS' and v.status = 'PUBLISHED'
                          and e.data ->> 'itemCode' = '370881-XZCF-001' and e.data ->> 'circumstance' = '一般'
                        """)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        act(
                officer,
                id,
                "propose",
                """
                {"proposal":{"kind":"FINE","fine":%s,"text":"罚款","major":true,
                 "itemCode":"370881-XZCF-001","circumstance":"一般"}}
                """
                        .formatted(band[0]));
        act(officer, id, "submit-for-review", "{}");

        var reviewPackage = ReviewSteps.history(officer, id)
                .get("versions")
                .get(0)
                .get("submission")
                .get("reviewPackage");
        assertThat(reviewPackage.get("legalBasis").asText()).isEqualTo(band[1]);
        assertThat(reviewPackage.get("evidence").toString()).contains("现场照片.jpg");
        assertThat(officer.get("/console/reviews/cases/" + id).body()).contains("现场照片.jpg", band[1]);
    }

    @Test
    void statisticsCountReviewsProblemsAndProposalsChangedByReview() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var supervisor = staff("qufu-supervisor");
        var before = qufuThisMonth(supervisor);

        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        act(officer, id, "submit-for-review", "{}");
        ReviewSteps.problems(officer, id, "SHYS-03", "违法所得数额不清");
        act(officer, id, "propose", proposal(120000));
        act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(officer, id);

        var after = qufuThisMonth(supervisor);
        assertThat(after.get("reviews").asLong() - count(before, "reviews")).isEqualTo(2);
        assertThat(after.get("problems").asLong() - count(before, "problems")).isEqualTo(1);
        assertThat(after.get("changedByReview").asLong() - count(before, "changedByReview"))
                .isEqualTo(1);
        assertThat(after.get("longestHours").decimalValue()).isNotNegative();
    }

    @Test
    void aReviewerNeverReviewsACaseTheyHandleAndReviewsGoToTheLeastLoaded() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        // qufu-reviewer2 is also the officer 孙… on this case
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-reviewer2");
        act(officer, id, "submit-for-review", "{}");
        var submission = ReviewSteps.history(officer, id).get("versions").get(0).get("submission");
        assertThat(submission.get("reviewer").asText()).isEqualTo("qufu-reviewer");
        assertThat(ReviewSteps.history(officer, id).get("eligible").toString()).doesNotContain("qufu-reviewer2");

        var refused = leader.postJson(
                "/api/reviews/" + submission.get("id").asText() + "/assignment", "{\"reviewer\":\"qufu-reviewer2\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json.readTree(refused.body()).get("field").asText()).isEqualTo("reviewer");
        assertThat(json.readTree(refused.body()).get("detail").asText()).contains("不是本案承办人员");

        // with both eligible, the review goes to whoever holds fewer open reviews
        var open = openLoads();
        var other = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        act(officer, other, "submit-for-review", "{}");
        var chosen = ReviewSteps.history(officer, other)
                .get("versions")
                .get(0)
                .get("submission")
                .get("reviewer")
                .asText();
        var otherReviewer = chosen.equals("qufu-reviewer") ? "qufu-reviewer2" : "qufu-reviewer";
        assertThat(open.getOrDefault(chosen, 0L)).isLessThanOrEqualTo(open.getOrDefault(otherReviewer, 0L));
    }

    @Test
    void onlyTheAssignedReviewerWritesAndEveryElementIsAnswered() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        act(officer, id, "submit-for-review", "{}");
        var reviewer = ReviewSteps.assignedReviewer(officer, id);
        var other = staff(reviewerName(reviewer, id).equals("qufu-reviewer") ? "qufu-reviewer2" : "qufu-reviewer");
        var history = ReviewSteps.history(reviewer, id);
        var submissionId = ReviewSteps.latestSubmission(reviewer, id);
        var path = "/api/reviews/" + submissionId + "/opinion";

        var notAssigned = other.postJson(path, ReviewSteps.opinion(history, "AGREE", null, false));
        assertThat(notAssigned.statusCode()).isEqualTo(403);
        assertThat(json.readTree(notAssigned.body()).get("rule").asText()).isEqualTo("ASSIGNED_REVIEWER");

        var missing = reviewer.postJson(
                path, "{\"verdict\":\"AGREE\",\"text\":\"同意\",\"checklist\":[{\"code\":\"SHYS-01\",\"pass\":true}]}");
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(json.readTree(missing.body()).get("field").asText()).isEqualTo("checklist.SHYS-02");
        assertThat(json.readTree(missing.body()).get("detail").asText()).contains("执法人员是否具备执法资格");

        var agreeWithProblem = reviewer.postJson(path, ReviewSteps.opinion(history, "AGREE", "SHYS-04=证据不足", false));
        assertThat(json.readTree(agreeWithProblem.body()).get("field").asText()).isEqualTo("verdict");

        var problemWithoutComment =
                reviewer.postJson(path, ReviewSteps.opinion(history, "PROBLEMS_FOUND", "SHYS-04=", false));
        assertThat(json.readTree(problemWithoutComment.body()).get("field").asText())
                .isEqualTo("checklist.SHYS-04");

        var badVerdict = reviewer.postJson(path, "{\"verdict\":\"MAYBE\",\"text\":\"x\"}");
        assertThat(badVerdict.statusCode()).isEqualTo(400);

        assertThat(stage(view(officer, id)))
                .as("refused opinions changed nothing")
                .isEqualTo("legal-review");
        assertThat(ReviewSteps.history(officer, id)
                        .get("versions")
                        .get(0)
                        .get("opinion")
                        .isNull())
                .isTrue();
    }

    @Test
    void theGateHoldsWhateverThePath() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        act(officer, id, "submit-for-review", "{}");
        var reviewer = ReviewSteps.assignedReviewer(officer, id);

        // the API call skipping the review page
        var skipped = actRefused(reviewer, id, "review-agreed", "{}");
        assertThat(skipped.get("rule").asText()).isEqualTo("REVIEW_OPINION_WRITTEN");
        assertThat(skipped.get("detail").asText()).contains("书面审核意见");

        // the page's form posted by hand, without the opinion
        reviewer.get("/console/cases/" + id);
        var page = reviewer.postFormAndFollow(
                "/console/cases/" + id + "/actions/review-agreed", StaffClient.form("note", "同意"));
        assertThat(page.body()).contains("书面审核意见");
        assertThat(stage(view(officer, id))).isEqualTo("legal-review");

        // two opinions racing: one is kept, the other is told it came second
        var history = ReviewSteps.history(reviewer, id);
        var path = "/api/reviews/" + ReviewSteps.latestSubmission(reviewer, id) + "/opinion";
        var body = ReviewSteps.opinion(history, "AGREE", null, false);
        var pool = Executors.newFixedThreadPool(2);
        var tasks = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 2; i++) {
            tasks.add(() -> reviewer.postJson(path, body).statusCode());
        }
        var statuses = new ArrayList<Integer>();
        for (var future : pool.invokeAll(tasks)) {
            statuses.add(future.get());
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        assertThat(view(officer, id).get("acts").toString()).containsOnlyOnce("review-agreed");

        // after the agreement, changing the proposal needs a new review
        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "propose", proposal(160000));
        assertThat(actRefused(officer, id, "notify", "{}").get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");

        // and no SQL can decide it: the database refuses an unreviewed major decision
        assertThatThrownBy(() -> db.sql("update cases.enforcement_case set stage = 'decided' where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("only with the legal review's check");
        assertThat(stage(view(officer, id))).isEqualTo("case-discussion");
    }

    @Test
    void aLeadersCoordinationLetsTheProposalProceedAndAnswersForIt() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        var early = actRefused(officer, id, "request-coordination", "{\"reason\":\"不同意\"}");
        assertThat(early.get("rule").asText()).isEqualTo("OPINION_DISPUTED");

        act(officer, id, "submit-for-review", "{}");
        ReviewSteps.problems(officer, id, "SHYS-06", "裁量过重");
        var noReason = actRefused(officer, id, "request-coordination", "{}");
        assertThat(noReason.get("rule").asText()).isEqualTo("REASON_GIVEN");
        act(officer, id, "request-coordination", "{\"reason\":\"当事人多次违法，裁量适当\"}");
        assertThat(stage(view(officer, id))).isEqualTo("coordination");
        act(leader, id, "coordinate-proceed", "{\"reason\":\"经协调，维持原处理意见\"}");
        assertThat(stage(view(officer, id))).isEqualTo("collective-discussion");

        var coordination = ReviewSteps.history(officer, id).get("coordinations").get(0);
        assertThat(coordination.get("requestedBy").asText()).isEqualTo("qufu-officer");
        assertThat(coordination.get("outcome").asText()).isEqualTo("PROCEED");
        assertThat(coordination.get("decidedBy").asText()).isEqualTo("qufu-leader");
        assertThat(coordination.get("outcomeReason").asText()).isEqualTo("经协调，维持原处理意见");

        act(leader, id, "discuss-collectively", "{}");
        act(officer, id, "notify", "{}");
        act(officer, id, "record-statement", "{\"waived\":true}");
        act(officer, id, "close-statement", "{}");
        assertThat(stage(act(leader, id, "decide", "{}"))).isEqualTo("decided");
    }

    @Test
    void aSuspectedCrimeGoesToTransferNotToADecision() throws Exception {
        var officer = staff("qufu-officer");
        var leader = staff("qufu-leader");
        var id = proposedCase(officer, leader, 150000, "qufu-officer", "qufu-officer2");
        act(officer, id, "submit-for-review", "{}");
        assertThat(actRefused(leader, id, "transfer", "{}").get("rule").asText())
                .isEqualTo("SUSPECTED_CRIME_FOUND");

        var reviewer = ReviewSteps.assignedReviewer(officer, id);
        var history = ReviewSteps.history(reviewer, id);
        var response = reviewer.postJson(
                "/api/reviews/" + ReviewSteps.latestSubmission(reviewer, id) + "/opinion",
                ReviewSteps.opinion(history, "PROBLEMS_FOUND", "SHYS-10=非法行医造成就诊人死亡，涉嫌非法行医罪", true));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var held = view(officer, id);
        assertThat(stage(held)).isEqualTo("legal-review");

        var transferred = act(leader, id, "transfer", "{}");
        assertThat(stage(transferred)).isEqualTo("transferred");
        assertThat(transferred.get("acts").toString()).contains("TRANSFER_LETTER");
    }

    @Test
    void unitsBelowTheReviewerShareAreFlagged() throws Exception {
        var supervisor = staff("city-supervisor");
        var staffing = json.readTree(supervisor.getJson("/api/reviews/staffing").body());
        JsonNode zoucheng = null;
        JsonNode qufu = null;
        for (var unit : staffing) {
            if (unit.get("unitName").asText().contains("邹城")) {
                zoucheng = unit;
            }
            if (unit.get("unitName").asText().contains("曲阜")) {
                qufu = unit;
            }
        }
        assertThat(zoucheng).isNotNull();
        assertThat(zoucheng.get("reviewers").asLong()).isZero();
        assertThat(zoucheng.get("below").asBoolean()).isTrue();
        assertThat(qufu.get("below").asBoolean()).isFalse();

        var console = supervisor.get("/console").body();
        assertThat(console).contains("邹城市卫生健康局 的法制审核人员不足执法人员的 5%");
        var page = supervisor.get("/console/reviews/staffing").body();
        assertThat(page).contains("不足", "达标");
    }

    @Test
    void aReviewInAUnitWithoutReviewersWaitsUnassigned() throws Exception {
        var officer = staff("zoucheng-officer");
        var leader = staff("zoucheng-leader");
        var second = db.sql(
                        """
                        select o.id from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = '370883' and o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                          and o.id <> (select officer_id from organization.user_account where username = 'zoucheng-officer')
                        order by o.certificate_no limit 1
                        """)
                .query(UUID.class)
                .single();
        var id = openCase(officer, officerOf("zoucheng-officer"), second);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", "{\"proposal\":{\"kind\":\"FINE\",\"fine\":50000,\"text\":\"罚款\",\"major\":true}}");
        act(officer, id, "submit-for-review", "{}");
        var submission = ReviewSteps.history(officer, id).get("versions").get(0).get("submission");
        assertThat(submission.get("reviewer").isNull()).isTrue();
        assertThat(leader.get("/console/reviews").body()).contains("未指派");
    }

    private JsonNode qufuThisMonth(StaffClient supervisor) throws Exception {
        var rows = json.readTree(supervisor.getJson("/api/reviews/statistics").body());
        var month = today.toString().substring(0, 7);
        for (var row : rows) {
            if (row.get("month").asText().equals(month)) {
                return row;
            }
        }
        return json.createObjectNode();
    }

    private static long count(JsonNode row, String field) {
        return row.has(field) ? row.get(field).asLong() : 0;
    }

    private java.util.Map<String, Long> openLoads() {
        var loads = new java.util.HashMap<String, Long>();
        db.sql("select reviewer, count(*) from review.submission where answered_at is null and reviewer is not null"
                        + " group by reviewer")
                .query((rs, n) -> loads.put(rs.getString(1), rs.getLong(2)))
                .list();
        return loads;
    }

    private String reviewerName(StaffClient someone, UUID id) throws Exception {
        return ReviewSteps.history(someone, id)
                .get("versions")
                .get(0)
                .get("submission")
                .get("reviewer")
                .asText();
    }

    private UUID proposedCase(StaffClient officer, StaffClient leader, int fine, String... officerLogins)
            throws Exception {
        var officerIds = new UUID[officerLogins.length];
        for (int i = 0; i < officerLogins.length; i++) {
            officerIds[i] = officerOf(officerLogins[i]);
        }
        var id = openCase(officer, officerIds);
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        act(officer, id, "propose", proposal(fine));
        return id;
    }

    private UUID openCase(StaffClient officer, UUID... officerIds) throws Exception {
        var ids = new StringBuilder();
        for (var officerId : officerIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(officerId).append('"');
        }
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"某诊所超范围执业",
                 "summary":"日常监督检查发现",
                 "parties":[{"kind":"ORGANISATION","name":"某某诊所","identity":"%s","address":"鲁城街道"}],
                 "officerIds":[%s]}
                """
                        .formatted(CLINIC_CODE, ids));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(json.readTree(response.body()).get("id").asText());
    }

    private JsonNode act(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode actRefused(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isBetween(400, 499);
        return json.readTree(response.body());
    }

    private JsonNode view(StaffClient client, UUID id) throws Exception {
        return json.readTree(client.getJson("/api/cases/" + id).body());
    }

    private static String stage(JsonNode view) {
        return view.get("stage").asText();
    }

    private static String proposal(int fine) {
        return "{\"proposal\":{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"罚款" + fine + "元\",\"major\":false}}";
    }

    private UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }
}
