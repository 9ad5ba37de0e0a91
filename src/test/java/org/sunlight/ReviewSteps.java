package org.sunlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** The reviewer's side of a case over the review API, for tests that need a case reviewed on the way. */
public final class ReviewSteps {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewSteps() {}

    /** The case's review history as the staff member sees it. */
    public static JsonNode history(StaffClient staff, UUID caseId) throws Exception {
        var response = staff.getJson("/api/reviews/cases/" + caseId);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The latest submission's id. */
    public static String latestSubmission(StaffClient staff, UUID caseId) throws Exception {
        var versions = history(staff, caseId).get("versions");
        assertThat(versions).as("the case was submitted for review").isNotEmpty();
        return versions.get(versions.size() - 1).get("submission").get("id").asText();
    }

    /** The assigned reviewer (whoever it is) agrees, every element passing. */
    public static JsonNode agree(StaffClient reviewer, UUID caseId) throws Exception {
        return write(reviewer, caseId, "AGREE", null, false);
    }

    /** The assigned reviewer finds a problem with the element ({@code SHYS-06}, say). */
    public static JsonNode problems(StaffClient reviewer, UUID caseId, String elementCode, String comment)
            throws Exception {
        return write(reviewer, caseId, "PROBLEMS_FOUND", elementCode + "=" + comment, false);
    }

    /** The opinion body: every element of the unit's list passing, except the one named "CODE=comment". */
    public static String opinion(JsonNode history, String verdict, String problem, boolean suspectedCrime) {
        var body = JSON.createObjectNode();
        body.put("verdict", verdict);
        body.put("suspectedCrime", suspectedCrime);
        body.put("text", "AGREE".equals(verdict) ? "经审核，事实清楚，证据充分，同意。" : "经审核，存在问题，请修改后重新提交。");
        var checklist = body.putArray("checklist");
        for (var element : history.get("elements")) {
            ObjectNode answer = checklist.addObject();
            answer.put("code", element.get("code").asText());
            boolean fails =
                    problem != null && problem.startsWith(element.get("code").asText() + "=");
            answer.put("pass", !fails);
            if (fails) {
                answer.put("comment", problem.substring(problem.indexOf('=') + 1));
            }
        }
        return body.toString();
    }

    /** The reviewer the latest submission went to, logged in (reviews are assigned by load, so tests ask). */
    public static StaffClient assignedReviewer(StaffClient someone, UUID caseId) throws Exception {
        var versions = history(someone, caseId).get("versions");
        var reviewer = versions.get(versions.size() - 1).get("submission").get("reviewer");
        assertThat(reviewer.isNull()).as("a reviewer was assigned").isFalse();
        var client = StaffClient.loggedIn(someone.uri("/").getPort(), reviewer.asText());
        client.get("/console");
        return client;
    }

    private static JsonNode write(StaffClient someone, UUID caseId, String verdict, String problem, boolean crime)
            throws Exception {
        var reviewer = assignedReviewer(someone, caseId);
        var history = history(reviewer, caseId);
        var versions = history.get("versions");
        var id = versions.get(versions.size() - 1).get("submission").get("id").asText();
        var response = reviewer.postJson("/api/reviews/" + id + "/opinion", opinion(history, verdict, problem, crime));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }
}
