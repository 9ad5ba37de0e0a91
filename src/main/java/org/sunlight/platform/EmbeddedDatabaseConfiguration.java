package org.sunlight.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL inside the product when no external database is configured, so that the product runs on a
 * fresh machine with nothing installed, on the same engine as production.
 *
 * <p>The library starts PostgreSQL for throwaway test databases: {@code -F} (no fsync) and {@code
 * synchronous_commit=off}. The product passes {@code -c fsync=on -c synchronous_commit=on -c full_page_writes=on}
 * after them (a later setting on the command line wins), so that an acknowledged commit is on disk and a crash of the
 * machine cannot corrupt the cluster. Only tests turn this off ({@code sunlight.database.embedded.durable=false}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("sunlight-embedded");
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    @Bean
    EmbeddedDatabaseBackup embeddedDatabaseBackup(
            EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, Clock clock) {
        return new EmbeddedDatabaseBackup(postgres, properties, clock);
    }

    /** Starts (or restarts, keeping its data) the cluster in the configured directory. */
    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        var directory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                // recovery after a crash may take a while (the library waits this long also when the start failed)
                .setPGStartupWait(Duration.ofMinutes(3))
                // called while the library holds its lock on the directory: a server still running there is left
                // over from a product that died without stopping it
                .setDataDirectoryCustomizer(dir -> stopOrphan(dir.toPath()))
                // stopped by whoever holds it (the application context closes it after every bean that uses it), not by
                // the library's own JVM shutdown hook: that hook ran beside the context's on SIGTERM, stopped the
                // server under the event publication registry's last writes, and the pool then waited 30 s for a
                // connection (issue 14: a shutdown in seconds)
                .setRegisterShutdownHook(false);
        // the library hands the settings to pg_ctl -o, which a shell splits: a value with spaces (an archive_command)
        // goes quoted
        serverSettings(properties).forEach((name, value) -> builder.setServerConfig(name, shellQuoted(value)));
        var postgres = builder.start();
        log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
        logDurability(postgres, properties);
        return postgres;
    }

    /** What the product passes to PostgreSQL as {@code -c name=value}, after the library's own. */
    static Map<String, String> serverSettings(EmbeddedDatabaseProperties properties) {
        var settings = new LinkedHashMap<String, String>();
        settings.put("max_connections", "100");
        // the product and its tools connect over TCP; a Unix socket would put a lock file in /tmp that a killed
        // PostgreSQL leaves behind, and once its process id is reused by another process no PostgreSQL on this port
        // starts again
        settings.put("unix_socket_directories", "");
        settings.put("shared_buffers", properties.effectiveSharedBuffers().toMegabytes() + "MB");
        if (properties.durable()) {
            settings.put("fsync", "on");
            settings.put("synchronous_commit", "on");
            settings.put("full_page_writes", "on");
        } else {
            settings.put("fsync", "off");
            settings.put("synchronous_commit", "off");
        }
        if (properties.archive().enabled()) {
            settings.put("archive_mode", "on");
            settings.put("archive_command", properties.archive().archiveCommand());
        } else {
            settings.put("archive_mode", "off");
        }
        settings.putAll(properties.settings());
        return settings;
    }

    static String shellQuoted(String value) {
        if (value.matches("[A-Za-z0-9_.:/+-]*")) {
            return value;
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /** One line that says how safe the data is, as PostgreSQL itself reports its settings. */
    private static void logDurability(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        var values = new LinkedHashMap<String, String>();
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            for (var name : new String[] {
                "fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "archive_mode", "commit_delay"
            }) {
                try (var result = statement.executeQuery("show " + name)) {
                    result.next();
                    values.put(name, result.getString(1));
                }
            }
        } catch (SQLException e) {
            log.warn("Could not read the embedded PostgreSQL's settings", e);
            return;
        }
        var backup = properties.backup();
        String backups = backup.enabled()
                ? "base backup at cron '%s' to %s, keeping %d"
                        .formatted(
                                backup.cron(),
                                backup.directory().toAbsolutePath().normalize(),
                                backup.keep())
                : "no scheduled backup";
        boolean durable = "on".equals(values.get("fsync"))
                && "on".equals(values.get("synchronous_commit"))
                && "on".equals(values.get("full_page_writes"));
        String line = "Embedded PostgreSQL durability: fsync=%s, synchronous_commit=%s, full_page_writes=%s,"
                + " shared_buffers=%s, commit_delay=%s, WAL archiving %s; %s";
        Object[] arguments = {
            values.get("fsync"),
            values.get("synchronous_commit"),
            values.get("full_page_writes"),
            values.get("shared_buffers"),
            values.get("commit_delay"),
            properties.archive().enabled() ? "on (" + properties.archive().archiveCommand() + ")" : "off",
            backups
        };
        if (durable) {
            log.info(line.formatted(arguments));
        } else {
            log.warn((line + " — NOT DURABLE: a crash can lose acknowledged commits").formatted(arguments));
        }
    }

    /**
     * Stops a PostgreSQL left running in the directory by a product that died (a JVM killed outright leaves its
     * server behind, and a new one cannot start beside it). It gets a fast shutdown's chance to finish first. A {@code
     * postmaster.pid} whose process is gone, or is now another program, is left over from a PostgreSQL that was killed.
     */
    static void stopOrphan(Path directory) {
        var pidFile = directory.resolve("postmaster.pid");
        long pid;
        try {
            if (!Files.exists(pidFile)) {
                return;
            }
            var lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return;
            }
            pid = Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive).orElse(null);
        if (process == null) {
            return;
        }
        var command = process.info().command();
        if (command.isPresent() && !command.get().endsWith("/postgres")) {
            // the PostgreSQL that wrote the file was killed and its process id now belongs to another program:
            // PostgreSQL would take that program for a server still running here and refuse to start
            log.warn(
                    "{} names process {}, which is no PostgreSQL ({}): the file is left over from a PostgreSQL that"
                            + " was killed, and is removed",
                    pidFile,
                    pid,
                    command.get());
            try {
                Files.delete(pidFile);
            } catch (IOException e) {
                throw new UncheckedIOException("could not remove the stale " + pidFile, e);
            }
            return;
        }
        if (command.isEmpty()) {
            return;
        }
        log.warn(
                "A PostgreSQL left running in {} (pid {}) is stopped before the embedded database starts",
                directory,
                pid);
        var children = process.descendants().toList();
        try {
            process.destroy(); // SIGTERM: a smart shutdown, its clients died with their JVM
            process.onExit().completeOnTimeout(process, 2, TimeUnit.MINUTES).join();
            if (!process.isAlive()) {
                log.info("The PostgreSQL left running (pid {}) has shut down", pid);
            } else {
                log.warn("The PostgreSQL left running (pid {}) did not shut down in 2 minutes: killed", pid);
                process.destroyForcibly();
            }
            for (var child : children) {
                child.onExit().completeOnTimeout(child, 1, TimeUnit.MINUTES).join();
            }
        } catch (RuntimeException e) {
            throw new UncheckedIOException(
                    new IOException("could not stop the PostgreSQL left running in " + directory, e));
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
