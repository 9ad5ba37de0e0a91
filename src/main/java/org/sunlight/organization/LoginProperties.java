package org.sunlight.organization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords in a row lock an account, and for how long; the roles that must log in with a second factor
 * (none by default).
 */
@ConfigurationProperties("sunlight.login")
record LoginProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("") java.util.List<Role> secondFactorRequiredFor) {}
