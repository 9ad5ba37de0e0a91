package org.sunlight.organization;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.sunlight.platform.LoginDetails;
import org.sunlight.platform.SecondFactorRefused;

/**
 * Staff log in with name and password, and with the code of their second factor when they enabled one: a missing,
 * wrong or reused code is a bad credential like a wrong password (it counts towards the lock).
 */
@Component
class StaffAuthentication extends DaoAuthenticationProvider {

    private final UserAccounts accounts;
    private final SecondFactor secondFactor;

    StaffAuthentication(StaffLogin staff, PasswordEncoder passwords, UserAccounts accounts, SecondFactor secondFactor) {
        super(staff);
        setPasswordEncoder(passwords);
        this.accounts = accounts;
        this.secondFactor = secondFactor;
    }

    @Override
    protected void additionalAuthenticationChecks(
            UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        super.additionalAuthenticationChecks(user, authentication);
        if (!(user instanceof StaffUser staff)) {
            return;
        }
        var state = accounts.secondFactor(staff.getAccountId());
        if (state.isEmpty()) {
            return;
        }
        var code = authentication.getDetails() instanceof LoginDetails details ? details.secondFactorCode() : "";
        var step = secondFactor.accept(state.get().secret(), code, state.get().lastStep());
        if (step.isEmpty() || !accounts.useSecondFactorStep(staff.getAccountId(), step.getAsLong())) {
            throw new SecondFactorRefused();
        }
    }
}
