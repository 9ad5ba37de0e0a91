package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;

/** With no database configured the product runs on its own PostgreSQL, and keeps every record across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void recordsSurviveARestartAndTheDemoDataIsLoadedOnlyOnce() {
        var directory = data.resolve("postgres");
        String unitName = "测试卫生健康局" + UUID.randomUUID().toString().substring(0, 6);
        long officers;
        var first = start(directory);
        try {
            var db = first.getBean(JdbcClient.class);
            officers = count(db, "organization.officer");
            assertThat(officers).as("demo officers on first start").isGreaterThanOrEqualTo(30);
            db.sql(
                            """
                            insert into organization.unit (name, division_code, level, parent_id)
                            select ?, '370882', 'COUNTY', id from organization.unit where division_code = '370800'
                            """)
                    .param(unitName)
                    .update();
        } catch (RuntimeException | Error e) {
            first.close();
            throw e;
        }
        // what SIGTERM does (Spring's shutdown hook): close the context, which stops the database after every bean
        // that writes to it; the database closing first made the event publication registry wait 30 s for it
        long closing = System.nanoTime();
        first.close();
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - closing))
                .as("closing takes seconds, not the 30 s of a pool waiting for a stopped database")
                .isLessThan(java.time.Duration.ofSeconds(15));
        assertThat(Files.exists(directory.resolve("postmaster.pid")))
                .as("the database stopped with the context")
                .isFalse();
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        try (var second = start(directory)) {
            var db = second.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from organization.unit where name = ?")
                            .param(unitName)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(count(db, "organization.officer"))
                    .as("demo data not loaded again")
                    .isEqualTo(officers);
        }
    }

    /**
     * A PostgreSQL killed outright leaves its lock files behind, naming its process id; once another program has that
     * id, PostgreSQL takes it for a server still running. The embedded database starts all the same.
     */
    @Test
    void theClusterStartsAgainAfterItsKilledServersProcessIdWentToAnotherProgram() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var properties = new EmbeddedDatabaseProperties(
                data.resolve("postgres"),
                port,
                2,
                false,
                org.springframework.util.unit.DataSize.ofMegabytes(128),
                org.springframework.util.unit.DataSize.ofMegabytes(128),
                java.util.Map.of(),
                new EmbeddedDatabaseProperties.Archive(null, null),
                new EmbeddedDatabaseProperties.Backup("-", data.resolve("backups"), 1));
        EmbeddedDatabaseConfiguration.start(properties).close();

        // another program now has the process id the killed server wrote into its lock files
        var other = new ProcessBuilder("sleep", "600").start();
        var socketLock = Path.of("/tmp/.s.PGSQL." + port + ".lock");
        try {
            Files.writeString(socketLock, other.pid() + "\n" + data.resolve("postgres") + "\n0\n" + port + "\n/tmp\n");
            try (var postgres = EmbeddedDatabaseConfiguration.start(properties)) {
                assertThat(selectOne(postgres))
                        .as("started beside a stale socket lock")
                        .isEqualTo(1);
            }
            Files.writeString(data.resolve("postgres").resolve("postmaster.pid"), other.pid() + "\n");
            try (var postgres = EmbeddedDatabaseConfiguration.start(properties)) {
                assertThat(selectOne(postgres))
                        .as("started on a stale postmaster.pid")
                        .isEqualTo(1);
            }
            assertThat(other.isAlive()).as("the other program is left alone").isTrue();
        } finally {
            other.destroyForcibly();
            Files.deleteIfExists(socketLock);
        }
    }

    private static int selectOne(io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres)
            throws java.sql.SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var result = connection.createStatement().executeQuery("select 1")) {
            result.next();
            return result.getInt(1);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.database.embedded.data-directory=" + directory,
                        "--server.port=0");
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }
}
