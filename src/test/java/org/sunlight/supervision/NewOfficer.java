package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * An officer made for a test by the unit's admin over the admin pages, with a valid penalty certificate and an
 * officer's account of their own, signed in: the responsibility system's consequences act on them and on no demo
 * officer other tests use.
 */
record NewOfficer(UUID officerId, String certificateNo, StaffClient client) {

    /** A new officer of the unit, made by its admin (e.g. zoucheng-admin for Zoucheng). */
    static NewOfficer made(int port, JdbcClient db, Clock clock, String adminUsername, UUID unit, String name) {
        var admin = StaffClient.loggedIn(port, adminUsername);
        admin.get("/console");
        admin.get("/admin/officers/new");
        var certificateNo = "测" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var officer = admin.postForm(
                "/admin/officers",
                form(
                        "unitId", unit.toString(),
                        "name", name,
                        "position", "执法队员",
                        "certificateNo", certificateNo,
                        "categories", "PENALTY",
                        "region", "本行政区域",
                        "issuedOn", "2024-01-15",
                        "expiresOn", LocalDate.now(clock).plusYears(3).toString(),
                        "annualReviewStatus", "PASSED",
                        "annualReviewYear", "2025"));
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(302);
        var officerId = db.sql("select id from organization.officer where certificate_no = ?")
                .param(certificateNo)
                .query(UUID.class)
                .single();
        var username = "kh-" + UUID.randomUUID().toString().substring(0, 8);
        admin.get("/admin/accounts/new");
        var account = admin.postForm(
                "/admin/accounts",
                form(
                        "username",
                        username,
                        "displayName",
                        name,
                        "unitId",
                        unit.toString(),
                        "roles",
                        "OFFICER",
                        "officerId",
                        officerId.toString(),
                        "password",
                        "Start2026pass"));
        assertThat(account.statusCode()).as(account.body()).isEqualTo(302);
        var client = StaffClient.anonymous(port);
        client.login(username, "Start2026pass");
        client.get("/console");
        return new NewOfficer(officerId, certificateNo, client);
    }
}
