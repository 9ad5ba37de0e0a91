package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.location;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Accounts a test needs of its own, made by an administrator through the account form as a person would. */
final class NewAccounts {

    /** The password every such account starts with. */
    static final String PASSWORD = "Start2026pass";

    private NewAccounts() {}

    /** A new account of 曲阜市 holding the one role, with {@link #PASSWORD}; its user name is returned. */
    static String of(StaffClient admin, JdbcClient db, Role role) {
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
        fields.put("roles", role.name());
        fields.put("password", PASSWORD);
        var created = admin.postForm("/admin/accounts", fields);
        assertThat(location(created)).as(created.body()).endsWith("/admin/accounts");
        return username;
    }
}
