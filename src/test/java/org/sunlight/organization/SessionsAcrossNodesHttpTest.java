package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 7: two nodes on one database with the sessions in PostgreSQL ({@code sunlight.sessions.store=jdbc}),
 * as behind a load balancer. The test's own application context is one node; a second one is started beside it on the
 * same database. A client logged in through one node is logged in through the other, CSRF token included, and a
 * password reset through one node ends the account's sessions on both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sunlight.sessions.store=jdbc")
class SessionsAcrossNodesHttpTest {

    private static ConfigurableApplicationContext otherNode;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @BeforeAll
    static void startOtherNode() {
        otherNode = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--sunlight.sessions.store=jdbc");
    }

    @AfterAll
    static void stopOtherNode() {
        otherNode.close();
    }

    private static int otherPort() {
        return ((WebServerApplicationContext) otherNode).getWebServer().getPort();
    }

    @Test
    void aClientLoggedInThroughOneNodeIsLoggedInThroughTheOther() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/console").statusCode()).isEqualTo(200);
        assertThat(db.sql("select count(*) from platform.spring_session where principal_name = 'qufu-officer'")
                        .query(Integer.class)
                        .single())
                .as("the session is in the database")
                .isPositive();

        var elsewhere = officer.at(otherPort());
        var console = elsewhere.get("/console");
        assertThat(console.statusCode()).as(location(console)).isEqualTo(200);
        var opened = elsewhere.postJson(
                "/api/cases",
                """
                {"procedure": "GENERAL_PENALTY", "title": "另一节点立案", "summary": "", "parties": []}""");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(db.sql("select count(*) from cases.enforcement_case where title = '另一节点立案'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(officer.getJson("/api/cases").statusCode())
                .as("and still through the first")
                .isEqualTo(200);
    }

    @Test
    void aClientNotLoggedInIsNotLoggedInThroughEitherNode() {
        var stranger = StaffClient.anonymous(port);
        stranger.get("/login");
        assertThat(location(stranger.get("/console"))).endsWith("/login");
        assertThat(location(stranger.at(otherPort()).get("/console"))).endsWith("/login");
    }

    @Test
    void aPasswordResetThroughOneNodeEndsTheSessionsOnBoth() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var username = NewAccounts.of(admin, db, Role.OFFICER);
        var here = StaffClient.anonymous(port);
        assertThat(location(here.login(username, NewAccounts.PASSWORD))).endsWith("/console");
        var there = StaffClient.anonymous(otherPort());
        assertThat(location(there.login(username, NewAccounts.PASSWORD))).endsWith("/console");
        assertThat(here.at(otherPort()).get("/console").statusCode()).isEqualTo(200);
        assertThat(there.at(port).get("/console").statusCode()).isEqualTo(200);

        var id = db.sql("select id from organization.user_account where username = ?")
                .param(username)
                .query(java.util.UUID.class)
                .single();
        admin.get("/admin/accounts/" + id + "/password");
        var reset = admin.postForm("/admin/accounts/" + id + "/password", form("password", "Reset2026word"));
        assertThat(location(reset)).endsWith("/admin/accounts");

        assertThat(location(here.at(otherPort()).get("/console"))).endsWith("/login?ended");
        assertThat(location(there.get("/console"))).endsWith("/login?ended");
        assertThat(there.at(port).get("/console").statusCode())
                .as("stays ended")
                .isEqualTo(302);
        assertThat(admin.at(otherPort()).get("/admin/accounts").statusCode())
                .as("the admin's own session is untouched, on either node")
                .isEqualTo(200);
        assertThat(db.sql("select count(*) from platform.spring_session where principal_name = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .as("the ended sessions are gone from the database")
                .isZero();
    }
}
