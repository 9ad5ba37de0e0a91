package org.sunlight.organization;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.stereotype.Component;

/**
 * Ends the logged-in sessions of an account when what it logged in with no longer holds: its password changed, it was
 * deactivated (or its unit), its roles changed or it was locked (等保 level 3, identity and access: a session lives no
 * longer than the grant it was opened under). The session's next request goes to the login page, or answers 401 on the
 * API.
 *
 * <p>The accounts are found by username. With the sessions in memory the registry knows every logged-in principal;
 * with the sessions in PostgreSQL ({@code sunlight.sessions.store=jdbc}) the registry finds an account's sessions, on
 * whichever node they were opened, through the session table's principal-name index, and lists no principals.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;
    private final JdbcClient db;

    AccountSessions(SessionRegistry registry, JdbcClient db) {
        this.registry = registry;
        this.db = db;
    }

    void endOf(UUID accountId) {
        end(db.sql("select username from organization.user_account where id = ?")
                .param(accountId)
                .query(String.class)
                .list());
    }

    void endOfUsername(String username) {
        end(List.of(username));
    }

    void endInUnit(UUID unitId) {
        end(db.sql("select username from organization.user_account where unit_id = ?")
                .param(unitId)
                .query(String.class)
                .list());
    }

    private void end(Collection<String> usernames) {
        for (Object principal : principals(usernames)) {
            registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
        }
    }

    /** The registry's keys for these accounts: its own principals in memory, the principal's name with Spring Session. */
    private Collection<?> principals(Collection<String> usernames) {
        if (registry instanceof SessionRegistryImpl) {
            return registry.getAllPrincipals().stream()
                    .filter(principal -> principal instanceof StaffUser user && usernames.contains(user.getUsername()))
                    .toList();
        }
        return usernames;
    }
}
