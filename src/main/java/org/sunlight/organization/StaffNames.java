package org.sunlight.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People by name where staff read (issue 18, point 4): records keep the account that acted, screens show the person's
 * name. Templates of every module ask {@code ${@staffNames.name(username)}}.
 */
@Component("staffNames")
public class StaffNames {

    private final JdbcClient db;

    StaffNames(JdbcClient db) {
        this.db = db;
    }

    /**
     * The account's display name; a name no account has (a system step, a removed account) is shown as recorded. A
     * username is shown beside the name only where an administrator needs it, never here.
     */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return db.sql("select display_name from organization.user_account where username = ?")
                .param(username)
                .query(String.class)
                .optional()
                .orElse(username);
    }
}
