package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;

/**
 * The embedded database's backup, taken while the product runs: the newest {@code keep} are kept, the restore command
 * of docs/api.md brings back what was committed before the backup (and not what came after), and the audit log of the
 * restored database verifies. WAL archiving, when a directory is set, archives each completed segment.
 */
class EmbeddedDatabaseBackupTest {

    @TempDir
    Path work;

    @Test
    void backupsAreKeptRotatedAndRestoredWithTheReadmeCommand() throws Exception {
        var data = work.resolve("postgres");
        var backups = work.resolve("backups");
        var archive = work.resolve("wal-archive");
        Files.createDirectories(archive);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Path newest;
        try (var product = start(data, backups, archive)) {
            var db = JdbcClient.create(product.getBean(DataSource.class));
            var backup = product.getBean(EmbeddedDatabaseBackup.class);
            addUnit(db, "备份前卫生健康局" + tag, "370891");
            var first = backup.backup().orElseThrow();
            assertThat(first.resolve("backup_label")).exists();
            assertThat(first.resolve("PG_VERSION")).exists();
            assertThat(first.resolve("postmaster.pid")).doesNotExist();
            assertThat(Files.list(first.resolve("pg_wal")).filter(Files::isRegularFile))
                    .as("the WAL written while the backup ran is in it")
                    .isNotEmpty();

            addUnit(db, "两次备份之间卫生健康局" + tag, "370892");
            var second = backup.backup().orElseThrow();
            newest = backup.backup().orElseThrow();
            assertThat(backup.backups()).as("keep = 2: the oldest is deleted").containsExactly(second, newest);
            assertThat(first).doesNotExist();

            addUnit(db, "备份后卫生健康局" + tag, "370893");

            // archiving: a completed segment is copied to the archive directory
            db.sql("select pg_switch_wal()").query().singleRow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (isEmpty(archive) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(Files.list(archive)).as("archived WAL segments").isNotEmpty();
        }

        // the restore command of docs/api.md, with the product stopped
        var restore = new ProcessBuilder("bash", "-c", "rm -rf \"$DATA\" && cp -a \"$BACKUP\" \"$DATA\"").inheritIO();
        restore.environment().put("DATA", data.toString());
        restore.environment().put("BACKUP", newest.toString());
        assertThat(restore.start().waitFor(2, TimeUnit.MINUTES)).isTrue();

        try (var restored = start(data, backups, null)) {
            var db = JdbcClient.create(restored.getBean(DataSource.class));
            assertThat(units(db, "备份前卫生健康局" + tag)).isEqualTo(1);
            assertThat(units(db, "两次备份之间卫生健康局" + tag)).isEqualTo(1);
            assertThat(units(db, "备份后卫生健康局" + tag))
                    .as("written after the backup")
                    .isZero();
            var report = restored.getBean(Verification.class).run((check, checked) -> {});
            assertThat(report.clean())
                    .as("integrity checks of the restored database")
                    .isTrue();
        }
    }

    @Test
    void sharedBuffersAreAQuarterOfMemoryUpToTheCap() {
        var small = properties(null, org.springframework.util.unit.DataSize.ofMegabytes(64));
        assertThat(small.effectiveSharedBuffers().toMegabytes())
                .as("never below 128 MB")
                .isEqualTo(128);
        var capped = properties(null, org.springframework.util.unit.DataSize.ofMegabytes(512));
        long memory = java.lang.management.ManagementFactory.getPlatformMXBean(
                        com.sun.management.OperatingSystemMXBean.class)
                .getTotalMemorySize();
        assertThat(capped.effectiveSharedBuffers().toMegabytes())
                .isEqualTo(Math.max(128, Math.min(memory / 4, 512L << 20) >> 20));
        var set = properties(
                org.springframework.util.unit.DataSize.ofGigabytes(1),
                org.springframework.util.unit.DataSize.ofMegabytes(512));
        assertThat(set.effectiveSharedBuffers().toMegabytes()).as("as set").isEqualTo(1024);
    }

    private static EmbeddedDatabaseProperties properties(
            org.springframework.util.unit.DataSize set, org.springframework.util.unit.DataSize cap) {
        return new EmbeddedDatabaseProperties(
                Path.of("data"),
                0,
                10,
                true,
                set,
                cap,
                java.util.Map.of("commit-delay", "10"),
                new EmbeddedDatabaseProperties.Archive(null, null),
                new EmbeddedDatabaseProperties.Backup("-", Path.of("b"), 1));
    }

    private static ConfigurableApplicationContext start(Path data, Path backups, Path archive) {
        var arguments = new java.util.ArrayList<String>(java.util.List.of(
                "--sunlight.test.shared-database=false",
                "--sunlight.database.embedded.data-directory=" + data,
                "--sunlight.database.embedded.backup.directory=" + backups,
                "--sunlight.database.embedded.backup.keep=2",
                "--server.port=0"));
        if (archive != null) {
            arguments.add("--sunlight.database.embedded.archive.directory=" + archive);
        }
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static boolean isEmpty(Path directory) throws java.io.IOException {
        try (var files = Files.list(directory)) {
            return files.findAny().isEmpty();
        }
    }

    private static void addUnit(JdbcClient db, String name, String divisionCode) {
        db.sql(
                        """
                        insert into organization.unit (name, division_code, level, parent_id)
                        select ?, ?, 'COUNTY', id from organization.unit where division_code = '370800'
                        """)
                .param(name)
                .param(divisionCode)
                .update();
    }

    private static long units(JdbcClient db, String name) {
        return db.sql("select count(*) from organization.unit where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }
}
