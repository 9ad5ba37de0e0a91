package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 3: where the setting makes the second factor mandatory for leaders (等保 level 3, privileged
 * accounts), a leader without one reaches only the page that enables it; once enabled, the console opens. Other roles
 * go on as before.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sunlight.login.second-factor-required-for=LEADER")
class SecondFactorRequiredHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void aLeaderWithoutASecondFactorIsSentToEnableItFirst() throws Exception {
        var username = NewAccounts.of(StaffClient.loggedIn(port, "qufu-admin"), db, Role.LEADER);
        var leader = StaffClient.anonymous(port);
        assertThat(location(leader.login(username, SecondFactorHttpTest.PASSWORD)))
                .endsWith("/console");

        assertThat(location(leader.get("/console"))).endsWith("/console/second-factor?required");
        assertThat(location(leader.get("/console/cases"))).endsWith("/console/second-factor?required");
        var api = leader.getJson("/api/cases");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(new ObjectMapper().readTree(api.body()).get("detail").asText())
                .contains("请先启用双因素认证");
        var page = leader.get("/console/second-factor?required");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-test=\"required\"");
        assertThat(leader.get("/console/password").statusCode())
                .as("the own password stays reachable")
                .isEqualTo(200);

        var matcher = SecondFactorHttpTest.SECRET.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        leader.postForm(
                "/console/second-factor", form("code", SecondFactorHttpTest.code(matcher.group(1), clock.instant())));
        assertThat(leader.get("/console").statusCode()).isEqualTo(200);
        assertThat(leader.getJson("/api/cases").statusCode()).isEqualTo(200);

        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/console").statusCode())
                .as("officers are not asked")
                .isEqualTo(200);
    }
}
