package org.sunlight.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts, their roles and their login state. */
@Repository
class UserAccounts {

    private static final String COLUMNS =
            """
            id, username, display_name, unit_id, roles, officer_id, legal_background, active, failed_attempts,
            locked_until, last_login_at
            """;

    private final JdbcClient db;
    private final AccountSessions sessions;

    UserAccounts(JdbcClient db, AccountSessions sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    Optional<UserAccount> find(UUID id) {
        return db.sql("select " + COLUMNS + " from organization.user_account where id = ?")
                .param(id)
                .query(UserAccounts::map)
                .optional();
    }

    /** The account with its unit and password hash, as login needs it. */
    Optional<StaffUser> findForLogin(String username) {
        return db.sql(
                        """
                        select a.id, a.username, a.password_hash, a.display_name, a.unit_id, u.name as unit_name,
                               u.level as unit_level, a.roles, a.officer_id, a.active and u.active as active,
                               a.locked_until
                        from organization.user_account a join organization.unit u on u.id = a.unit_id
                        where a.username = ?
                        """)
                .param(username)
                .query((rs, row) -> new StaffUser(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("display_name"),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("unit_name"),
                        UnitLevel.valueOf(rs.getString("unit_level")),
                        roles(rs),
                        rs.getObject("officer_id", UUID.class),
                        rs.getBoolean("active"),
                        instant(rs.getTimestamp("locked_until"))))
                .optional();
    }

    List<UserAccount> ofUnits(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS
                        + " from organization.user_account where unit_id in (:units) order by username")
                .param("units", unitIds)
                .query(UserAccounts::map)
                .list();
    }

    List<StaffMember> withRole(UUID unitId, Role role) {
        return db.sql(
                        """
                        select username, display_name, officer_id from organization.user_account
                        where unit_id = ? and active and ? = any(roles) order by display_name, username
                        """)
                .params(unitId, role.name())
                .query((rs, n) -> new StaffMember(
                        rs.getString("username"), rs.getString("display_name"), rs.getObject("officer_id", UUID.class)))
                .list();
    }

    long countWithRole(UUID unitId, Role role) {
        return db.sql("select count(*) from organization.user_account where unit_id = ? and active and ? = any(roles)")
                .params(unitId, role.name())
                .query(Long.class)
                .single();
    }

    boolean usernameTaken(String username) {
        return db.sql("select exists (select 1 from organization.user_account where username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    UUID insert(
            String username,
            String passwordHash,
            String displayName,
            UUID unitId,
            Set<Role> roles,
            UUID officerId,
            boolean legalBackground) {
        return db.sql(
                        """
                        insert into organization.user_account (username, password_hash, display_name, unit_id, roles,
                            officer_id, legal_background)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(username, passwordHash, displayName, unitId, names(roles), officerId, legalBackground)
                .query(UUID.class)
                .single();
    }

    /** Saves the account; a change of its roles ends its sessions, which were opened under the old ones. */
    void update(UUID id, String displayName, Set<Role> roles, UUID officerId, boolean legalBackground) {
        var before = find(id).map(UserAccount::roles).orElse(Set.of());
        db.sql(
                        """
                        update organization.user_account set display_name = ?, roles = ?, officer_id = ?,
                            legal_background = ?, updated_at = now()
                        where id = ?
                        """)
                .params(displayName, names(roles), officerId, legalBackground, id)
                .update();
        if (!before.equals(roles)) {
            sessions.endOf(id);
        }
    }

    void changePassword(UUID id, String passwordHash) {
        db.sql(
                        """
                        update organization.user_account set password_hash = ?, failed_attempts = 0, locked_until = null,
                            updated_at = now()
                        where id = ?
                        """)
                .params(passwordHash, id)
                .update();
        sessions.endOf(id);
    }

    /**
     * An administrator takes away a lost second factor (a phone lost or replaced): the account logs in with its password
     * again until its owner enables a new one, and its sessions end.
     */
    boolean resetSecondFactor(UUID id) {
        var reset = db.sql(
                        """
                        update organization.user_account
                        set totp_secret = null, totp_enabled_at = null, totp_last_step = null, updated_at = now()
                        where id = ? and totp_secret is not null
                        """)
                .param(id)
                .update();
        sessions.endOf(id);
        return reset == 1;
    }

    /** The accounts of the units that have a second factor enabled. */
    java.util.Set<UUID> withSecondFactor(Collection<UUID> unitIds) {
        if (unitIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(db.sql(
                        """
                        select id from organization.user_account
                        where unit_id in (:units) and totp_secret is not null
                        """)
                .param("units", unitIds)
                .query(UUID.class)
                .list());
    }

    void setActive(UUID id, boolean active) {
        db.sql("update organization.user_account set active = ?, updated_at = now() where id = ?")
                .params(active, id)
                .update();
        if (!active) {
            sessions.endOf(id);
        }
    }

    /**
     * Counts a wrong password, and locks the account once the count reaches the limit. A try after an earlier lock has
     * run out starts a new count.
     */
    void recordFailure(String username, int maxAttempts, Duration lock) {
        db.sql(
                        """
                        update organization.user_account set
                            failed_attempts = case when locked_until is not null and locked_until <= now() then 1
                                                   else failed_attempts + 1 end,
                            locked_until = case
                                when locked_until is not null and locked_until <= now() then null
                                when failed_attempts + 1 >= :max then now() + make_interval(secs => :seconds)
                                else locked_until end
                        where username = :username
                        """)
                .param("max", maxAttempts)
                .param("seconds", (double) lock.toSeconds())
                .param("username", username)
                .update();
        var locked = db.sql(
                        "select locked_until > now() from organization.user_account where username = ? and locked_until is not null")
                .param(username)
                .query(Boolean.class)
                .optional()
                .orElse(false);
        if (locked) {
            sessions.endOfUsername(username);
        }
    }

    void recordSuccess(String username) {
        db.sql(
                        """
                        update organization.user_account
                        set failed_attempts = 0, locked_until = null, last_login_at = now()
                        where username = ?
                        """)
                .param(username)
                .update();
    }

    /** The account's second factor, if enabled: its secret, when it was enabled, the last step accepted. */
    record SecondFactorState(String secret, Instant enabledAt, Long lastStep) {}

    Optional<SecondFactorState> secondFactor(UUID id) {
        return db.sql(
                        """
                        select totp_secret, totp_enabled_at, totp_last_step from organization.user_account
                        where id = ? and totp_secret is not null
                        """)
                .param(id)
                .query((rs, row) -> new SecondFactorState(
                        rs.getString("totp_secret"),
                        rs.getTimestamp("totp_enabled_at").toInstant(),
                        rs.getObject("totp_last_step", Long.class)))
                .optional();
    }

    void enableSecondFactor(UUID id, String secret, long step) {
        db.sql(
                        """
                        update organization.user_account
                        set totp_secret = ?, totp_enabled_at = now(), totp_last_step = ?, updated_at = now()
                        where id = ? and totp_secret is null
                        """)
                .params(secret, step, id)
                .update();
    }

    /** Records that a code of the step was used; false if a code of that step or a later one was used meanwhile. */
    boolean useSecondFactorStep(UUID id, long step) {
        return db.sql(
                                """
                                update organization.user_account set totp_last_step = ?
                                where id = ? and (totp_last_step is null or totp_last_step < ?)
                                """)
                        .params(step, id, step)
                        .update()
                == 1;
    }

    void unlock(UUID id) {
        db.sql("update organization.user_account set failed_attempts = 0, locked_until = null where id = ?")
                .param(id)
                .update();
    }

    private static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getObject("unit_id", UUID.class),
                roles(rs),
                rs.getObject("officer_id", UUID.class),
                rs.getBoolean("legal_background"),
                rs.getBoolean("active"),
                rs.getInt("failed_attempts"),
                instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")));
    }

    private static Set<Role> roles(ResultSet rs) throws SQLException {
        var names = (String[]) rs.getArray("roles").getArray();
        return Arrays.stream(names)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String[] names(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
