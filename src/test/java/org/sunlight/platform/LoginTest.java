package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.sunlight.StaffClient;

/** Staff log in through the Chinese form; wrong passwords are told apart from locked and disabled accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void anOfficerLogsInAndSeesTheirNameUnitAndRole() {
        var officer = StaffClient.anonymous(port);
        var response = officer.login("qufu-officer", "Sunlight@2026");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/console");
        var console = officer.get("/console").body();
        assertThat(console).contains("曲阜市卫生健康局").contains("执法人员").contains(displayName("qufu-officer"));
    }

    @Test
    void eachLevelHasItsAdministrator() {
        assertThat(StaffClient.loggedIn(port, "province-admin").get("/console").body())
                .contains("山东省卫生健康委员会")
                .contains("系统管理员")
                .contains("省级");
        assertThat(StaffClient.loggedIn(port, "city-leader").get("/console").body())
                .contains("济宁市卫生健康委员会")
                .contains("负责人");
        assertThat(StaffClient.loggedIn(port, "qufu-reviewer").get("/console").body())
                .contains("法制审核人员");
        assertThat(StaffClient.loggedIn(port, "zoucheng-supervisor")
                        .get("/console")
                        .body())
                .contains("执法监督人员");
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        var client = StaffClient.anonymous(port);
        var response = client.login("qufu-leader", "wrong-password");

        assertThat(location(response)).endsWith("/login?error");
        assertThat(client.get("/login?error").body()).contains("用户名或密码错误");
        assertThat(client.get("/console").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownUserGetsTheSameMessageAsAWrongPassword() {
        var client = StaffClient.anonymous(port);
        client.login("nobody-" + UUID.randomUUID().toString().substring(0, 8), "Sunlight@2026");

        assertThat(client.get("/login?error").body()).contains("用户名或密码错误");
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountEvenAgainstTheRightOne() {
        var username = newAccount();
        var client = StaffClient.anonymous(port);
        for (int i = 0; i < 4; i++) {
            client.login(username, "wrong-" + i);
        }
        assertThat(client.get("/login?error").body()).contains("用户名或密码错误");
        client.login(username, "wrong-5");

        var right = client.login(username, "Right-pass-2026");

        assertThat(location(right)).endsWith("/login?error");
        assertThat(client.get("/login?error").body()).contains("账户已被锁定 15 分钟");
        var lockedUntil = db.sql(
                        "select locked_until > now() + interval '14 minutes' from organization.user_account where username = ?")
                .param(username)
                .query(Boolean.class)
                .single();
        assertThat(lockedUntil).isTrue();
    }

    @Test
    void aRightPasswordResetsTheCountOfWrongOnes() {
        var username = newAccount();
        var client = StaffClient.anonymous(port);
        for (int i = 0; i < 4; i++) {
            client.login(username, "wrong-" + i);
        }
        assertThat(location(client.login(username, "Right-pass-2026"))).endsWith("/console");
        var other = StaffClient.anonymous(port);
        for (int i = 0; i < 4; i++) {
            other.login(username, "wrong-again-" + i);
        }

        assertThat(location(other.login(username, "Right-pass-2026"))).endsWith("/console");
    }

    @Test
    void passwordsAreStoredWithAnAdaptiveHash() {
        var hash = db.sql("select password_hash from organization.user_account where username = 'qufu-officer'")
                .query(String.class)
                .single();

        assertThat(hash).startsWith("{bcrypt}$2a$10$").doesNotContain("Sunlight@2026");
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        var username = newAccount();
        db.sql("update organization.user_account set active = false where username = ?")
                .param(username)
                .update();
        var client = StaffClient.anonymous(port);

        assertThat(location(client.login(username, "Right-pass-2026"))).endsWith("/login?error");
        assertThat(client.get("/login?error").body()).contains("该账户已停用");
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        var client = StaffClient.loggedIn(port, "qufu-officer");

        var response = client.postFormWithoutToken("/logout", form());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(client.get("/console").statusCode()).as("still logged in").isEqualTo(200);
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() {
        var client = StaffClient.anonymous(port);

        var response =
                client.postFormWithoutToken("/login", form("username", "qufu-officer", "password", "Sunlight@2026"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void logoutEndsTheSession() {
        var client = StaffClient.loggedIn(port, "qufu-officer");
        client.get("/console");

        var response = client.postForm("/logout", form());

        assertThat(location(response)).endsWith("/login?logout");
        assertThat(client.get("/login?logout").body()).contains("您已安全退出");
        assertThat(location(client.get("/console"))).endsWith("/login");
    }

    @Test
    void theLoginPageIsChinese() {
        var page = StaffClient.anonymous(port).get("/login").body();

        assertThat(page).contains("工作人员登录").contains("用户名").contains("密码").contains("lang=\"zh-CN\"");
    }

    private String displayName(String username) {
        return db.sql("select display_name from organization.user_account where username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    /** A fresh county supervisor account whose password is Right-pass-2026. */
    private String newAccount() {
        var username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        db.sql(
                        """
                        insert into organization.user_account (username, password_hash, display_name, unit_id, roles)
                        select ?, ?, '测试账户', id, array['SUPERVISOR'] from organization.unit where division_code = '370881'
                        """)
                .params(username, passwords.encode("Right-pass-2026"))
                .update();
        return username;
    }
}
