package org.sunlight.platform;

import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a session store it does not know ({@code sunlight.sessions.store}: {@code memory}, the default, or
 * {@code jdbc}, see {@link JdbcSessions}). A mistyped value ({@code JDBC}, {@code jbdc}) would otherwise leave a
 * deployment of several nodes on sessions in memory without a word: users logged out as the balancer moves them, and a
 * password reset ending the sessions of one node only.
 */
@Component
class SessionStoreSetting {

    static final String PROPERTY = "sunlight.sessions.store";
    static final Set<String> STORES = Set.of("memory", "jdbc");

    SessionStoreSetting(Environment environment) {
        var store = environment.getProperty(PROPERTY, "memory");
        if (!STORES.contains(store)) {
            throw new IllegalStateException(PROPERTY + " must be memory or jdbc (lower case), not '" + store + "'");
        }
    }
}
