package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 14, items 3 and 4: a login gets a new session (no fixation); a session ends when its account's password is
 * reset, the account or its roles change, or it is locked; every page carries a Content-Security-Policy that allows no
 * inline script, and no page has any; no HSTS while the product is not said to be served over TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsHttpTest {

    private static final String PASSWORD = "Start2026pass";
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern HANDLER_ATTRIBUTE =
            Pattern.compile("\\son[a-z]+\\s*=|javascript:", Pattern.CASE_INSENSITIVE);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aLoginGetsANewSessionRatherThanKeepingTheOneItCameWith() {
        var person = StaffClient.anonymous(port);
        person.get("/login");
        var before = sessionOf(person);
        assertThat(before).as("the login page's session").isNotEmpty();
        var login = person.login("qufu-officer", "Sunlight@2026");
        assertThat(location(login)).endsWith("/console");
        assertThat(sessionOf(person)).isNotEmpty().isNotEqualTo(before);
    }

    @Test
    void aPasswordResetEndsTheAccountsSessions() {
        endsSessions((admin, id) -> {
            admin.get("/admin/accounts/" + id + "/password");
            var reset = admin.postForm("/admin/accounts/" + id + "/password", form("password", "Reset2026word"));
            assertThat(location(reset)).endsWith("/admin/accounts");
        });
    }

    @Test
    void aDeactivationEndsTheAccountsSessions() {
        endsSessions((admin, id) -> {
            admin.get("/admin/accounts");
            var deactivated = admin.postForm("/admin/accounts/" + id + "/deactivate", Map.of());
            assertThat(location(deactivated)).endsWith("/admin/accounts");
        });
    }

    @Test
    void aRoleChangeEndsTheAccountsSessions() {
        endsSessions((admin, id) -> {
            admin.get("/admin/accounts/" + id + "/edit");
            var saved = admin.postForm(
                    "/admin/accounts/" + id, form("displayName", "孟新号", "roles", "SUPERVISOR", "_roles", "on"));
            assertThat(location(saved)).endsWith("/admin/accounts");
        });
    }

    @Test
    void aLockEndsTheAccountsSessions() {
        endsSessions((admin, id) -> {
            var username = db.sql("select username from organization.user_account where id = ?")
                    .param(id)
                    .query(String.class)
                    .single();
            for (int i = 0; i < 5; i++) {
                StaffClient.anonymous(port).login(username, "Wrong2026pass");
            }
        });
    }

    @Test
    void aNameChangeKeepsTheSession() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = newAccount(admin);
        var person = StaffClient.anonymous(port);
        assertThat(location(person.login(username, PASSWORD))).endsWith("/console");
        var id = accountId(username);
        admin.get("/admin/accounts/" + id + "/edit");
        admin.postForm("/admin/accounts/" + id, form("displayName", "孟新名", "roles", "OFFICER", "_roles", "on"));
        assertThat(person.get("/console").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var anonymous = StaffClient.anonymous(port);
        var pages = new LinkedHashMap<String, StaffClient>();
        pages.put("/", anonymous);
        pages.put("/login", anonymous);
        pages.put("/portal/items", anonymous);
        pages.put("/portal/results", anonymous);
        pages.put("/portal/procedure-charts", anonymous);
        pages.put("/console", officer);
        pages.put("/console/cases", officer);
        pages.put("/console/cases/new", officer);
        pages.put("/console/lists", admin);
        pages.put("/admin/accounts", admin);
        pages.put("/console/devices", admin);
        for (var page : pages.entrySet()) {
            var response = page.getValue().get(page.getKey());
            assertThat(response.statusCode()).as(page.getKey()).isEqualTo(200);
            var policy =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy)
                    .as(page.getKey())
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                    .doesNotContain("'unsafe-eval'")
                    .doesNotContainPattern("script-src[^;]*'unsafe-inline'");
            assertThat(INLINE_SCRIPT.matcher(response.body()).find())
                    .as("inline script on " + page.getKey())
                    .isFalse();
            assertThat(HANDLER_ATTRIBUTE.matcher(response.body()).find())
                    .as("event handler attribute on " + page.getKey())
                    .isFalse();
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS unless the product is said to be served over TLS")
                    .isEmpty();
        }
    }

    /** Logs a new officer in, lets the admin do something to the account, and expects the session to be over. */
    private void endsSessions(BiConsumer<StaffClient, UUID> change) {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = newAccount(admin);
        var page = StaffClient.anonymous(port);
        assertThat(location(page.login(username, PASSWORD))).endsWith("/console");
        var api = StaffClient.anonymous(port);
        assertThat(location(api.login(username, PASSWORD))).endsWith("/console");
        assertThat(page.get("/console").statusCode()).isEqualTo(200);
        assertThat(api.getJson("/api/cases").statusCode()).isEqualTo(200);

        change.accept(admin, accountId(username));

        var ended = page.get("/console");
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(location(ended)).endsWith("/login?ended");
        assertThat(page.get("/login?ended").body()).contains("您的登录已失效");
        assertThat(page.get("/console").statusCode())
                .as("the ended session stays ended")
                .isEqualTo(302);
        var refused = api.getJson("/api/cases");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        // the admin's own session is untouched
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    private String newAccount(StaffClient admin) {
        var username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/accounts/new");
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username);
        fields.put("displayName", "孟新号");
        fields.put(
                "unitId",
                db.sql("select id from organization.unit where division_code = '370881'")
                        .query(UUID.class)
                        .single()
                        .toString());
        fields.put("roles", "OFFICER");
        fields.put("password", PASSWORD);
        var created = admin.postForm("/admin/accounts", fields);
        assertThat(location(created)).as(created.body()).endsWith("/admin/accounts");
        return username;
    }

    private UUID accountId(String username) {
        return db.sql("select id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
    }

    private static String sessionOf(StaffClient client) {
        var matcher = SESSION.matcher(client.cookieHeader());
        return matcher.find() ? matcher.group(1) : "";
    }
}
