package org.sunlight.organization;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 */
@ConfigurationProperties("sunlight.login")
record LoginProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {}
