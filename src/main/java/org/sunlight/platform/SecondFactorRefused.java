package org.sunlight.platform;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * The password was right but the second factor's code was missing, wrong or already used. A bad credential like a
 * wrong password, so that it counts towards the lock.
 */
public final class SecondFactorRefused extends BadCredentialsException {

    public SecondFactorRefused() {
        super("second factor refused");
    }
}
