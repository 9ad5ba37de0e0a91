package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.sunlight.Routes;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 2: every route the application maps has a row in {@link RoutePolicy}, and every row holds over real
 * HTTP for anonymous callers and for a member of each role: refused callers get the login (a 401 problem on the API,
 * the login page for pages) or a 403 (a problem on the API, the HTML error page for pages); allowed callers get past
 * the door (whatever the route then says of the made-up record they asked for, never 401, 403 or a server error).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutePolicyHttpTest {

    /** One account of the 曲阜 county per role; each holds only that role. */
    private static final Map<Role, String> MEMBERS = Map.of(
            Role.OFFICER, "qufu-officer",
            Role.REVIEWER, "qufu-reviewer",
            Role.LEADER, "qufu-leader",
            Role.SUPERVISOR, "qufu-supervisor",
            Role.ADMIN, "qufu-admin");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Set<String> mappedRoutes() {
        var routes = new TreeSet<String>();
        Routes.mapped(mappings).forEach(route -> routes.add(route.toString()));
        return routes;
    }

    @Test
    void everyMappedRouteHasADeclaredPolicy() {
        var routes = mappedRoutes();
        assertThat(routes).as("the route table").hasSizeGreaterThan(150);
        var missing = routes.stream()
                .filter(route -> {
                    var parts = route.split(" ", 2);
                    return RoutePolicy.declared(HttpMethod.valueOf(parts[0]), parts[1])
                            .isEmpty();
                })
                .toList();
        assertThat(missing).as("routes without a row in RoutePolicy").isEmpty();
    }

    @Test
    void everyRowHoldsForAnonymousCallersAndEachRoleOverHttp() {
        var callers = new LinkedHashMap<String, StaffClient>();
        var anonymous = StaffClient.anonymous(port);
        anonymous.get("/login"); // a session with its CSRF token, so that a refusal is the policy's, not CSRF's
        callers.put("anonymous", anonymous);
        for (var role : Role.values()) {
            var client = StaffClient.loggedIn(port, MEMBERS.get(role));
            client.get("/console"); // the token of the logged-in session
            callers.put(role.name(), client);
        }

        var mismatches = new ArrayList<String>();
        int checks = 0;
        for (var route : mappedRoutes()) {
            var parts = route.split(" ", 2);
            var method = HttpMethod.valueOf(parts[0]);
            var row = RoutePolicy.declared(method, parts[1]).orElseThrow();
            var path = Routes.concrete(parts[1]);
            assertThat(RoutePolicy.routeFor(method.name(), path))
                    .as("the made-up address " + path + " reaches its own row")
                    .contains(row);
            for (var caller : callers.entrySet()) {
                var response = Routes.send(caller.getValue(), method, path);
                checks++;
                var problem = judge(row, caller.getKey(), path, response);
                if (problem != null) {
                    mismatches.add(route + " as " + caller.getKey() + ": " + problem);
                }
            }
        }
        assertThat(checks).isGreaterThan(150 * callers.size() - 1);
        assertThat(mismatches)
                .as("answers that do not follow the declared policy")
                .isEmpty();
    }

    /** What is wrong with an answer, or null if it follows the row. */
    private static String judge(RoutePolicy.Route row, String caller, String path, HttpResponse<String> response) {
        var api = path.startsWith("/api/");
        int status = response.statusCode();
        var type = response.headers().firstValue("Content-Type").orElse("");
        var location = StaffClient.location(response);
        boolean allowed = row.who() == RoutePolicy.Who.ANYONE
                || (!"anonymous".equals(caller)
                        && (row.who() == RoutePolicy.Who.STAFF
                                || row.roles().contains(Role.valueOf(caller))
                                        && (row.level() == null || row.level() == UnitLevel.COUNTY)));
        if (status >= 500) {
            return "server error " + status + " " + abbreviate(response.body());
        }
        if (allowed) {
            if (status == 401 || status == 403 || location.contains("/login")) {
                return "allowed by the policy (" + row.describe() + ") but refused: " + status + " " + location + " "
                        + abbreviate(response.body());
            }
            return null;
        }
        if ("anonymous".equals(caller)) {
            if (api) {
                return status == 401 && type.startsWith("application/problem+json")
                        ? null
                        : "anonymous on the API should get a 401 problem, got " + status + " " + type;
            }
            return status == 302 && location.endsWith("/login")
                    ? null
                    : "anonymous on a page should be sent to the login page, got " + status + " " + location;
        }
        if (status != 403) {
            return "refused by the policy (" + row.describe() + ") but answered " + status + " " + location;
        }
        if (api) {
            return type.startsWith("application/problem+json") ? null : "a 403 on the API should be a problem: " + type;
        }
        return type.startsWith("text/html") && response.body().contains("您无权进行此操作")
                ? null
                : "a 403 on a page should be the HTML error page: " + type + " " + abbreviate(response.body());
    }

    private static String abbreviate(String body) {
        var text = body == null ? "" : body.replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
