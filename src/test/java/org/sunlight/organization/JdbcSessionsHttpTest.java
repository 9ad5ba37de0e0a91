package org.sunlight.organization;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every test of {@link SessionsHttpTest} again with the sessions in PostgreSQL ({@code sunlight.sessions.store=jdbc}):
 * a login gets a new session, and a password reset, a deactivation, a role change or a lock ends the account's sessions
 * through the session table's principal-name index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sunlight.sessions.store=jdbc")
class JdbcSessionsHttpTest extends SessionsHttpTest {}
