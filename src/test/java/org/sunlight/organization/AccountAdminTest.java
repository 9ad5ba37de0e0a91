package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;
import static org.sunlight.organization.OfficerAdminTest.asBrowser;
import static org.sunlight.organization.OfficerAdminTest.invalidInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Admins keep the staff accounts of their scope: create with an initial password, reset it, unlock, deactivate and
 * reactivate; a deactivated account cannot log in, and no admin can deactivate themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountAdminTest {

    private static final String PASSWORD = "Start2026pass";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anAdminCreatesAnAccountThatLogsInWithItsInitialPassword() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var username = newUsername();
        admin.get("/admin/accounts/new");

        var response = admin.postForm("/admin/accounts", anAccount(username, "370883"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/accounts");
        assertThat(admin.get("/admin/accounts").body())
                .contains("已保存账户“" + username + "”")
                .contains(username)
                .contains("孟新号");
        var login = StaffClient.anonymous(port).login(username, PASSWORD);
        assertThat(location(login)).endsWith("/console");
        assertThat(db.sql("select password_hash from organization.user_account where username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .startsWith("{bcrypt}")
                .doesNotContain(PASSWORD);
    }

    @Test
    void anAccountDeactivatedByAnAdminCanNoLongerLogIn() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var username = newUsername();
        admin.get("/admin/accounts/new");
        admin.postForm("/admin/accounts", anAccount(username, "370883"));
        admin.get("/admin/accounts");
        var id = accountId(username);

        var deactivated = admin.postForm("/admin/accounts/" + id + "/deactivate", Map.of());

        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/accounts").body()).contains("已停用账户“" + username + "”");
        var person = StaffClient.anonymous(port);
        var login = person.login(username, PASSWORD);
        assertThat(location(login)).endsWith("/login?error");
        assertThat(person.get("/login?error").body()).contains("该账户已停用");

        admin.postForm("/admin/accounts/" + id + "/activate", Map.of());
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .endsWith("/console");
    }

    @Test
    void anAdminCannotDeactivateTheirOwnAccount() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var own = accountId("qufu-admin");
        assertThat(admin.get("/admin/accounts").body()).contains("qufu-admin").contains("（本人）");

        var response = admin.postForm("/admin/accounts/" + own + "/deactivate", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/accounts").body()).contains("不能停用您自己的账户");
        assertThat(db.sql("select active from organization.user_account where username = 'qufu-admin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(admin.get("/admin/accounts").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotTakeAwayTheirOwnAdminRole() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var own = accountId("zoucheng-admin");
        admin.get("/admin/accounts/" + own + "/edit");

        var response = admin.postForm(
                "/admin/accounts/" + own, form("displayName", "邹城管理员", "roles", "OFFICER", "_roles", "on"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("不能取消您自己的系统管理员角色");
        assertThat(db.sql(
                                "select 'ADMIN' = any(roles) from organization.user_account where username = 'zoucheng-admin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void usernamesArePlainAndUniqueAndPasswordsStrongEnough() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/accounts/new");
        var taken = anAccount("qufu-admin", "370883");
        var malformed = anAccount("Zhang San", "370883");
        var weak = anAccount(newUsername(), "370883");
        weak.put("password", "abcdefgh");

        var takenResponse = admin.postForm("/admin/accounts", taken);
        var malformedResponse = admin.postForm("/admin/accounts", malformed);
        var weakResponse = admin.postForm("/admin/accounts", weak);

        assertThat(takenResponse.body()).contains("用户名“qufu-admin”已被使用");
        assertThat(invalidInput(takenResponse.body(), "username")).isTrue();
        assertThat(malformedResponse.body()).contains("用户名应为 3 至 50 位");
        assertThat(weakResponse.body()).contains("密码应为 8 至 64 位，须同时包含字母和数字");
        assertThat(weakResponse.body()).doesNotContain("abcdefgh");
        assertThat(accountIdOrNull(weak.get("username"))).isNull();
    }

    @Test
    void theLinkedOfficerMustBeOfTheAccountsUnit() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/accounts/new");
        var account = anAccount(newUsername(), "370883");
        account.put("officerId", anOfficerOf("370881").toString());

        var response = admin.postForm("/admin/accounts", account);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请选择该账户所属单位的在用执法人员");
        assertThat(invalidInput(response.body(), "officerId")).isTrue();
        assertThat(accountIdOrNull(account.get("username"))).isNull();
    }

    @Test
    void anAdminResetsAPasswordAndUnlocksALockedAccount() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var username = newUsername();
        admin.get("/admin/accounts/new");
        admin.postForm("/admin/accounts", anAccount(username, "370883"));
        var id = accountId(username);
        var person = StaffClient.anonymous(port);
        for (int i = 0; i < 5; i++) {
            person.login(username, "wrong-" + i);
        }
        assertThat(location(person.login(username, PASSWORD))).endsWith("/login?error");
        assertThat(admin.get("/admin/accounts").body()).contains("已锁定").contains("解锁");

        var unlocked = admin.postForm("/admin/accounts/" + id + "/unlock", Map.of());
        assertThat(unlocked.statusCode()).isEqualTo(302);
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .endsWith("/console");

        assertThat(admin.get("/admin/accounts/" + id + "/password").body()).contains("重置账户“" + username + "”的密码");
        var weak = admin.postForm("/admin/accounts/" + id + "/password", form("password", "12345678"));
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("须同时包含字母和数字");
        var reset = admin.postForm("/admin/accounts/" + id + "/password", form("password", "Reset2026word"));
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(location(StaffClient.anonymous(port).login(username, PASSWORD)))
                .endsWith("/login?error");
        assertThat(location(StaffClient.anonymous(port).login(username, "Reset2026word")))
                .endsWith("/console");
    }

    @Test
    void aCountyAdminCannotReachAnotherCountysAccounts() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var other = accountId("zoucheng-officer");

        assertThat(admin.get("/admin/accounts").body()).doesNotContain("zoucheng-officer");
        assertThat(asBrowser(admin, "/admin/accounts/" + other + "/edit").statusCode())
                .isEqualTo(404);
        assertThat(asBrowser(admin, "/admin/accounts/" + other + "/password").statusCode())
                .isEqualTo(404);
        admin.get("/admin/accounts");
        assertThat(admin.postForm("/admin/accounts/" + other + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/accounts/" + other + "/password", form("password", "Hijack2026x"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(location(StaffClient.anonymous(port).login("zoucheng-officer", "Sunlight@2026")))
                .endsWith("/console");
    }

    @Test
    void aCityAdminEditsTheRolesOfACountyAccount() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        var username = newUsername();
        admin.get("/admin/accounts/new");
        admin.postForm("/admin/accounts", anAccount(username, "370883"));
        var id = accountId(username);
        assertThat(admin.get("/admin/accounts/" + id + "/edit").body()).contains(username);

        var saved = admin.postForm(
                "/admin/accounts/" + id,
                form(
                        "displayName",
                        "孟新号",
                        "roles",
                        "SUPERVISOR",
                        "_roles",
                        "on",
                        "username",
                        "renamed",
                        "unitId",
                        "garbage"));

        assertThat(saved.statusCode()).isEqualTo(302);
        var roles = db.sql("select array_to_string(roles, ','), username from organization.user_account where id = ?")
                .param(id)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
                .single();
        assertThat(roles).isEqualTo("SUPERVISOR/" + username);
    }

    @Test
    void anOfficerWhoIsNoAdminIsRefused() {
        assertThat(StaffClient.loggedIn(port, "qufu-officer")
                        .get("/admin/accounts")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void garbageNeverBreaksThePage() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/accounts/new");
        var garbage = anAccount(newUsername(), "370883");
        garbage.put("roles", "EMPEROR");
        garbage.put("officerId", "not-a-uuid");
        garbage.put("legalBackground", "maybe");
        garbage.put("displayName", "名".repeat(51));
        garbage.put("password", "密码很长很长很长很长1a");

        var empty = admin.postForm("/admin/accounts", Map.of());
        var response = admin.postForm("/admin/accounts", garbage);

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写用户名").contains("请填写姓名").contains("请填写密码");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("不能超过 50 个字").contains("格式不正确").contains("请从列表中选择");
        assertThat(admin.get("/admin/accounts/nope/edit").statusCode()).isEqualTo(404);
        assertThat(admin.postForm("/admin/accounts/nope/unlock", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/accounts/" + UUID.randomUUID() + "/activate", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    private Map<String, String> anAccount(String username, String divisionCode) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("username", username);
        fields.put("displayName", "孟新号");
        fields.put("unitId", unitId(divisionCode).toString());
        fields.put("roles", "OFFICER");
        fields.put("password", PASSWORD);
        return fields;
    }

    private static String newUsername() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID accountId(String username) {
        var id = accountIdOrNull(username);
        assertThat(id).as("account " + username).isNotNull();
        return id;
    }

    private UUID accountIdOrNull(String username) {
        return db.sql("select id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private UUID anOfficerOf(String divisionCode) {
        return db.sql("select o.id from organization.officer o join organization.unit u on u.id = o.unit_id"
                        + " where u.division_code = ? and o.active order by o.certificate_no limit 1")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    private UUID unitId(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }
}
