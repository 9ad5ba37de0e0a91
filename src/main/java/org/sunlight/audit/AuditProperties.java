package org.sunlight.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit log's settings.
 *
 * @param keyDirectory where the Ed25519 signing key lives, outside the database (default {@code ./data/keys})
 * @param integrate whether this node runs the integrator (the {@code verify} command turns it off)
 * @param signInterval the longest a grown tree waits for a signed head (at most a minute)
 */
@ConfigurationProperties("sunlight.audit")
record AuditProperties(Path keyDirectory, Boolean integrate, Duration signInterval) {

    AuditProperties {
        keyDirectory = keyDirectory == null ? Path.of("data", "keys") : keyDirectory;
        integrate = integrate == null ? Boolean.TRUE : integrate;
        signInterval = signInterval == null ? Duration.ofSeconds(10) : signInterval;
        if (signInterval.compareTo(Duration.ofMinutes(1)) > 0) {
            signInterval = Duration.ofMinutes(1);
        }
    }
}
