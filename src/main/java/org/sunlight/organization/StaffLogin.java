package org.sunlight.organization;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds staff for login, counts wrong passwords and locks an account after too many in a row. */
@Service
class StaffLogin implements UserDetailsService {

    private final UserAccounts accounts;
    private final LoginProperties properties;

    StaffLogin(UserAccounts accounts, LoginProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForLogin(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailure(
                event.getAuthentication().getName().strip(), properties.maxFailedAttempts(), properties.lockDuration());
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffUser user) {
            accounts.recordSuccess(user.getUsername());
        }
    }
}
