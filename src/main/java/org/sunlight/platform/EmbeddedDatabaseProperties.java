package org.sunlight.platform;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded PostgreSQL the product starts when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port the port it listens on (0 picks a free one)
 * @param poolSize how many connections the product holds to it: on a machine of few cores, more connections than a few
 *     per core only queue inside PostgreSQL instead of in the pool
 * @param durable whether a commit is acknowledged only once its WAL is on disk ({@code fsync}, {@code
 *     synchronous_commit} and {@code full_page_writes} on). Only the tests turn it off, for speed: with it off a crash
 *     of PostgreSQL loses acknowledged commits and a crash of the machine may leave the cluster corrupt
 * @param sharedBuffers PostgreSQL's own cache ({@code shared_buffers}), e.g. 128MB or 1GB; unset, a quarter of the
 *     machine's memory up to {@code sharedBuffersCap}
 * @param sharedBuffersCap the most {@code shared_buffers} is sized to when not set
 * @param settings any further PostgreSQL settings, passed as {@code -c name=value} ({@code settings.commit-delay}
 *     sets {@code commit_delay})
 * @param archive continuous archiving of the write-ahead log, off unless a directory or a command is set
 * @param backup the daily base backup of the cluster
 */
@ConfigurationProperties("sunlight.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("10") int poolSize,
        @DefaultValue("true") boolean durable,
        DataSize sharedBuffers,
        @DefaultValue("2GB") DataSize sharedBuffersCap,
        Map<String, String> settings,
        @DefaultValue Archive archive,
        @DefaultValue Backup backup) {

    public EmbeddedDatabaseProperties {
        // PostgreSQL's names have underscores, which Spring drops from a map's keys: settings.commit-delay names
        // commit_delay
        var names = new java.util.LinkedHashMap<String, String>();
        if (settings != null) {
            settings.forEach((name, value) -> names.put(name.replace('-', '_'), value));
        }
        settings = java.util.Collections.unmodifiableMap(names);
    }

    /**
     * Write-ahead log archiving ({@code archive_mode}). Set one of the two to turn it on.
     *
     * @param directory each completed WAL segment is copied there ({@code archive_command} {@code test ! -f dir/%f && cp
     *     %p dir/%f}, as in the PostgreSQL manual, 26.3.1)
     * @param command an {@code archive_command} of one's own instead (e.g. one that copies to another machine)
     */
    public record Archive(Path directory, String command) {

        public boolean enabled() {
            return directory != null || (command != null && !command.isBlank());
        }

        /** The {@code archive_command} PostgreSQL runs for each completed segment. */
        public String archiveCommand() {
            if (command != null && !command.isBlank()) {
                return command;
            }
            String dir = directory.toAbsolutePath().normalize().toString();
            if (dir.contains("'")) {
                throw new IllegalArgumentException("sunlight.database.embedded.archive.directory may not contain '");
            }
            return "test ! -f '" + dir + "/%f' && cp %p '" + dir + "/%f'";
        }
    }

    /**
     * The scheduled base backup of the embedded cluster.
     *
     * @param cron when it runs (Spring cron, in {@code sunlight.time-zone}); {@code -} turns it off
     * @param directory where each backup is written, as a directory of its own
     * @param keep how many backups are kept; older ones are deleted after a new one is complete
     */
    public record Backup(
            @DefaultValue("0 30 2 * * *") String cron,
            @DefaultValue("./data/backups") Path directory,
            @DefaultValue("7") int keep) {

        public Backup {
            if (keep < 1) {
                throw new IllegalArgumentException("sunlight.database.embedded.backup.keep must be at least 1");
            }
        }

        public boolean enabled() {
            return !"-".equals(cron.trim());
        }
    }

    /** {@code shared_buffers} as set, or a quarter of the machine's memory up to the cap (and at least 128 MB). */
    public DataSize effectiveSharedBuffers() {
        if (sharedBuffers != null) {
            return sharedBuffers;
        }
        long memory = ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getTotalMemorySize();
        long quarter = Math.min(memory / 4, sharedBuffersCap.toBytes());
        return DataSize.ofMegabytes(Math.max(128, quarter / (1024 * 1024)));
    }
}
