package org.sunlight.organization;

import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends the logged-in sessions of an account when what it logged in with no longer holds: its password changed, it was
 * deactivated (or its unit), its roles changed or it was locked (等保 level 3, identity and access: a session lives no
 * longer than the grant it was opened under). The session's next request goes to the login page, or answers 401 on the
 * API.
 */
@Component
class AccountSessions {

    private final SessionRegistry registry;

    AccountSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endOf(UUID accountId) {
        end(user -> user.getAccountId().equals(accountId));
    }

    void endOfUsername(String username) {
        end(user -> user.getUsername().equals(username));
    }

    void endInUnit(UUID unitId) {
        end(user -> user.getUnitId().equals(unitId));
    }

    private void end(Predicate<StaffUser> whose) {
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof StaffUser user && whose.test(user)) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
