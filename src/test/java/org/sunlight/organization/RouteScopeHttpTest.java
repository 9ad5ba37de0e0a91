package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.sunlight.CaseSteps;
import org.sunlight.Routes;
import org.sunlight.StaffClient;
import org.sunlight.evidence.EvidenceFixtures;
import org.sunlight.inspection.InspectionSteps;
import org.sunlight.supervision.ComplaintSteps;

/**
 * Issue 14, item 2, the unit dimension of the authorisation matrix: every route that names a record or a unit, read
 * from the application's route table, called with real records of the 曲阜 county that the test makes, by staff of
 * another county (邹城) and of the superior unit (济宁 city), in every role each has. The families: cases, documents,
 * legal reviews, disclosures (and their redaction choices), a unit's figures, evidence files, uploads and their content
 * (asked with {@code Range}), recording devices and the device standard, complaints and their attachments, accountability matters, the
 * double-random inspection's subjects, plans, tasks, draws and drawn subjects, the public lists and the flags (their unit
 * a parameter), the audit log's entries and records, officers, the administration's units, bodies, officers and
 * accounts, case-file evaluation samples and the yearly assessment's grades. A route variable the test has no record for
 * fails it, so a new family cannot slip past; the routes it leaves out are listed with their reason ({@link #EXCLUDED},
 * anonymous public routes).
 *
 * <p>{@link RoutePolicy} states the rule: staff see their own unit's records and their subordinate units' (a 404 beyond)
 * and act only in their own unit's, except where a superior unit keeps what is below it by design: an administrator
 * keeps the units, bodies, officers and accounts below (AdminScope), a supervisor handles the complaints about the units
 * below and their accountability matters (ComplaintDesk.maySupervise). So:
 *
 * <ul>
 *   <li>another county's staff get a 404 (or the role's 403) on every route, reading or writing;
 *   <li>the superior unit's staff read what their role may read (never a 404 for the county's record, but for an
 *       upload under way, which is its uploader's);
 *   <li>nothing any of them sends changes anything: the acts of the audit log (every change appends one) are the same
 *       before and after, and so are the county's case, its documents and every row of the other families;
 *   <li>no answer is a server error.
 * </ul>
 *
 * <p>Where a row names other units ({@link RoutePolicy.Reach}), the matrix holds the row to it: the superior unit gets
 * past the unit check where the unit and the units above act (a case file it evaluates, a measure it records, the grade
 * it gave and makes final); a grade is given to the county by the city, so the county's own staff are callers too on the
 * assessment's routes: they read their grade, and the assessing unit's acts answer them 403; only the one assessed (for
 * the county, its leader) states and defends, everyone else gets a 403 (another county a 404).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteScopeHttpTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^{}]*)?}");

    /** The accounts of another county and of the superior unit, each holding one role. */
    private static final List<String> OTHER_COUNTY =
            List.of("zoucheng-officer", "zoucheng-leader", "zoucheng-admin", "zoucheng-supervisor");

    private static final List<String> SUPERIOR =
            List.of("city-officer", "city-leader", "city-admin", "city-reviewer", "city-supervisor");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void anotherCountySeesNoneOfACountysRecordsAndTheSuperiorUnitReadsThemWithoutActing() throws Exception {
        var steps = new CaseSteps(port, db);
        var officer = steps.staff("qufu-officer");
        var caseId = steps.open(
                officer, "GENERAL_PENALTY", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        var qufu = db.sql("select unit_id from cases.enforcement_case where id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();

        // a major proposal sent to the legal review, and a minor fine decided: its documents and its disclosure
        var leader = steps.staff("qufu-leader");
        var reviewed = steps.inDiscussion(officer, leader);
        steps.act(officer, reviewed, "propose", CaseSteps.proposal("FINE", "150000", false));
        steps.act(officer, reviewed, "submit-for-review", "{}");
        var decided = steps.inDiscussion(officer, leader);
        steps.act(officer, decided, "propose", CaseSteps.proposal("FINE", "3000", false));
        steps.act(officer, decided, "notify", "{}");
        steps.act(officer, decided, "close-statement", "{\"waived\":true}");
        steps.act(leader, decided, "decide", "{}");

        var records = new LinkedHashMap<String, String>(); // the start of a family's routes, and its record
        var document = one("select id from records.document where case_id = ? order by issued_at limit 1", decided);
        records.put("/api/documents/", document);
        records.put("/console/documents/", document);
        var submission = one("select id from review.submission where case_id = ? limit 1", reviewed);
        records.put("/api/reviews/", submission);
        records.put("/console/reviews/", submission);
        var disclosure = one("select id from disclosure.disclosure_entry where case_id = ? limit 1", decided);
        records.put("/api/disclosures/", disclosure);
        records.put("/console/disclosures/", disclosure);

        // evidence: a file uploaded whole and an upload under way, in a case under investigation
        var evidence = new EvidenceFixtures(port, db);
        var investigated = evidence.caseInInvestigation(officer, leader);
        var file = evidence.upload(officer, investigated, "现场.mp4", EvidenceFixtures.video(4096), null, 4096);
        records.put("/api/evidence/", file.get("id").asText());
        records.put("/console/evidence/", file.get("id").asText());
        var upload = evidence.start(officer, investigated, "询问.mp4", 8192, null);
        records.put("/api/evidence/uploads/", upload.substring(upload.lastIndexOf('/') + 1));
        // a recording device of the county
        var device = evidence.registerDevice(steps.staff("qufu-admin"), qufu, "MATRIX-" + UUID.randomUUID())
                .toString();
        records.put("/api/devices/", device);
        records.put("/console/devices/", device);
        // a complaint about the county, filed on the portal with a photo
        var complaints = new ComplaintSteps(port, db);
        var filed = ComplaintSteps.filed(complaints.post(
                StaffClient.anonymous(port),
                complaints.anonymousAbout("执法人员未出示执法证件"),
                "现场.jpg",
                "JPEG-bytes-of-the-scene".getBytes(StandardCharsets.UTF_8)));
        var complaint = complaints.idOf(filed.number()).toString();
        records.put("/console/supervision/complaints/", complaint);
        // an accountability matter about the county's case, opened by its supervisor
        records.put(
                "/console/supervision/accountability/",
                ComplaintSteps.aMatter(steps.staff("qufu-supervisor"), decided, "执法文书制作不规范的责任追究")
                        .toString());
        // double-random inspection: a subject of the county's pool, a published plan, its task and a finished draw
        var draw = InspectionSteps.aFinishedDraw(
                steps.staff("qufu-admin"), 2050, LocalDate.now(clock), "3210.5"); // a year no other test plans for
        records.put("/console/inspection/draws/", draw.toString());
        var task = one("select task_id from inspection.draw where id = ?", draw);
        records.put("/console/inspection/tasks/", task);
        records.put(
                "/console/inspection/plans/",
                one("select plan_id from inspection.task where id = ?", UUID.fromString(task)));
        records.put(
                "/console/inspection/subjects/",
                one("select id from inspection.subject where unit_id = ? order by name limit 1", qufu));
        // the county's own unit, body, officer and account, as its administration keeps them
        records.put("/admin/units/", qufu.toString());
        records.put(
                "/admin/bodies/", one("select id from organization.enforcement_body where unit_id = ? limit 1", qufu));
        var officer2 = steps.officerOf("qufu-officer2").toString();
        records.put("/admin/officers/", officer2);
        records.put("/api/officers/", officer2);
        records.put(
                "/admin/accounts/",
                db.sql("select id::text from organization.user_account where username = 'qufu-officer2'")
                        .query(String.class)
                        .single());
        // a public list of the county, named by its kind (the unit is the request's parameter)
        records.put("/console/lists/", "items");
        // a case-file evaluation sample of the county's closed files of this year, drawn by its supervisor
        complaints.anArchivedPenaltyCase(steps.officerOf("qufu-officer2"));
        var drawn = steps.staff("qufu-supervisor")
                .postJson(
                        "/api/supervision/evaluations/samples",
                        "{\"unitId\":\"%s\",\"year\":%d,\"size\":1,\"seed\":14}"
                                .formatted(qufu, LocalDate.now(clock).getYear()));
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        var sample = JSON.readTree(drawn.body());
        records.put(
                "/console/supervision/evaluations/samples/", sample.get("id").asText());
        records.put("/api/supervision/evaluations/samples/", sample.get("id").asText());
        // the county's grade of a year, given by the city (实施方案 三(四)1) and still open to the county's statement
        var graded = steps.staff("city-supervisor")
                .postJson(
                        "/api/supervision/assessments",
                        "{\"unitId\":\"%s\",\"year\":%d,\"legalTest\":88,\"normativeTest\":91.5}"
                                .formatted(qufu, ASSESSED_YEAR));
        assertThat(graded.statusCode()).as(graded.body()).isEqualTo(201);
        var assessment =
                JSON.readTree(graded.body()).get("assessment").get("id").asText();
        records.put("/console/supervision/assessments/", assessment);
        records.put("/api/supervision/assessments/", assessment);

        // the other variables, by name
        var variables = new LinkedHashMap<String, String>();
        variables.put("caseId", caseId.toString());
        variables.put("unitId", qufu.toString());
        variables.put("year", String.valueOf(LocalDate.now(clock).getYear() - 1));
        variables.put("action", "file");
        variables.put("act", "accept");
        variables.put("step", "publish");
        variables.put("number", "1");
        variables.put("model", "ACT_WITHOUT_A_VALID_CERTIFICATE");
        variables.put("recordId", document);
        variables.put(
                "attachmentId",
                one(
                        "select id from supervision.complaint_attachment where complaint_id = ?",
                        UUID.fromString(complaint)));
        variables.put(
                "subjectId", one("select subject_id from inspection.draw_subject where draw_id = ? limit 1", draw));
        var qufuAdmin = steps.staff("qufu-admin");
        var chosen = qufuAdmin.postJson(
                "/api/disclosures/" + disclosure + "/redactions", "{\"kind\":\"ADD\",\"text\":\"鲁城街道\"}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(201);
        variables.put(
                "choiceId",
                one("select id from disclosure.redaction_choice where entry_id = ?", UUID.fromString(disclosure)));
        variables.put("index", integratedIndexOf(caseId));
        variables.put("sampledCaseId", sample.get("cases").get(0).get("caseId").asText());

        var routes = new ArrayList<String[]>(); // method, the county's record's path, a made-up record's, pattern
        var unfilled = new ArrayList<String>();
        for (var route : Routes.mapped(mappings)) {
            if (!route.pattern().contains("{") && !UNIT_SETTINGS.contains(route.pattern())) {
                continue; // no record named: what the caller reaches is their own units' (RoutePolicyHttpTest)
            }
            var policy = RoutePolicy.declared(HttpMethod.valueOf(route.method()), route.pattern())
                    .orElseThrow(() -> new AssertionError("no policy row for " + route));
            if (excluded(route.pattern(), policy)) {
                continue;
            }
            var path = concrete(route.pattern(), records, variables, unfilled);
            if (path != null) {
                // a list and a model's flags name their unit in a parameter
                var query = route.pattern().startsWith("/console/lists/")
                                || route.pattern().startsWith("/api/supervision/flags/")
                        ? "?unit=" + qufu
                        : "";
                routes.add(new String[] {
                    route.method(), path + query, Routes.concrete(route.pattern()) + query, route.pattern()
                });
            }
        }
        assertThat(unfilled)
                .as("route variables this test has no record for: make one, or exclude the route with its reason")
                .isEmpty();
        assertThat(routes).as("routes on a record of the county").hasSizeGreaterThan(120);

        var callers = new LinkedHashMap<String, StaffClient>();
        var ownUnit = new LinkedHashMap<Role, StaffClient>();
        for (var role : Role.values()) {
            ownUnit.put(role, steps.staff("qufu-" + role.name().toLowerCase()));
        }
        for (var username : OTHER_COUNTY) {
            callers.put(username, steps.staff(username));
        }
        for (var username : SUPERIOR) {
            callers.put(username, steps.staff(username));
        }
        for (var username : ASSESSED_UNIT) {
            callers.put(username, steps.staff(username));
        }
        var actsBefore = auditedActs();
        var caseBefore = caseState(caseId);
        var recordsBefore = countyRecords(qufu);

        var mismatches = new ArrayList<String>();
        int checks = 0;
        for (var route : routes) {
            var method = HttpMethod.valueOf(route[0]);
            var policy = RoutePolicy.declared(method, route[3]).orElseThrow();
            for (var caller : callers.entrySet()) {
                var username = caller.getKey();
                if (ASSESSED_UNIT.contains(username) && ASSESSMENTS.stream().noneMatch(route[3]::startsWith)) {
                    continue; // the county's own staff are callers only where another unit gives the record
                }
                var role = role(username);
                if (method != HttpMethod.GET && route[1].startsWith("/admin/") && SUPERIOR.contains(username)) {
                    // a superior unit's administrator keeps the units, bodies, officers and accounts below it
                    // (AdminScope): acting there is theirs by design, and would lock the county's staff out here
                    continue;
                }
                boolean roleMay = policy.who() == RoutePolicy.Who.ANYONE
                        || policy.who() == RoutePolicy.Who.STAFF
                        || policy.roles().contains(role);
                var response = route[1].endsWith("/content")
                        ? ranged(caller.getValue(), route[1])
                        : Routes.send(caller.getValue(), method, route[1]);
                checks++;
                int status = response.statusCode();
                var what = route[0] + " " + route[1] + " as " + username + ": " + status;
                var reach = policy.reach();
                if (status >= 500) {
                    mismatches.add(what + " (server error)");
                } else if (reach == RoutePolicy.Reach.THE_ONE_ASSESSED && !OTHER_COUNTY.contains(username)) {
                    // the county's leader states for the county; no one else, of the county or above it
                    if (username.equals(THE_ONE_ASSESSED) ? status == 403 || status == 404 : status != 403) {
                        mismatches.add(what + " (only the one assessed states: " + THE_ONE_ASSESSED + ")");
                    }
                } else if (ASSESSED_UNIT.contains(username)) {
                    // the unit assessed reads its grade, and what the assessing unit does answers it 403
                    if (method == HttpMethod.GET && status == 404) {
                        mismatches.add(what + " (the unit assessed reads its grade)");
                    } else if (reach == RoutePolicy.Reach.ASSESSING_UNIT && roleMay && status != 403) {
                        mismatches.add(what + " (only the assessing unit makes the grade final: 403 expected)");
                    }
                } else if (SUPERIOR.contains(username)
                        && roleMay
                        && (reach == RoutePolicy.Reach.UNIT_AND_ABOVE || reach == RoutePolicy.Reach.ASSESSING_UNIT)) {
                    // the unit above acts here by design: past the unit check (the empty request stops at its fields
                    // or at the record's state, changing nothing)
                    if (status == 403) {
                        mismatches.add(what + " (the unit above acts here: " + reach + ")");
                    }
                } else if (SUPERIOR.contains(username)
                        && roleMay
                        && method != HttpMethod.GET
                        && reach == RoutePolicy.Reach.OWN_UNIT
                        && route[1].startsWith("/api/")) {
                    // the unit above reads the county's record and does not act on it: refused as such (403; 404 for
                    // what is one person's own, an upload under way), before the request's fields are read, so that a
                    // well-formed request would be refused too
                    if (status != 403 && status != 404) {
                        mismatches.add(what + " (the unit above does not act here: 403 before the fields)");
                    }
                } else if (OTHER_COUNTY.contains(username)) {
                    // a 404, the role's 403, or the answer a record that does not exist gets (which tells nothing)
                    if (status != 404
                            && !(status == 403 && (!roleMay || policy.level() != null))
                            && status
                                    != Routes.send(caller.getValue(), method, route[2])
                                            .statusCode()) {
                        mismatches.add(what + " (another county's record: 404 expected)");
                    }
                } else if (method == HttpMethod.GET
                        && !OWN_ONLY.stream().anyMatch(route[3]::startsWith)
                        && roleMay
                        && policy.level() == null
                        && status == 404
                        // the county's own staff reach it (a report not yet published is not found for anyone)
                        && Routes.send(ownUnit.get(role), method, route[1]).statusCode() != 404) {
                    mismatches.add(what + " (the superior unit reads its county's records)");
                }
            }
        }
        // a file sent to the county's list: refused before it is read, by the superior unit's administrator with the
        // reason (only the unit's own administrator draws up its lists), by another county's as not found
        var sheet = "PK-not-a-sheet".getBytes(StandardCharsets.UTF_8);
        var xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        var importPath = "/console/lists/items/import?unit=" + qufu;
        assertThat(callers.get("zoucheng-admin")
                        .upload(importPath, "清单.xlsx", xlsx, sheet)
                        .statusCode())
                .isEqualTo(404);
        var cityImport = callers.get("city-admin").upload(importPath, "清单.xlsx", xlsx, sheet);
        assertThat(cityImport.statusCode()).isEqualTo(302);
        var back = java.net.URI.create(StaffClient.location(cityImport));
        assertThat(callers.get("city-admin")
                        .get(back.getRawPath() + "?" + back.getRawQuery())
                        .body())
                .contains("只有本单位系统管理员可以编制清单");
        assertThat(checks).isGreaterThan(45 * callers.size());
        assertThat(mismatches).as("answers against the policy's unit rule").isEmpty();
        assertThat(auditedActs())
                .as("nothing sent by another unit's staff changed anything")
                .isEqualTo(actsBefore);
        assertThat(caseState(caseId)).isEqualTo(caseBefore);
        assertThat(countyRecords(qufu))
                .as("the county's evidence, devices, complaints, inspection, lists, administration, samples, grades")
                .isEqualTo(recordsBefore);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    /** The county's own staff, called on the routes of a record another unit gives it (the city's grade of it). */
    private static final List<String> ASSESSED_UNIT =
            List.of("qufu-officer", "qufu-leader", "qufu-admin", "qufu-supervisor");

    /** Who states and defends on the county's grade: a leader of the county (AssessmentGrades.isTheOneAssessed). */
    private static final String THE_ONE_ASSESSED = "qufu-leader";

    /** The routes of a grade the city gives the county. */
    private static final List<String> ASSESSMENTS =
            List.of("/console/supervision/assessments/", "/api/supervision/assessments/");

    /** The year of the county's grade: one no other test grades the county for (a unit is graded once a year). */
    private static final int ASSESSED_YEAR = 2001;

    /** Records that only their own unit reads: an upload under way is its uploader's ({@code Evidence.ownUpload}). */
    private static final List<String> OWN_ONLY = List.of("/api/evidence/uploads/");

    /**
     * Routes without a record of their own that still hold for a unit: the device standard counts every unit's devices,
     * and only the province's administrators set it (a county's or the city's administrator gets the role's 403).
     */
    private static final Set<String> UNIT_SETTINGS = Set.of("/api/devices/standard", "/console/devices/standard");

    /**
     * Routes with variables this matrix leaves out, and why. Every other route's variables must be filled with a record
     * of the county, or the test fails: a new family of records cannot slip past.
     */
    private static final Map<String, String> EXCLUDED = Map.ofEntries(Map.entry(
            "/console/supervision/warnings/",
            "a warning case is published on the portal: no secret to another unit, whose supervisor gets a 403"
                    + " for its withdrawal (WarningCaseHttpTest)"));

    /**
     * Whether the route is left out: an anonymous public route shows the same to everyone, logged in or not, so it has
     * no unit dimension (the portal's own tests cover it) unless it names a unit's figures ({@code {unitId}}, kept);
     * the others are listed in {@link #EXCLUDED} with their reason.
     */
    private static boolean excluded(String pattern, RoutePolicy.Route policy) {
        if (policy.who() == RoutePolicy.Who.ANYONE && !pattern.contains("{unitId}")) {
            return true;
        }
        return EXCLUDED.keySet().stream().anyMatch(pattern::startsWith);
    }

    private String one(String sql, UUID caseId) {
        return db.sql(sql).param(caseId).query(String.class).single();
    }

    /**
     * The route with the county's records in its variables: {@code {id}} (and a list's {@code {slug}}, a task's
     * {@code {taskId}}) by the family the route's path starts with, the others by name. A variable it has nothing for
     * is added to {@code unfilled} (and the route left out), which fails the test.
     */
    private static String concrete(
            String pattern, Map<String, String> records, Map<String, String> variables, List<String> unfilled) {
        var matcher = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        var family = pattern.substring(0, pattern.indexOf('{') < 0 ? pattern.length() : pattern.indexOf('{'));
        while (matcher.find()) {
            var name = matcher.group(1);
            String value;
            if (family.startsWith("/api/cases/") || family.startsWith("/console/cases/")) {
                value = name.equals("id") ? variables.get("caseId") : variables.get(name);
            } else if (family.contains("/evaluations/samples/") && name.equals("caseId")) {
                value = records.get(family) == null ? null : variables.get("sampledCaseId"); // a file the sample drew
            } else if (name.equals("id") || name.equals("slug") || name.equals("taskId")) {
                value = records.get(family);
            } else {
                value = variables.get(name);
            }
            if (value == null) {
                unfilled.add(pattern + " {" + name + "}");
                return null;
            }
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** An evidence file's content asked for in part, as a player seeks ({@code Range}, RFC 9110 §14.2). */
    private static java.net.http.HttpResponse<String> ranged(StaffClient client, String path) {
        return client.send(
                java.net.http.HttpRequest.newBuilder(client.uri(path))
                        .header("Range", "bytes=0-99")
                        .GET(),
                false);
    }

    /** The log index of an entry about the case, once the integrator has taken it into the tree (every second). */
    private String integratedIndexOf(UUID caseId) throws InterruptedException {
        for (int tries = 0; tries < 300; tries++) {
            var index = db.sql(
                            """
                            select min(l.leaf_index)::text from audit.leaf l join audit.entry e on e.id = l.entry_id
                            where e.case_id = ? and e.kind <> 'RETRIEVAL'
                            """)
                    .param(caseId)
                    .query(String.class)
                    .optional();
            if (index.isPresent()) {
                return index.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no entry of the case was integrated in 30 s");
    }

    /** The county's records in the families beyond cases, by table: the rows and a digest of them (any change shows). */
    private String countyRecords(UUID unit) {
        var state = new StringBuilder();
        for (var table : List.of(
                "evidence.upload",
                "evidence.file",
                "evidence.device",
                "inspection.subject",
                "inspection.plan",
                "inspection.task",
                "inspection.draw",
                "supervision.complaint",
                "supervision.accountability",
                "supervision.evaluation_sample",
                "supervision.case_evaluation",
                "supervision.assessment",
                "catalog.list_version",
                "organization.enforcement_body",
                "organization.officer",
                "organization.user_account")) {
            state.append(table)
                    .append(": ")
                    .append(db.sql(
                                    "select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from "
                                            + table + " t where t.unit_id = ?")
                            .param(unit)
                            .query(String.class)
                            .single())
                    .append('\n');
        }
        for (var sql : List.of(
                "select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from evidence.device_standard t",
                "select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from organization.unit t where t.id = ?",
                """
                select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from disclosure.redaction_choice t
                join disclosure.disclosure_entry e on e.id = t.entry_id where e.unit_id = ?
                """,
                """
                select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from inspection.draw_subject t
                join inspection.draw d on d.id = t.draw_id where d.unit_id = ?
                """,
                """
                select count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from supervision.assessment_statement t
                join supervision.assessment a on a.id = t.assessment_id where a.unit_id = ?
                """)) {
            var query = db.sql(sql);
            state.append(sql.substring(sql.indexOf(" from ") + 6).strip().split("\\s")[0])
                    .append(": ")
                    .append((sql.contains("?") ? query.param(unit) : query)
                            .query(String.class)
                            .single())
                    .append('\n');
        }
        return state.toString();
    }

    private static Role role(String username) {
        return Role.valueOf(username.substring(username.indexOf('-') + 1).toUpperCase());
    }

    /** How many entries of each kind of act the audit log holds (refusals and retrievals change nothing). */
    private Map<String, Long> auditedActs() {
        var counts = new LinkedHashMap<String, Long>();
        db
                .sql("select kind, count(*) from audit.entry group by kind order by kind")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .filter(entry -> !entry.getKey().contains("REFUS")
                        && !entry.getKey().contains("RETRIEV")
                        && !entry.getKey().contains("LOGIN"))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private String caseState(UUID caseId) {
        return db.sql(
                        """
                        select c.stage || ' ' || (select count(*) from cases.case_act a where a.case_id = c.id) || ' '
                            || (select count(*) from records.document d where d.case_id = c.id)
                        from cases.enforcement_case c where c.id = ?
                        """)
                .param(caseId)
                .query(String.class)
                .single();
    }
}
