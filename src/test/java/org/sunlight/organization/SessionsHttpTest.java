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
 * reset, the account, its unit or its roles change, or it is locked; every page carries a Content-Security-Policy that
 * allows no inline script, and no page has any; no HSTS while the product is not said to be served over TLS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionsHttpTest {

    private static final String PASSWORD = NewAccounts.PASSWORD;
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
    void aUnitDeactivationEndsTheSessionsOfItsStaff() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/units/new");
        var code =
                String.valueOf(java.util.concurrent.ThreadLocalRandom.current().nextInt(500000, 999999));
        var parent = db.sql("select id from organization.unit where division_code = '370800'")
                .query(UUID.class)
                .single();
        admin.postForm("/admin/units", form("name", "停用会话县", "divisionCode", code, "parentId", parent.toString()));
        var unit = db.sql("select id from organization.unit where division_code = ?")
                .param(code)
                .query(UUID.class)
                .single();
        var username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/accounts/new");
        var created = admin.postForm(
                "/admin/accounts",
                form(
                        "username",
                        username,
                        "displayName",
                        "孟停用",
                        "unitId",
                        unit.toString(),
                        "roles",
                        "OFFICER",
                        "password",
                        PASSWORD));
        assertThat(location(created)).as(created.body()).endsWith("/admin/accounts");
        var person = StaffClient.anonymous(port);
        assertThat(location(person.login(username, PASSWORD))).endsWith("/console");
        assertThat(person.get("/console").statusCode()).isEqualTo(200);

        admin.get("/admin/units");
        var deactivated = admin.postForm("/admin/units/" + unit + "/deactivate", Map.of());
        assertThat(deactivated.statusCode()).isEqualTo(302);

        assertThat(location(person.get("/console"))).endsWith("/login?ended");
        assertThat(admin.get("/admin/units").statusCode()).isEqualTo(200);
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
    void staffChangeTheirOwnPasswordWhichEndsTheirSessions() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = newAccount(admin);
        var person = StaffClient.anonymous(port);
        assertThat(location(person.login(username, PASSWORD))).endsWith("/console");
        var elsewhere = StaffClient.anonymous(port);
        assertThat(location(elsewhere.login(username, PASSWORD))).endsWith("/console");
        assertThat(person.get("/console").body()).contains("修改密码");
        assertThat(person.get("/console/password").statusCode()).isEqualTo(200);

        var refusals = Map.of(
                "当前密码不正确",
                        form(
                                "currentPassword",
                                "Wrong2026pass",
                                "password",
                                "Fresh2026word",
                                "confirmation",
                                "Fresh2026word"),
                "不能使用演示密码",
                        form("currentPassword", PASSWORD, "password", "Sunlight@2026", "confirmation", "Sunlight@2026"),
                "过于常见", form("currentPassword", PASSWORD, "password", "Password123", "confirmation", "Password123"),
                "不能包含用户名",
                        form("currentPassword", PASSWORD, "password", username + "X9", "confirmation", username + "X9"),
                "不能与当前密码相同", form("currentPassword", PASSWORD, "password", PASSWORD, "confirmation", PASSWORD),
                "两次输入的新密码不一致",
                        form("currentPassword", PASSWORD, "password", "Fresh2026word", "confirmation", "Fresh2026wort"),
                "须同时包含字母和数字",
                        form("currentPassword", PASSWORD, "password", "abcdefghij", "confirmation", "abcdefghij"));
        for (var refusal : refusals.entrySet()) {
            var answer = person.postForm("/console/password", refusal.getValue());
            assertThat(answer.statusCode()).as(refusal.getKey()).isEqualTo(200);
            assertThat(answer.body()).as(refusal.getKey()).contains(refusal.getKey());
        }
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .as("nothing changed yet")
                .endsWith("/console");

        var changed = person.postForm(
                "/console/password",
                form("currentPassword", PASSWORD, "password", "Fresh2026word", "confirmation", "Fresh2026word"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(location(changed)).endsWith("/login?changed");
        assertThat(person.get("/login?changed").body()).contains("密码已修改");
        assertThat(location(person.get("/console"))).endsWith("/login");
        assertThat(location(elsewhere.get("/console"))).endsWith("/login?ended");
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .endsWith("/login?error");
        assertThat(location(StaffClient.anonymous(port).login(username, "Fresh2026word")))
                .endsWith("/console");
    }

    @Test
    void anAdminCannotSetTheDemoACommonOrTheAccountsOwnNameAsPassword() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = newAccount(admin);
        var id = accountId(username);
        admin.get("/admin/accounts/" + id + "/password");
        for (var password : new String[] {"Sunlight@2026", "qwerty123", "P@ssw0rd", "x" + username + "1"}) {
            var answer = admin.postForm("/admin/accounts/" + id + "/password", form("password", password));
            assertThat(answer.statusCode()).as(password).isEqualTo(200);
        }
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .as("the password stayed as it was")
                .endsWith("/console");
        admin.get("/admin/accounts/new");
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", "test-" + UUID.randomUUID().toString().substring(0, 8));
        fields.put("displayName", "孟新号");
        fields.put(
                "unitId",
                db.sql("select id from organization.unit where division_code = '370881'")
                        .query(UUID.class)
                        .single()
                        .toString());
        fields.put("roles", "OFFICER");
        fields.put("password", "Sunlight@2026");
        var refused = admin.postForm("/admin/accounts", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("不能使用演示密码");
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
        return NewAccounts.of(admin, db, Role.OFFICER);
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
