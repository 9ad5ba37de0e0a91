package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 3: a leader (or administrator) enables a TOTP second factor (RFC 6238) with an authenticator app's
 * code; from then on the login needs the current code besides the password, and a code is accepted once only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorHttpTest {

    static final String PASSWORD = NewAccounts.PASSWORD;
    static final Pattern SECRET = Pattern.compile("data-test=\"secret\">([A-Z2-7]+)<");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void aLeaderEnablesTheSecondFactorAndThenLogsInOnlyWithTheCurrentCodeUsedOnce() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = newLeader(admin);
        var leader = StaffClient.anonymous(port);
        assertThat(location(leader.login(username, PASSWORD))).endsWith("/console");
        assertThat(leader.get("/console").body()).contains("双因素认证");

        var page = leader.get("/console/second-factor");
        assertThat(page.statusCode()).isEqualTo(200);
        var matcher = SECRET.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        var secret = matcher.group(1);
        assertThat(page.body()).contains("otpauth://totp/", "secret=" + secret);

        var wrong = leader.postForm(
                "/console/second-factor",
                form("code", code(secret, clock.instant().minus(Duration.ofHours(1)))));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("验证码不正确");
        var enabled = leader.postForm("/console/second-factor", form("code", code(secret, clock.instant())));
        assertThat(location(enabled)).endsWith("/console/second-factor");
        assertThat(leader.get("/console/second-factor").body()).contains("双因素认证已于", "启用");

        var withoutCode = StaffClient.anonymous(port);
        assertThat(location(withoutCode.login(username, PASSWORD))).endsWith("/login?error");
        assertThat(withoutCode.get("/login?error").body()).contains("动态验证码错误");
        var withWrongCode = StaffClient.anonymous(port);
        withWrongCode.get("/login");
        var refused = withWrongCode.postForm(
                "/login",
                form(
                        "username",
                        username,
                        "password",
                        PASSWORD,
                        "code",
                        code(secret, clock.instant().minus(Duration.ofHours(1)))));
        assertThat(location(refused)).endsWith("/login?error");

        var next = code(secret, clock.instant().plusSeconds(30));
        var person = StaffClient.anonymous(port);
        person.get("/login");
        var login = person.postForm("/login", form("username", username, "password", PASSWORD, "code", next));
        assertThat(location(login)).endsWith("/console");
        assertThat(person.get("/console").statusCode()).isEqualTo(200);

        var replay = StaffClient.anonymous(port);
        replay.get("/login");
        assertThat(location(replay.postForm("/login", form("username", username, "password", PASSWORD, "code", next))))
                .as("a code is accepted once")
                .endsWith("/login?error");
        var wrongPassword = StaffClient.anonymous(port);
        wrongPassword.get("/login");
        assertThat(location(wrongPassword.postForm(
                        "/login", form("username", username, "password", "Wrong2026pass", "code", next))))
                .endsWith("/login?error");
        assertThat(db.sql("select totp_secret from organization.user_account where username = ?")
                        .param(username)
                        .query(String.class)
                        .single())
                .isEqualTo(secret);

        // the phone is lost: an administrator of the unit resets the second factor, which ends the leader's sessions
        var id = db.sql("select id from organization.user_account where username = ?")
                .param(username)
                .query(UUID.class)
                .single();
        admin.get("/admin/accounts");
        var reset = admin.postForm("/admin/accounts/" + id + "/second-factor/reset", Map.of());
        assertThat(location(reset)).endsWith("/admin/accounts");
        assertThat(admin.get("/admin/accounts").body()).contains("已重置账户“" + username + "”的双因素认证");
        assertThat(location(person.get("/console"))).as("the session ended").contains("/login");
        var again = StaffClient.anonymous(port);
        assertThat(location(again.login(username, PASSWORD))).endsWith("/console");
        assertThat(again.get("/console/second-factor").body()).contains("data-test=\"secret\"");
        var nothingToReset = admin.postForm("/admin/accounts/" + id + "/second-factor/reset", Map.of());
        assertThat(location(nothingToReset)).endsWith("/admin/accounts");
        assertThat(admin.get("/admin/accounts").body()).contains("该账户未启用双因素认证");
        assertThat(StaffClient.loggedIn(port, "qufu-officer")
                        .postForm("/admin/accounts/" + id + "/second-factor/reset", Map.of())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void officersHaveNoSecondFactorPage() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/console/second-factor").statusCode()).isEqualTo(403);
        assertThat(officer.get("/console").body()).doesNotContain("双因素认证");
    }

    static String code(String secret, Instant at) throws Exception {
        var totp = new TimeBasedOneTimePasswordGenerator();
        return totp.generateOneTimePasswordString(
                new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm()), at, Locale.ROOT);
    }

    private String newLeader(StaffClient admin) {
        return NewAccounts.of(admin, db, Role.LEADER);
    }
}
