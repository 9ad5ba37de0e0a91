package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Issue 14, item 2, the unit dimension of the authorisation matrix: every route on a case, a document, a legal review, a
 * disclosure or a unit's figures (a route with {@code {caseId}} or {@code {unitId}}), called with real records of the
 * 曲阜 county that the test makes, by staff of another county (邹城) and of the superior unit (济宁 city), in every role
 * each has. {@link RoutePolicy} states it: staff see their own unit's records and their subordinate units' (a 404
 * beyond) and act only in their own unit's. So:
 *
 * <ul>
 *   <li>another county's staff get a 404 (or the role's 403) on every route, reading or writing;
 *   <li>the superior unit's staff read what their role may read (never a 404 for the county's record);
 *   <li>nothing any of them sends changes anything: the acts of the audit log (every change appends one) are the same
 *       before and after, and so are the county's case and its documents;
 *   <li>no answer is a server error.
 * </ul>
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

        var routes = new ArrayList<String[]>(); // method, the county's record's path, a made-up record's path
        for (var route : Routes.mapped(mappings)) {
            var path = concrete(route.pattern(), caseId, qufu, records);
            if (path != null) {
                routes.add(new String[] {route.method(), path, Routes.concrete(route.pattern())});
            }
        }
        assertThat(routes).as("routes on a record of the county").hasSizeGreaterThan(45);

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
        var actsBefore = auditedActs();
        var caseBefore = caseState(caseId);

        var mismatches = new ArrayList<String>();
        int checks = 0;
        for (var route : routes) {
            var method = HttpMethod.valueOf(route[0]);
            var policy = RoutePolicy.routeFor(method.name(), route[1]).orElseThrow();
            for (var caller : callers.entrySet()) {
                var username = caller.getKey();
                var role = role(username);
                boolean roleMay = policy.who() == RoutePolicy.Who.ANYONE
                        || policy.who() == RoutePolicy.Who.STAFF
                        || policy.roles().contains(role);
                var response = Routes.send(caller.getValue(), method, route[1]);
                checks++;
                int status = response.statusCode();
                var what = route[0] + " " + route[1] + " as " + username + ": " + status;
                if (status >= 500) {
                    mismatches.add(what + " (server error)");
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
                        && roleMay
                        && policy.level() == null
                        && status == 404
                        // the county's own staff reach it (a report not yet published is not found for anyone)
                        && Routes.send(ownUnit.get(role), method, route[1]).statusCode() != 404) {
                    mismatches.add(what + " (the superior unit reads its county's records)");
                }
            }
        }
        assertThat(checks).isGreaterThan(45 * callers.size());
        assertThat(mismatches).as("answers against the policy's unit rule").isEmpty();
        assertThat(auditedActs())
                .as("nothing sent by another unit's staff changed anything")
                .isEqualTo(actsBefore);
        assertThat(caseState(caseId)).isEqualTo(caseBefore);
    }

    private String one(String sql, UUID caseId) {
        return db.sql(sql).param(caseId).query(String.class).single();
    }

    /** The route with the county's records in its variables, or null when it is not a route on such a record. */
    private String concrete(String pattern, UUID caseId, UUID unit, Map<String, String> records) {
        if (!pattern.contains("{")) {
            return null;
        }
        String family = null;
        if (pattern.startsWith("/api/cases/{") || pattern.startsWith("/console/cases/{")) {
            family = "case";
        } else {
            for (var prefix : records.keySet()) {
                if (pattern.startsWith(prefix + "{")) {
                    family = prefix;
                }
            }
        }
        boolean unitRoute = pattern.contains("{unitId}");
        if (family == null && !unitRoute && !pattern.contains("{caseId}")) {
            return null;
        }
        var matcher = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (matcher.find()) {
            var name = matcher.group(1);
            String value =
                    switch (name) {
                        case "caseId" -> caseId.toString();
                        case "unitId" -> unit.toString();
                        case "year" -> String.valueOf(LocalDate.now(clock).getYear() - 1);
                        case "action" -> "file";
                        case "id" -> family == null
                                ? null
                                : family.equals("case") ? caseId.toString() : records.get(family);
                        default -> null;
                    };
            if (value == null) {
                return null; // a variable this test has no record for (a choice, an attachment, a step)
            }
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
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
