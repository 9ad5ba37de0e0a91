package org.sunlight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases over the JSON API in domain words, for HTTP tests: the demo county's people open cases, take actions and see
 * them refused.
 */
public final class CaseSteps {

    /** The demo clinic's unified social credit code, and a citizen's ID number; both check. */
    public static final String CLINIC_CODE = "91350100M000100Y43";

    public static final String PERSON_ID = "11010519491231002X";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final JdbcClient db;

    public CaseSteps(int port, JdbcClient db) {
        this.port = port;
        this.db = db;
    }

    /** The body of a {@code serve} act: served directly on the day, received the same day. */
    public static String servedOn(java.time.LocalDate day) {
        return "{\"reason\":\"执法记录仪故障\",\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"%s\"}".formatted(day);
    }

    /**
     * A licence granted and served: a licensing case of the county about the demo clinic (or, with {@code citizen}, a
     * citizen), received, accepted and proposed by the officer, granted by the leader until the day (行政许可法 第三十九条)
     * and served on {@code servedOn}.
     */
    public UUID licensedUntil(
            StaffClient officer,
            StaffClient leader,
            boolean citizen,
            java.time.LocalDate validUntil,
            java.time.LocalDate servedOn)
            throws Exception {
        var id = open(officer, "LICENSING", citizen, officerOf("qufu-officer"), officerOf("qufu-officer2"));
        grantAndServe(officer, leader, id, validUntil, servedOn);
        return id;
    }

    /** An open licensing case received, accepted, proposed, granted until the day and served on {@code servedOn}. */
    public void grantAndServe(
            StaffClient officer,
            StaffClient leader,
            UUID id,
            java.time.LocalDate validUntil,
            java.time.LocalDate servedOn)
            throws Exception {
        act(officer, id, "receive", "{}");
        act(officer, id, "accept", "{}");
        act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        act(leader, id, "grant-licence", "{\"validUntil\":\"" + validUntil + "\"}");
        act(officer, id, "serve", servedOn(servedOn));
    }

    /** A demo account logged in, its console opened once. */
    public StaffClient staff(String username) {
        var client = StaffClient.loggedIn(port, username);
        client.get("/console");
        return client;
    }

    /** A case of the procedure about the demo clinic (or, with {@code citizen}, a citizen), handled by the officers. */
    public UUID open(StaffClient officer, String procedure, boolean citizen, UUID... officerIds) throws Exception {
        var response = officer.postJson("/api/cases", openingBody(procedure, citizen, null, officerIds));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    /**
     * Opening a case about the demo clinic with the offence's days as recorded (行政处罚法 第三十六条), e.g.
     * {"on":"2024-01-05","continuing":false,"healthHarmed":true}; the answer is the API's, created or refused.
     */
    public java.net.http.HttpResponse<String> openWithViolation(
            StaffClient officer, String procedure, String violation, UUID... officerIds) {
        return officer.postJson("/api/cases", openingBody(procedure, false, violation, officerIds));
    }

    private static String openingBody(String procedure, boolean citizen, String violation, UUID... officerIds) {
        var ids = new StringBuilder();
        for (var officerId : officerIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(officerId).append('"');
        }
        var party = citizen
                ? "{\"kind\":\"INDIVIDUAL\",\"name\":\"孙某某\",\"identity\":\"" + PERSON_ID + "\"}"
                : "{\"kind\":\"ORGANISATION\",\"name\":\"曲阜市某某诊所\",\"identity\":\"" + CLINIC_CODE
                        + "\",\"address\":\"曲阜市鲁城街道\"}";
        return """
                {"procedure":"%s","title":"某某诊所未取得医疗机构执业许可证擅自执业","summary":"群众举报",
                 "parties":[%s],"officerIds":[%s]%s}
                """
                .formatted(procedure, party, ids, violation == null ? "" : ",\"violation\":" + violation);
    }

    /** The action is taken; its answer is the case as it now stands. */
    public JsonNode act(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The action is refused with a problem (4xx, application/problem+json); its answer is the problem. */
    public JsonNode refused(StaffClient client, UUID id, String action, String body) throws Exception {
        var response = client.postJson("/api/cases/" + id + "/actions/" + action, body);
        assertThat(response.statusCode()).as(action + ": " + response.body()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(response.body());
    }

    public JsonNode view(StaffClient client, UUID id) throws Exception {
        return JSON.readTree(client.getJson("/api/cases/" + id).body());
    }

    public String stage(StaffClient client, UUID id) throws Exception {
        return view(client, id).get("stage").asText();
    }

    /** A general penalty case of qufu-officer and a colleague, filed by the leader and under investigation. */
    public UUID investigating(StaffClient officer, StaffClient leader) throws Exception {
        var id = open(officer, "GENERAL_PENALTY", false, officerOf("qufu-officer"), colleagueOf("qufu-officer"));
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        return id;
    }

    /** The officer record behind a demo account. */
    public UUID officerOf(String username) {
        return db.sql("select officer_id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    /** Another officer of the unit whose certificate lets them act in penalty cases today. */
    public UUID colleagueOf(String username) {
        return db.sql(
                        """
                        select o.id from organization.officer o
                        join organization.user_account a on a.unit_id = o.unit_id and a.username = :username
                        where o.active and not o.revoked and o.expires_on > current_date
                          and o.annual_review_status = 'PASSED' and 'PENALTY' = any(o.categories)
                          and o.id <> a.officer_id
                        order by o.certificate_no limit 1
                        """)
                .param("username", username)
                .query(UUID.class)
                .single();
    }

    /** A proposal body: the kind, and the amount exactly as written (null for none). */
    public static String proposal(String kind, String amount, boolean complex) {
        return "{\"proposal\":{\"kind\":\"" + kind + "\"" + (amount == null ? "" : ",\"fine\":" + amount)
                + ",\"text\":\"拟作出处理\",\"major\":" + complex + "}}";
    }

    /** A party as the API takes it: a citizen by name and ID number, with an address. */
    public static String citizen(String name, String idNumber, String address) {
        return "{\"kind\":\"INDIVIDUAL\",\"name\":\"%s\",\"identity\":\"%s\",\"address\":\"%s\"}"
                .formatted(name, idNumber, address);
    }

    /**
     * A simple-procedure case about the party, handled by the account's officer (lead) and a colleague certified today:
     * the two officers 行政处罚法 第四十二条 wants on the spot.
     */
    public UUID openOnTheSpot(StaffClient officer, String username, String title, String summary, String party)
            throws Exception {
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"SIMPLE_PENALTY","title":"%s","summary":"%s","parties":[%s],"officerIds":["%s","%s"]}
                """
                        .formatted(title, summary, party, officerOf(username), colleagueOf(username)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    /**
     * The party told the intended penalty and heard (行政处罚法 第四十四条、第四十五条), then the decision made and delivered
     * on the spot (第五十二条), both by the account's officer with the colleague: the answer is the decided case.
     *
     * @param proposal the proposal as a JSON object ({"kind":"FINE","fine":200,...})
     * @param note the decision's note, or null
     */
    public JsonNode decideOnTheSpot(StaffClient officer, String username, UUID id, String proposal, String note)
            throws Exception {
        var companion = colleagueOf(username);
        act(
                officer,
                id,
                "inform-on-the-spot",
                "{\"proposal\":%s,\"companionId\":\"%s\",\"note\":\"已告知违法事实、处罚理由和依据，当事人陈述：无异议\"}"
                        .formatted(proposal, companion));
        return act(
                officer,
                id,
                "decide-on-the-spot",
                "{\"proposal\":%s,\"companionId\":\"%s\"%s}"
                        .formatted(proposal, companion, note == null ? "" : ",\"note\":\"" + note + "\""));
    }

    /** {@link #openOnTheSpot} then {@link #decideOnTheSpot}: a case decided on the spot. */
    public UUID decidedOnTheSpot(
            StaffClient officer, String username, String title, String summary, String party, String proposal)
            throws Exception {
        var id = openOnTheSpot(officer, username, title, summary, party);
        decideOnTheSpot(officer, username, id, proposal, "现场查见");
        return id;
    }

    /** The title and frozen HTML of the case's documents of the kind, as issued (several joined by a space). */
    public String document(UUID id, String kind) {
        return db.sql("select string_agg(title || ' ' || html, ' ' order by issued_at) from records.document"
                        + " where case_id = ? and kind = ?")
                .params(id, kind)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** A case under investigation concluded: the officers discuss it and the proposal is theirs to make. */
    public UUID inDiscussion(StaffClient officer, StaffClient leader) throws Exception {
        var id = investigating(officer, leader);
        act(officer, id, "conclude-investigation", "{}");
        return id;
    }

    /**
     * As {@link #inDiscussion}, for a case opened under the enforcement item (its discretion standard and the lists that
     * name the item apply to it).
     */
    public UUID inDiscussionAbout(StaffClient officer, StaffClient leader, String itemCode) throws Exception {
        var body = (ObjectNode) JSON.readTree(
                openingBody("GENERAL_PENALTY", false, null, officerOf("qufu-officer"), colleagueOf("qufu-officer")));
        body.put("itemCode", itemCode);
        var response = officer.postJson("/api/cases", body.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var id = UUID.fromString(JSON.readTree(response.body()).get("id").asText());
        act(leader, id, "file", "{}");
        act(officer, id, "begin-investigation", "{}");
        act(officer, id, "conclude-investigation", "{}");
        return id;
    }

    /** The running or met deadline of the rule in the case's view, or null when it has none. */
    public static JsonNode deadline(JsonNode view, String rule) {
        for (var deadline : view.get("deadlines")) {
            if (deadline.get("rule").asText().equals(rule)) {
                return deadline;
            }
        }
        return null;
    }

    /**
     * An officer of the account's unit who is not on the case: one the organ may designate to preside over its hearing
     * (行政处罚法 第六十四条第四项).
     */
    public UUID notOnTheCase(String username, UUID caseId) {
        return db.sql(
                        """
                        select o.id from organization.officer o
                        join organization.user_account a on a.unit_id = o.unit_id and a.username = :username
                        where o.active
                          and o.id not in (select officer_id from cases.case_officer where case_id = :case)
                        order by o.certificate_no limit 1
                        """)
                .param("username", username)
                .param("case", caseId)
                .query(UUID.class)
                .single();
    }

    /** Where the demo unit holds its hearings: the 听证通知书 names it (行政处罚法 第六十四条第二项). */
    public static final String HEARING_PLACE = "曲阜市卫生健康局三楼听证室";

    /** A request for a hearing on the day, presided over by an officer of the unit who is not on the case. */
    public String hearingRequest(UUID caseId, java.time.LocalDate hearingOn) {
        return "{\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"hearingPlace\":\"%s\"}"
                .formatted(hearingOn, notOnTheCase("qufu-officer", caseId), HEARING_PLACE);
    }

    /**
     * The JSON body of an act that writes a structured record (行政处罚法 第五十五条), carrying it under its name ({@code
     * inquiry}, {@code siteRecord}) with the reason written instead of a recording.
     */
    public static String withRecord(String name, ObjectNode record) {
        var body = JSON.createObjectNode();
        body.put("reason", "执法记录仪故障");
        body.set(name, record);
        return body.toString();
    }

    /** A complete 询问笔录 of the demo clinic's head that ended an hour before {@code now}, who refused to sign. */
    public static ObjectNode inquiry(UUID asker, UUID recorder, LocalDateTime now) {
        var inquiry = record(now, "曲阜市某诊所办公室", recorder, "认为记录不全");
        inquiry.put("intervieweeName", "王某某");
        inquiry.put("intervieweeIdNumber", PERSON_ID);
        inquiry.put("intervieweeRelation", "诊所负责人");
        inquiry.put("askerId", asker.toString());
        var exchanges = inquiry.putArray("exchanges");
        exchanges.addObject().put("question", "你是否知道诊所未取得医疗机构执业许可证？").put("answer", "知道，正在办理。");
        exchanges.addObject().put("question", "诊所何时开始诊疗活动？").put("answer", "2026年3月起，每天约十名患者。");
        return inquiry;
    }

    /**
     * A complete 现场检查笔录 of the demo clinic that ended an hour before {@code now}, its head and a nurse present, the
     * party refusing to sign.
     */
    public static ObjectNode siteRecord(UUID inspector, UUID recorder, LocalDateTime now) {
        var record = record(now, "曲阜市某诊所诊疗室", recorder, "认为不需要许可证");
        record.put("inspectorId", inspector.toString());
        var present = record.putArray("present");
        present.addObject().put("name", "王某某").put("idNumber", PERSON_ID).put("role", "诊所负责人");
        present.addObject().put("name", "赵某").put("role", "护士");
        record.put("inspected", "诊所执业许可证、诊疗科目及药品储存情况");
        record.put("findings", "诊疗室内有患者两名，正在输液；现场未见医疗机构执业许可证。");
        return record;
    }

    /** What both records share: the place, two hours to one hour ago, the recorder, and the refusal to sign. */
    private static ObjectNode record(LocalDateTime now, String place, UUID recorder, String refusal) {
        var at = now.withSecond(0).withNano(0);
        var record = JSON.createObjectNode();
        record.put("place", place);
        record.put("startedAt", at.minusHours(2).toString());
        record.put("endedAt", at.minusHours(1).toString());
        record.put("recorderId", recorder.toString());
        record.put("signed", false);
        record.put("refusalReason", refusal);
        return record;
    }
}
