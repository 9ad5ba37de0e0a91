package org.sunlight.organization;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;
import static org.sunlight.organization.Role.ADMIN;
import static org.sunlight.organization.Role.LEADER;
import static org.sunlight.organization.Role.OFFICER;
import static org.sunlight.organization.Role.REVIEWER;
import static org.sunlight.organization.Role.SUPERVISOR;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call each route of the product: the one table the security configuration enforces (issue 14, item 2).
 *
 * <p>Every controller route appears here with its method and its exact pattern; {@code RoutePolicyHttpTest} reads the
 * application's route table and fails on a route without a row, then checks every row for anonymous callers and each
 * role over HTTP. A row says who may <em>call</em> the route: anyone, any logged-in staff member, or the holders of
 * one of the roles named. Which records the caller reaches is decided behind the route, by unit: staff see their own
 * unit's records and their subordinate units' (a 404 beyond), and act only in their own unit's (refusal
 * {@code OWN_UNIT_ACTS} and the like).
 *
 * <p>A request no row matches (an unknown address) needs a login, so that a route added without a row is closed to
 * the public while the test reports it.
 */
@Component
public class RoutePolicy implements AuthorizationManager<RequestAuthorizationContext> {

    /** Who may call a route. */
    public enum Who {
        /** Everyone, logged in or not: the portal, the public API, the login page. */
        ANYONE,
        /** Any logged-in staff member, whatever the role. */
        STAFF,
        /** Logged-in staff holding one of the named roles. */
        ROLES
    }

    /**
     * Which units' staff the row's callers act for on the record the route names, where it is not the general rule:
     * staff act on their own unit's records, the units above read them, any other unit gets a 404. Each value is
     * checked over HTTP by {@code RouteScopeHttpTest}.
     */
    public enum Reach {
        /** The general rule: the record's own unit acts; the units above read; others get a 404. */
        OWN_UNIT(""),
        /** The record's unit and the units above it act (a superior unit keeps it by design). */
        UNIT_AND_ABOVE("the unit and the units above"),
        /**
         * An assessment given: a unit is assessed by a unit above it, never by itself; an officer by their own unit or
         * a unit above (实施方案 三(四)1, 组织对本部门…所属行政执法人员进行评议考核).
         */
        ASSESSES("a unit by the units above it, an officer by the officer's unit or above"),
        /** A grade given: the assessing unit and the units above it act; the unit assessed reads it, never changes it. */
        ASSESSING_UNIT("the assessing unit and above; the unit assessed reads"),
        /** Only the one the assessment is about: the officer, or for a unit its leader (陈述申辩). */
        THE_ONE_ASSESSED("the one assessed: the officer, or the unit's leader");

        private final String description;

        Reach(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One row: the method, the route's exact pattern as its controller maps it, who may call it, for a setting that
     * holds for the whole province the unit level the caller's unit must have (null: any level), and which units act.
     */
    public record Route(
            HttpMethod method,
            String pattern,
            Who who,
            Set<Role> roles,
            UnitLevel level,
            Reach reach,
            PathPattern parsed) {

        /** The row with the units that act named, where they are not the general rule. */
        Route reaching(Reach units) {
            return new Route(method, pattern, who, roles, level, units, parsed);
        }

        public boolean allows(Authentication authentication) {
            return switch (who) {
                case ANYONE -> true;
                case STAFF -> loggedIn(authentication);
                case ROLES -> loggedIn(authentication)
                        && authentication.getAuthorities().stream().anyMatch(authority -> roles.stream()
                                .anyMatch(role -> ("ROLE_" + role.name()).equals(authority.getAuthority())))
                        && (level == null
                                || authentication.getPrincipal() instanceof StaffUser user
                                        && user.getUnitLevel() == level);
            };
        }

        /** How the route table of docs/api.md names it. */
        public String describe() {
            var callers =
                    switch (who) {
                        case ANYONE -> "anyone";
                        case STAFF -> "staff";
                        case ROLES -> String.join(
                                        ", ", roles.stream().map(Role::name).toList())
                                + (level == null ? "" : " (" + level.name().toLowerCase(java.util.Locale.ROOT) + ")");
                    };
            return reach == Reach.OWN_UNIT ? callers : callers + " — " + reach.description();
        }

        private static boolean loggedIn(Authentication authentication) {
            return authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
        }
    }

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private static Route anyone(HttpMethod method, String pattern) {
        return new Route(method, pattern, Who.ANYONE, Set.of(), null, Reach.OWN_UNIT, PARSER.parse(pattern));
    }

    private static Route staff(HttpMethod method, String pattern) {
        return new Route(method, pattern, Who.STAFF, Set.of(), null, Reach.OWN_UNIT, PARSER.parse(pattern));
    }

    private static Route only(HttpMethod method, String pattern, Role first, Role... more) {
        return new Route(
                method,
                pattern,
                Who.ROLES,
                Set.copyOf(EnumSet.of(first, more)),
                null,
                Reach.OWN_UNIT,
                PARSER.parse(pattern));
    }

    /** A role of the province's unit only: a setting that holds for every unit of the province alike. */
    private static Route provinceOnly(HttpMethod method, String pattern, Role role) {
        return new Route(
                method, pattern, Who.ROLES, Set.of(role), UnitLevel.PROVINCE, Reach.OWN_UNIT, PARSER.parse(pattern));
    }

    /**
     * The roles a case action's transition may name ({@code Procedures}); which of them may take a given action in a
     * given stage is the transition's own check behind the route.
     */
    private static final Role[] CASE_ACTORS = {REVIEWER, LEADER, ADMIN};

    private static final List<Route> ROUTES = List.of(
            // the portal and the public API (公示): open to everyone
            anyone(GET, "/"),
            anyone(GET, "/login"),
            anyone(GET, "/error"),
            anyone(POST, "/error"),
            anyone(GET, "/portal/{slug}"),
            anyone(GET, "/portal/{slug}/changes"),
            anyone(GET, "/portal/service-guides/{code:(?!changes$)[A-Za-z0-9._-]+}"),
            anyone(GET, "/portal/procedure-charts"),
            anyone(GET, "/portal/procedure-charts/{slug}"),
            anyone(GET, "/portal/procedure-charts/{slug}/chart.svg"),
            anyone(GET, "/portal/document-samples"),
            anyone(GET, "/portal/document-samples/{slug}"),
            anyone(GET, "/portal/random-inspection-results"),
            anyone(GET, "/portal/random-inspection-results/draws/{id}"),
            anyone(
                    GET,
                    "/portal/random-inspection-results/draws/{id}/{name:snapshot|rules|commitment|seed|outcome|rematches}.txt"),
            anyone(GET, "/portal/audit/records/{recordId}"),
            anyone(GET, "/portal/officers"),
            anyone(GET, "/portal/certificates"),
            anyone(GET, "/portal/annual-reports"),
            anyone(GET, "/portal/annual-reports/{unitId}/{year}"),
            anyone(GET, "/portal/annual-reports/{unitId}/{year}/report.pdf"),
            anyone(GET, "/portal/annual-reports/{unitId}/{year}/report.xlsx"),
            anyone(GET, "/portal/results"),
            anyone(GET, "/portal/results/{id}"),
            anyone(GET, "/portal/results/how-to-verify"),
            // one unit's portal, /u/{division code}/… (issue 18, point 11): the home page and its own lists
            anyone(GET, "/u/{unitCode}"),
            anyone(GET, "/u/{unitCode}/portal/{slug}"),
            anyone(GET, "/u/{unitCode}/portal/{slug}/changes"),
            anyone(GET, "/u/{unitCode}/portal/service-guides/{code:(?!changes$)[A-Za-z0-9._-]+}"),
            anyone(GET, "/u/{unitCode}/portal/officers"),
            anyone(GET, "/u/{unitCode}/portal/results"),
            anyone(GET, "/u/{unitCode}/portal/annual-reports"),
            anyone(GET, "/u/{unitCode}/portal/random-inspection-results"),
            // the three systems' implementation plan and the responsibility list as portal sections (issue 18, point
            // 11)
            anyone(GET, "/portal/implementation-plan"),
            anyone(GET, "/u/{unitCode}/portal/implementation-plan"),
            anyone(GET, "/portal/responsibility-list"),
            anyone(GET, "/u/{unitCode}/portal/responsibility-list"),
            // the responsibility system on the portal: complaint channels and form, progress by number and code,
            // the powers-to-posts list (A2, A6)
            anyone(GET, "/portal/complaints"),
            anyone(POST, "/portal/complaints"),
            anyone(GET, "/portal/complaints/progress"),
            anyone(GET, "/portal/responsibility"),
            anyone(GET, "/feeds/results.atom"),
            anyone(GET, "/api/public/{slug}"),
            anyone(GET, "/api/public/officers"),
            anyone(GET, "/api/public/certificates/{certificateNo}"),
            anyone(GET, "/api/public/annual-reports"),
            anyone(GET, "/api/public/annual-reports/{unitId}/{year}"),
            anyone(GET, "/api/public/results"),
            anyone(GET, "/api/public/results/{id}"),
            anyone(GET, "/api/public/random-inspection/plans"),
            anyone(GET, "/api/public/random-inspection/draws"),
            anyone(GET, "/api/public/random-inspection/draws/{id}"),
            anyone(GET, "/api/public/random-inspection/results"),
            anyone(GET, "/api/public/calendar/add-working-days"),
            anyone(GET, "/api/public/calendar/working-day"),
            anyone(GET, "/api/transparency/sth"),
            anyone(GET, "/api/transparency/sths"),
            anyone(GET, "/api/transparency/proof/inclusion"),
            anyone(GET, "/api/transparency/proof/consistency"),
            anyone(GET, "/api/transparency/public-key"),
            anyone(GET, "/api/transparency/public-keys"),
            anyone(GET, "/api/transparency/records/{recordId}"),
            // the API's description
            anyone(GET, "/v3/api-docs"),
            anyone(GET, "/v3/api-docs/swagger-config"),
            anyone(GET, "/v3/api-docs.yaml"),
            anyone(GET, "/v3/api-docs/{group}"),
            anyone(GET, "/v3/api-docs.yaml/{group}"),
            anyone(GET, "/swagger-ui.html"),
            // static files and health, served outside the controllers
            anyone(GET, "/webjars/**"),
            anyone(GET, "/css/**"),
            anyone(GET, "/js/**"),
            anyone(GET, "/images/**"),
            anyone(GET, "/favicon.ico"),
            // the console as an installed web app: its manifest, its worker (the static shell) and its offline page
            anyone(GET, "/manifest.webmanifest"),
            anyone(GET, "/sw.js"),
            anyone(GET, "/offline.html"),
            anyone(GET, "/swagger-ui/**"),
            anyone(GET, "/actuator/health"),
            anyone(GET, "/actuator/health/**"),
            // the console: every staff member reads what their units hold
            staff(GET, "/console"),
            staff(GET, "/console/password"),
            staff(POST, "/console/password"),
            only(GET, "/console/second-factor", ADMIN, LEADER),
            only(POST, "/console/second-factor", ADMIN, LEADER),
            staff(GET, "/console/lists"),
            staff(GET, "/console/lists/{slug}"),
            staff(GET, "/console/lists/{slug}/export"),
            staff(GET, "/console/lists/{slug}/versions/{number}"),
            only(GET, "/console/lists/{slug}/entries/form", ADMIN),
            only(POST, "/console/lists/{slug}/draft", ADMIN),
            only(POST, "/console/lists/{slug}/submit", ADMIN),
            only(POST, "/console/lists/{slug}/discard", ADMIN),
            only(POST, "/console/lists/{slug}/merged", ADMIN),
            only(POST, "/console/lists/bodies/from-registry", ADMIN),
            only(POST, "/console/lists/{slug}/import", ADMIN),
            only(POST, "/console/lists/{slug}/entries", ADMIN),
            only(POST, "/console/lists/{slug}/entries/delete", ADMIN),
            only(POST, "/console/lists/{slug}/approve", REVIEWER),
            only(POST, "/console/lists/{slug}/return", REVIEWER),
            staff(GET, "/console/lists/amendments"),
            only(POST, "/console/lists/amendments", ADMIN),
            // cases: officers open them; each action's transition names who takes it
            staff(GET, "/console/cases"),
            only(GET, "/console/cases/new", OFFICER),
            only(POST, "/console/cases", OFFICER),
            staff(GET, "/console/cases/{id}"),
            only(POST, "/console/cases/{id}/actions/{action}", OFFICER, CASE_ACTORS),
            // an action's address opened again (reloaded) shows the case
            staff(GET, "/console/cases/{id}/actions/{action}"),
            staff(GET, "/console/cases/{id}/archive.zip"),
            staff(GET, "/api/cases"),
            only(POST, "/api/cases", OFFICER),
            staff(GET, "/api/cases/{id}"),
            only(POST, "/api/cases/{id}/actions/{action}", OFFICER, CASE_ACTORS),
            // documents: leaders correct them (行政处罚法 第七十五条 corrections by the deciding organ)
            staff(GET, "/console/cases/{caseId}/documents"),
            staff(GET, "/console/documents/{id}"),
            staff(GET, "/console/documents/{id}/pdf"),
            staff(GET, "/api/cases/{caseId}/documents"),
            staff(GET, "/api/documents/{id}"),
            only(POST, "/api/documents/{id}/corrections", LEADER),
            // evidence: officers and leaders record, everyone who sees the case reads
            staff(GET, "/console/cases/{id}/evidence"),
            staff(GET, "/console/cases/{id}/evidence/summary"),
            staff(GET, "/console/evidence/{id}"),
            only(GET, "/console/evidence/exemptions", SUPERVISOR, LEADER),
            staff(GET, "/api/cases/{caseId}/evidence"),
            only(POST, "/api/cases/{caseId}/evidence/uploads", OFFICER, LEADER),
            only(GET, "/api/evidence/uploads/{id}", OFFICER, LEADER),
            only(PATCH, "/api/evidence/uploads/{id}", OFFICER, LEADER),
            staff(GET, "/api/evidence/{id}"),
            staff(GET, "/api/evidence/{id}/content"),
            // recording devices: administrators and leaders keep them, the unit's own and the units' above (a unit
            // above equips the units below: its registration form offers them); the standard is the province's
            staff(GET, "/console/devices"),
            only(POST, "/console/devices", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/console/devices/{id}/issue", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/console/devices/{id}/return", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/console/devices/{id}/status", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            provinceOnly(POST, "/console/devices/standard", ADMIN),
            staff(GET, "/api/devices"),
            staff(GET, "/api/devices/{id}"),
            staff(GET, "/api/devices/ratios"),
            only(POST, "/api/devices", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/api/devices/{id}/issue", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/api/devices/{id}/return", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/api/devices/{id}/status", ADMIN, LEADER).reaching(Reach.UNIT_AND_ABOVE),
            provinceOnly(PUT, "/api/devices/standard", ADMIN),
            // legal review (法制审核): reviewers answer, leaders and reviewers assign
            staff(GET, "/console/reviews"),
            staff(GET, "/console/reviews/cases/{caseId}"),
            only(POST, "/console/reviews/{id}/assignment", REVIEWER, LEADER),
            only(POST, "/console/reviews/{id}/opinion", REVIEWER),
            staff(GET, "/console/reviews/{id}/opinion.pdf"),
            staff(GET, "/console/reviews/staffing"),
            staff(GET, "/console/reviews/statistics"),
            staff(GET, "/api/reviews"),
            staff(GET, "/api/reviews/cases/{caseId}"),
            only(POST, "/api/reviews/{id}/assignment", REVIEWER, LEADER),
            only(POST, "/api/reviews/{id}/opinion", REVIEWER),
            staff(GET, "/api/reviews/staffing"),
            staff(GET, "/api/reviews/statistics"),
            // disclosure (公示): officers record the party's notice, administrators publish, leaders revoke
            staff(GET, "/console/disclosures"),
            only(GET, "/console/disclosures/pushes", ADMIN),
            only(GET, "/console/disclosures/{id}/correction", ADMIN),
            only(POST, "/console/disclosures/{id}/correction", ADMIN),
            staff(GET, "/console/disclosures/{id}"),
            only(POST, "/console/disclosures/{id}/redactions", ADMIN),
            only(POST, "/console/disclosures/{id}/redactions/{choiceId}/delete", ADMIN),
            only(POST, "/console/disclosures/{id}/publish", ADMIN),
            only(POST, "/console/disclosures/{id}/revoked", ADMIN, LEADER),
            only(POST, "/console/disclosures/{id}/withdraw", ADMIN),
            only(POST, "/console/disclosures/{id}/annotations", ADMIN, LEADER),
            only(POST, "/console/disclosures/{id}/party-notified", ADMIN, OFFICER),
            staff(GET, "/console/disclosures/{id}/{step}"),
            staff(GET, "/api/disclosures"),
            staff(GET, "/api/disclosures/{id}"),
            only(POST, "/api/disclosures/{id}/party-notice", ADMIN, OFFICER),
            only(POST, "/api/disclosures/{id}/redactions", ADMIN),
            only(DELETE, "/api/disclosures/{id}/redactions/{choiceId}", ADMIN),
            only(POST, "/api/disclosures/{id}/publication", ADMIN),
            only(POST, "/api/disclosures/{id}/corrections", ADMIN),
            only(POST, "/api/disclosures/{id}/revocation", ADMIN, LEADER),
            only(POST, "/api/disclosures/{id}/withdrawal", ADMIN),
            only(POST, "/api/disclosures/{id}/annotations", ADMIN, LEADER),
            // annual reports: staff read, the unit's administrator publishes
            staff(GET, "/console/reports"),
            staff(GET, "/console/reports/{unitId}/{year}"),
            staff(GET, "/console/reports/{unitId}/{year}/report.pdf"),
            staff(GET, "/console/reports/{unitId}/{year}/report.xlsx"),
            only(POST, "/console/reports/{unitId}/{year}/publish", ADMIN),
            staff(GET, "/api/reports/{unitId}/{year}"),
            // double-random inspection: the unit's administrators, officers and leaders keep pools and plans
            staff(GET, "/console/inspection/inspectors"),
            staff(POST, "/console/inspection/inspectors/conflicts"),
            staff(GET, "/console/inspection/subjects"),
            staff(GET, "/console/inspection/subjects/{id}"),
            only(GET, "/console/inspection/subjects/new", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/subjects", ADMIN, OFFICER, LEADER),
            only(GET, "/console/inspection/subjects/{id}/edit", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/subjects/{id}", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/subjects/import", ADMIN, OFFICER, LEADER),
            staff(GET, "/console/inspection/plans"),
            only(POST, "/console/inspection/plans", ADMIN, OFFICER, LEADER),
            staff(GET, "/console/inspection/plans/{id}"),
            only(POST, "/console/inspection/plans/{id}/lines", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/plans/{id}/publish", ADMIN, LEADER),
            only(POST, "/console/inspection/plans/{id}/tasks", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/tasks/{taskId}/draws", ADMIN, OFFICER, LEADER),
            staff(GET, "/console/inspection/draws/{id}"),
            only(POST, "/console/inspection/draws/{id}/finish", ADMIN, OFFICER, LEADER),
            only(POST, "/console/inspection/draws/{id}/rematch", ADMIN, OFFICER, LEADER),
            staff(GET, "/console/inspection/supervision"),
            // the responsibility system: supervisors keep complaints, flags and accountability; leaders may act too
            only(GET, "/console/supervision/complaints", SUPERVISOR, LEADER),
            only(GET, "/console/supervision/complaints/new", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/complaints", SUPERVISOR),
            only(GET, "/console/supervision/complaints/{id}", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/complaints/{id}/{act}", SUPERVISOR),
            only(GET, "/console/supervision/complaints/{id}/attachments/{attachmentId}", SUPERVISOR, LEADER),
            only(GET, "/console/supervision/flags", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/flags/answers", SUPERVISOR),
            only(GET, "/api/supervision/flags", SUPERVISOR, LEADER),
            only(GET, "/api/supervision/flags/{model}", SUPERVISOR, LEADER),
            only(POST, "/api/supervision/flags/answers", SUPERVISOR),
            only(GET, "/console/supervision/accountability", SUPERVISOR, LEADER),
            only(GET, "/console/supervision/accountability/new", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/accountability", SUPERVISOR),
            only(GET, "/console/supervision/accountability/{id}", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/accountability/{id}/statements", SUPERVISOR),
            only(POST, "/console/supervision/accountability/{id}/decision", SUPERVISOR),
            // case-file evaluation (A5): supervisors of the unit or of a unit above draw and score (回避: none who
            // took part in the case); the unit and the units above read; a case's live score is for whoever sees it
            only(GET, "/console/supervision/evaluations", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/evaluations/samples", SUPERVISOR).reaching(Reach.UNIT_AND_ABOVE),
            only(GET, "/console/supervision/evaluations/samples/{id}", SUPERVISOR, LEADER),
            only(GET, "/console/supervision/evaluations/samples/{id}/cases/{caseId}", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/evaluations/samples/{id}/cases/{caseId}", SUPERVISOR)
                    .reaching(Reach.UNIT_AND_ABOVE),
            staff(GET, "/console/supervision/evaluations/cases/{caseId}"),
            staff(GET, "/console/supervision/evaluations/standard"),
            staff(GET, "/api/supervision/evaluations/cases/{caseId}"),
            only(POST, "/api/supervision/evaluations/samples", SUPERVISOR).reaching(Reach.UNIT_AND_ABOVE),
            only(GET, "/api/supervision/evaluations/samples/{id}", SUPERVISOR, LEADER),
            only(POST, "/api/supervision/evaluations/samples/{id}/cases/{caseId}", SUPERVISOR)
                    .reaching(Reach.UNIT_AND_ABOVE),
            only(GET, "/api/supervision/evaluations/results", SUPERVISOR, LEADER),
            // the yearly assessment's continuous part (A8): the figures per unit
            only(GET, "/console/supervision/assessment", SUPERVISOR, LEADER),
            only(GET, "/api/supervision/assessment", SUPERVISOR, LEADER),
            only(GET, "/console/supervision/implementation-plan", ADMIN),
            only(POST, "/console/supervision/implementation-plan", ADMIN),
            only(GET, "/console/supervision/warnings", SUPERVISOR, LEADER),
            only(POST, "/console/supervision/warnings", SUPERVISOR),
            only(POST, "/console/supervision/warnings/{id}/withdrawal", SUPERVISOR),
            anyone(GET, "/portal/responsibility/warnings/{id}"),
            // the yearly assessment's grades (A8): published within the unit assessed, read by it and the units above;
            // given by a unit above (an officer also by the officer's unit), made final by the assessing unit
            staff(GET, "/console/supervision/assessments"),
            only(POST, "/console/supervision/assessments", SUPERVISOR).reaching(Reach.ASSESSES),
            only(POST, "/console/supervision/assessments/settings", SUPERVISOR).reaching(Reach.UNIT_AND_ABOVE),
            staff(GET, "/console/supervision/assessments/{id}"),
            staff(POST, "/console/supervision/assessments/{id}/statements").reaching(Reach.THE_ONE_ASSESSED),
            only(POST, "/console/supervision/assessments/{id}/final", SUPERVISOR)
                    .reaching(Reach.ASSESSING_UNIT),
            only(POST, "/console/supervision/assessments/{id}/measure", LEADER).reaching(Reach.UNIT_AND_ABOVE),
            staff(GET, "/api/supervision/assessments"),
            only(POST, "/api/supervision/assessments", SUPERVISOR).reaching(Reach.ASSESSES),
            only(POST, "/api/supervision/assessments/settings", SUPERVISOR).reaching(Reach.UNIT_AND_ABOVE),
            staff(GET, "/api/supervision/assessments/{id}"),
            staff(POST, "/api/supervision/assessments/{id}/statements").reaching(Reach.THE_ONE_ASSESSED),
            only(POST, "/api/supervision/assessments/{id}/final", SUPERVISOR).reaching(Reach.ASSESSING_UNIT),
            only(POST, "/api/supervision/assessments/{id}/measure", LEADER).reaching(Reach.UNIT_AND_ABOVE),
            only(POST, "/console/inspection/draws/{id}/subjects/{subjectId}/outcome", ADMIN, OFFICER, LEADER),
            // the audit log: the retrieval log is for supervisors and administrators
            staff(GET, "/api/audit/entries/{index}"),
            only(GET, "/api/retrievals", SUPERVISOR, ADMIN),
            only(GET, "/console/retrievals", SUPERVISOR, ADMIN),
            staff(GET, "/console/audit/records/{recordId}"),
            // officers: the roster for staff
            staff(GET, "/api/officers"),
            staff(GET, "/api/officers/{id}"),
            staff(GET, "/api/officers/{id}/certificate-check"),
            // administration: units, bodies, officers, accounts, calendar, integrity
            only(GET, "/admin/units", ADMIN),
            only(GET, "/admin/units/new", ADMIN),
            only(POST, "/admin/units", ADMIN),
            only(GET, "/admin/units/{id}/edit", ADMIN),
            only(POST, "/admin/units/{id}", ADMIN),
            only(POST, "/admin/units/{id}/deactivate", ADMIN),
            only(POST, "/admin/units/{id}/activate", ADMIN),
            only(GET, "/admin/bodies", ADMIN),
            only(GET, "/admin/bodies/new", ADMIN),
            only(POST, "/admin/bodies", ADMIN),
            only(GET, "/admin/bodies/{id}/edit", ADMIN),
            only(POST, "/admin/bodies/{id}", ADMIN),
            only(POST, "/admin/bodies/{id}/deactivate", ADMIN),
            only(POST, "/admin/bodies/{id}/activate", ADMIN),
            only(GET, "/admin/officers", ADMIN),
            only(GET, "/admin/officers/new", ADMIN),
            only(POST, "/admin/officers", ADMIN),
            only(GET, "/admin/officers/{id}/edit", ADMIN),
            only(POST, "/admin/officers/{id}", ADMIN),
            only(POST, "/admin/officers/{id}/deactivate", ADMIN),
            only(POST, "/admin/officers/{id}/activate", ADMIN),
            only(GET, "/admin/officers/sheet", ADMIN),
            only(GET, "/admin/officers/sheet/import", ADMIN),
            only(POST, "/admin/officers/sheet/import", ADMIN),
            only(GET, "/admin/accounts", ADMIN),
            only(GET, "/admin/accounts/new", ADMIN),
            only(POST, "/admin/accounts", ADMIN),
            only(GET, "/admin/accounts/{id}/edit", ADMIN),
            only(POST, "/admin/accounts/{id}", ADMIN),
            only(GET, "/admin/accounts/{id}/password", ADMIN),
            only(POST, "/admin/accounts/{id}/password", ADMIN),
            only(POST, "/admin/accounts/{id}/unlock", ADMIN),
            only(POST, "/admin/accounts/{id}/second-factor/reset", ADMIN),
            only(POST, "/admin/accounts/{id}/deactivate", ADMIN),
            only(POST, "/admin/accounts/{id}/activate", ADMIN),
            only(GET, "/admin/calendar", ADMIN),
            only(POST, "/admin/calendar", ADMIN),
            only(GET, "/admin/integrity", ADMIN),
            only(GET, "/admin/integrity/status", ADMIN),
            only(POST, "/admin/integrity/run", ADMIN),
            provinceOnly(POST, "/admin/integrity/rotate-key", ADMIN),
            // metrics beyond health
            only(GET, "/actuator", ADMIN),
            only(GET, "/actuator/**", ADMIN));

    /** Every row, in the order declared. */
    public static List<Route> routes() {
        return ROUTES;
    }

    /** The row for a request: of the rows matching its method and path, the most specific (as Spring MVC picks). */
    public static Optional<Route> routeFor(String method, String path) {
        var container = PathContainer.parsePath(path);
        var asked = "HEAD".equals(method) ? "GET" : method;
        return ROUTES.stream()
                .filter(route -> route.method().matches(asked))
                .filter(route -> route.parsed().matches(container))
                .min(Comparator.comparing(Route::parsed, PathPattern.SPECIFICITY_COMPARATOR));
    }

    /** The row declared for a controller's exact pattern and method, if any. */
    public static Optional<Route> declared(HttpMethod method, String pattern) {
        return ROUTES.stream()
                .filter(route ->
                        route.method().equals(method) && route.pattern().equals(pattern))
                .findFirst();
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        var request = context.getRequest();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Route> route;
        try {
            route = routeFor(request.getMethod(), path);
        } catch (IllegalArgumentException unreadablePath) {
            route = Optional.empty();
        }
        if (route.isPresent()) {
            return new AuthorizationDecision(route.get().allows(authentication.get()));
        }
        // no row: an unknown address (or a route added without its row) needs a login
        var caller = authentication.get();
        return new AuthorizationDecision(
                caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken));
    }
}
