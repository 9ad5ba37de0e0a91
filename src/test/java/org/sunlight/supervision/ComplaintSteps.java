package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Complaints in domain words, for HTTP tests: a citizen files one on the portal, a supervisor handles it. */
public final class ComplaintSteps {

    static final String QUFU = "370881";

    private static final Pattern CHALLENGE = Pattern.compile("请计算：(\\d+) \\+ (\\d+) = ？");
    private static final Pattern NUMBER = Pattern.compile("data-test=\"number\">([^<]+)<");
    private static final Pattern CODE = Pattern.compile("data-test=\"query-code\">([^<]+)<");
    private static final Pattern DUE = Pattern.compile("data-test=\"acknowledge-due\">([^<]+)<");
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    /** A complaint filed on the portal: its number and query code, and the day acceptance must be told by. */
    public record Filed(String number, String code, LocalDate acknowledgeDue) {}

    private final int port;
    private final JdbcClient db;

    public ComplaintSteps(int port, JdbcClient db) {
        this.port = port;
        this.db = db;
    }

    UUID unit(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    /** The portal's form fields of an anonymous complaint about the county. */
    public Map<String, String> anonymousAbout(String facts) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("unitId", unit(QUFU).toString());
        fields.put("anonymous", "true");
        fields.put("officer", "执法证号 37088100001");
        fields.put("facts", facts);
        return fields;
    }

    /** Opens the portal's form and posts the fields, answering its question right (unless an answer is given). */
    public HttpResponse<String> post(StaffClient citizen, Map<String, String> fields, String fileName, byte[] file) {
        var page = citizen.get("/portal/complaints");
        assertThat(page.statusCode()).isEqualTo(200);
        var all = new LinkedHashMap<>(fields);
        all.putIfAbsent("challengeAnswer", String.valueOf(answer(page.body())));
        return citizen.postMultipart("/portal/complaints", all, "attachments", fileName, "image/jpeg", file);
    }

    /** Files an anonymous complaint on the portal; fails the test unless a number and code come back. */
    public Filed fileAnonymously(StaffClient citizen, String facts) {
        return filed(post(citizen, anonymousAbout(facts), null, null));
    }

    public static Filed filed(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Filed(
                group(NUMBER, response.body()),
                group(CODE, response.body()),
                LocalDate.parse(group(DUE, response.body())));
    }

    static int answer(String page) {
        var matcher = CHALLENGE.matcher(page);
        assertThat(matcher.find()).as("the form asks its question").isTrue();
        return Integer.parseInt(matcher.group(1)) + Integer.parseInt(matcher.group(2));
    }

    public UUID idOf(String number) {
        return db.sql("select id from supervision.complaint where number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    long complaints() {
        return db.sql("select count(*) from supervision.complaint")
                .query(Long.class)
                .single();
    }

    /** Takes an act on the complaint page as a supervisor does, with the version the page shows. */
    HttpResponse<String> act(StaffClient supervisor, UUID id, String act, Map<String, String> fields) {
        var page = supervisor.get("/console/supervision/complaints/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        var all = new LinkedHashMap<>(fields);
        all.putIfAbsent("version", group(VERSION, page.body()));
        return supervisor.postFormAndFollow("/console/supervision/complaints/" + id + "/" + act, all);
    }

    /** A penalty case of the county filed, investigated, proposed and agreed by the legal review: a case to trace. */
    UUID aReviewedPenaltyCase() throws Exception {
        var steps = new org.sunlight.CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var leader = steps.staff("qufu-leader");
        var id = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(leader, id, "file", "{}");
        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "conclude-investigation", "{}");
        steps.act(officer, id, "propose", org.sunlight.CaseSteps.proposal("FINE", "120000", false));
        steps.act(officer, id, "submit-for-review", "{}");
        org.sunlight.ReviewSteps.agree(StaffClient.loggedIn(port, "qufu-reviewer"), id);
        return id;
    }

    /**
     * A simple-procedure penalty case of the county handled by qufu-officer with the second officer: the party told and
     * heard, fined 200 yuan on the spot, the fine paid, the decision reported for the record and the file archived — a
     * closed case file to evaluate.
     */
    public UUID anArchivedPenaltyCase(UUID secondOfficer) throws Exception {
        var steps = new org.sunlight.CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"SIMPLE_PENALTY","title":"公共场所未公示卫生许可证","summary":"现场检查发现",
                 "parties":[%s],"officerIds":["%s","%s"]}
                """
                        .formatted(
                                org.sunlight.CaseSteps.citizen("钱某某", org.sunlight.CaseSteps.PERSON_ID, "曲阜市鲁城街道"),
                                steps.officerOf("qufu-officer"),
                                secondOfficer));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var id = UUID.fromString(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(response.body())
                .get("id")
                .asText());
        var proposal = "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}";
        steps.act(
                officer,
                id,
                "inform-on-the-spot",
                "{\"proposal\":%s,\"companionId\":\"%s\",\"note\":\"已告知违法事实、处罚理由和依据，当事人陈述：无异议\"}"
                        .formatted(proposal, secondOfficer));
        steps.act(
                officer,
                id,
                "decide-on-the-spot",
                "{\"proposal\":%s,\"companionId\":\"%s\",\"note\":\"现场查见\"}".formatted(proposal, secondOfficer));
        steps.act(officer, id, "record-payment", "{}");
        steps.act(officer, id, "report-for-record", "{}");
        steps.act(officer, id, "archive", "{}");
        return id;
    }

    /** An accountability matter a supervisor opens on a leader's decision, about the case (or none); its id. */
    public static UUID aMatter(StaffClient supervisor, UUID caseId, String title) {
        supervisor.get("/console/supervision/accountability/new");
        var fields =
                new LinkedHashMap<>(StaffClient.form("source", "LEADER_DECISION", "title", title, "facts", "领导批示核查。"));
        if (caseId != null) {
            fields.put("caseId", caseId.toString());
        }
        var opened = supervisor.postFormAndFollow("/console/supervision/accountability", fields);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
        var path = opened.uri().getPath();
        return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
    }

    static String group(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }
}
