package org.sunlight;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One embedded PostgreSQL for the whole test run, started on first use in a fresh directory. Every Spring test context
 * that names no database of its own runs on it, with the demo data loaded (registered in {@code META-INF/spring.factories}).
 * A test that starts the product on a database of its own sets {@code sunlight.test.shared-database=false}; that
 * database runs without fsync and synchronous commit unless the test also sets {@code sunlight.test.fast-database=false}.
 * The shared database runs with the library's defaults, which are the same fast ones.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres postgres;

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                var directory = Files.createTempDirectory("sunlight-test-pg");
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(true)
                        // not stopped by the library's own JVM shutdown hook, which ran beside Spring's: the server
                        // went away while the cached contexts closed, and each context's pool then retried its
                        // connections until surefire gave up on the JVM 30 s after the last test. Spring's shutdown
                        // hook stops it once every context is closed.
                        .setRegisterShutdownHook(false)
                        .start();
                var started = postgres;
                org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static String jdbcUrl() {
        return postgres().getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        // the audit log's signing key of the tests stays in the build directory; the tests file many complaints from
        // one loopback address, so the portal's flood guard allows them (FloodGuardTest checks the guard itself); the
        // problem-detection models do not run in the background; nor does the demo's history
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "sunlight-test-keys",
                        java.util.Map.of(
                                "sunlight.audit.key-directory",
                                "target/test-keys",
                                "sunlight.supervision.online-complaints-per-hour",
                                "1000",
                                // the tests run the detection models when they mean to (StoredFlags.refresh), never
                                // in the background between a record and what they read of it
                                "sunlight.supervision.detect-first",
                                "P3650D",
                                // the tests count the demo rows: the demo's year of history is generated only by the
                                // test that looks at it (DemoHistoryHttpTest)
                                "sunlight.demo-data.history.enabled",
                                "false")));
        // a test that starts the product on an embedded database of its own runs it fast rather than durably (no
        // fsync, no synchronous commit), with a small cache and backups in the build directory; a test of the
        // product's own database settings sets sunlight.test.fast-database=false
        if (environment.getProperty("sunlight.test.fast-database", Boolean.class, true)) {
            var fast = new MapPropertySource(
                    "sunlight-test-fast-database",
                    java.util.Map.of(
                            "sunlight.database.embedded.durable", "false",
                            "sunlight.database.embedded.shared-buffers", "128MB",
                            "sunlight.database.embedded.backup.directory", "target/test-backups"));
            // before application.yml, which sets the product's defaults, and after a test's own properties
            var sources = environment.getPropertySources();
            var applicationYml = sources.stream()
                    .filter(source -> source.getName().contains("application.yml"))
                    .findFirst();
            if (applicationYml.isPresent()) {
                sources.addBefore(applicationYml.get().getName(), fast);
            } else {
                sources.addLast(fast);
            }
        }
        if (environment.containsProperty("spring.datasource.url")
                || !environment.getProperty("sunlight.test.shared-database", Boolean.class, true)) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        "sunlight-test-database",
                        java.util.Map.of(
                                "spring.datasource.url", jdbcUrl(),
                                "spring.datasource.username", "postgres",
                                "sunlight.demo-data.mode", "ALWAYS",
                                // a closing context that still asks for a connection gives up after 5 s rather than
                                // Hikari's 30
                                "spring.datasource.hikari.connection-timeout", "5000",
                                // nor does each cached context wait for its idle async executor, or for requests a
                                // test left hanging (a cut-off upload), when it closes
                                "spring.modulith.default-async-termination", "false",
                                "server.shutdown", "immediate",
                                "sunlight.evidence.upload-directory", "target/evidence/uploads",
                                "sunlight.evidence.store.local-directory", "target/evidence/blobs")));
    }
}
