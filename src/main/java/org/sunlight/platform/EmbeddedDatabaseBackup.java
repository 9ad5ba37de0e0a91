package org.sunlight.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The embedded cluster's base backup, daily by default: a copy of the data directory taken with PostgreSQL's own
 * backup functions ({@code pg_backup_start}, {@code pg_backup_stop}; PostgreSQL manual 26.3.3, "Making a Base Backup
 * Using the Low Level API") while the product runs, together with the write-ahead log written meanwhile, so that
 * PostgreSQL started on the copy replays it to a consistent state. (The embedded PostgreSQL ships no {@code pg_dump}
 * and no {@code pg_basebackup}.) Restore: stop the product, replace the data directory with a backup ({@code cp -a}),
 * start the product.
 *
 * <p>One backup at a time, under a PostgreSQL advisory lock. A temporary replication slot keeps the WAL from the start
 * of the backup until it is copied. Each backup is written to {@code <name>.partial} and renamed when complete; then
 * all but the newest {@code keep} are deleted.
 */
public class EmbeddedDatabaseBackup {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseBackup.class);

    /** The advisory lock key: "SUNBACKP" in ASCII. */
    static final long LOCK = 0x53554E4241434B50L;

    static final String PREFIX = "sunlight-";

    private static final Pattern NAME = Pattern.compile("sunlight-\\d{8}T\\d{6}Z(-\\d+)?");
    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Directories whose contents PostgreSQL rebuilds or does not need in a backup (as pg_basebackup leaves out). */
    private static final Set<String> EMPTIED = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    /** Files of a running cluster that a backup must not carry. */
    private static final Set<String> LEFT_OUT = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "epg-lock",
            "backup_label",
            "tablespace_map",
            "backup_manifest",
            "pg_internal.init");

    private final EmbeddedPostgres postgres;
    private final EmbeddedDatabaseProperties properties;
    private final Clock clock;

    EmbeddedDatabaseBackup(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties, Clock clock) {
        this.postgres = postgres;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${sunlight.database.embedded.backup.cron:0 30 2 * * *}",
            zone = "${sunlight.time-zone:Asia/Shanghai}")
    void scheduled() {
        try {
            backup();
        } catch (RuntimeException e) {
            log.error("The backup of the embedded database failed; it is tried again at the next scheduled time", e);
        }
    }

    /**
     * Takes a backup now.
     *
     * @return the directory of the new backup, or empty when another backup holds the lock
     */
    public Optional<Path> backup() {
        var data = properties.dataDirectory().toAbsolutePath().normalize();
        var directory = properties.backup().directory().toAbsolutePath().normalize();
        long started = System.nanoTime();
        // a connection of its own, not the pool's: the backup, its slot and its lock end with this session, also when
        // the backup fails half-way
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            if (!Boolean.TRUE.equals(single(connection, "select pg_try_advisory_lock(" + LOCK + ")", Boolean.class))) {
                log.info("Another backup of the embedded database is running; this one is skipped");
                return Optional.empty();
            }
            Files.createDirectories(directory);
            deletePartial(directory);
            var target = fresh(directory);
            var partial = directory.resolve(target.getFileName() + ".partial");
            single(
                    connection,
                    "select 1 from pg_create_physical_replication_slot('sunlight_backup_' || pg_backend_pid(), true, true)",
                    Integer.class);
            String startFile = single(
                    connection,
                    "select pg_walfile_name(lsn) from pg_backup_start('" + target.getFileName() + "', true) as lsn",
                    String.class);
            copyCluster(data, partial, directory);
            String label;
            String tablespaces;
            try (var statement = connection.prepareStatement(
                    "select labelfile, spcmapfile, pg_walfile_name(lsn) from pg_backup_stop(?)")) {
                statement.setBoolean(1, properties.archive().enabled());
                String endFile;
                try (var result = statement.executeQuery()) {
                    result.next();
                    label = result.getString(1);
                    tablespaces = result.getString(2);
                    endFile = result.getString(3);
                }
                copyWal(data.resolve("pg_wal"), partial.resolve("pg_wal"), startFile, endFile);
            }
            write(partial.resolve("backup_label"), label);
            if (tablespaces != null && !tablespaces.isEmpty()) {
                write(partial.resolve("tablespace_map"), tablespaces);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            force(directory);
            var deleted = prune(directory);
            log.info(
                    "Backup of the embedded database written to {} in {} ms ({} MB); {} older backups deleted",
                    target,
                    (System.nanoTime() - started) / 1_000_000,
                    size(target) / (1024 * 1024),
                    deleted.size());
            return Optional.of(target);
        } catch (SQLException e) {
            throw new IllegalStateException("the backup of the embedded database failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup of the embedded database failed", e);
        }
    }

    /** The backups kept, oldest first. */
    public List<Path> backups() {
        var directory = properties.backup().directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fresh(Path directory) {
        String name = PREFIX + STAMP.format(clock.instant());
        var target = directory.resolve(name);
        for (int n = 2; Files.exists(target); n++) {
            target = directory.resolve(name + "-" + n);
        }
        return target;
    }

    private List<Path> prune(Path directory) throws IOException {
        var kept = backups();
        var deleted = new ArrayList<Path>();
        for (int i = 0; i < kept.size() - properties.backup().keep(); i++) {
            deleteTree(kept.get(i));
            deleted.add(kept.get(i));
        }
        return deleted;
    }

    /** A backup that a crash or an error cut short is of no use. */
    private static void deletePartial(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            for (var partial : entries.filter(p -> p.getFileName().toString().endsWith(".partial"))
                    .toList()) {
                deleteTree(partial);
            }
        }
    }

    private static void copyCluster(Path data, Path target, Path backups) throws IOException {
        Files.walkFileTree(data, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (dir.equals(backups) || dir.getFileName().toString().startsWith("pgsql_tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                var relative = data.relativize(dir);
                var copy = target.resolve(relative.toString());
                Files.createDirectories(copy);
                Files.setPosixFilePermissions(copy, Files.getPosixFilePermissions(dir));
                if (relative.getNameCount() == 1 && EMPTIED.contains(relative.toString())) {
                    if (relative.toString().equals("pg_wal")) {
                        Files.createDirectories(copy.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()
                        && !LEFT_OUT.contains(file.getFileName().toString())) {
                    copyFile(file, target.resolve(data.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                // a table dropped while the backup runs: the WAL replay drops it in the copy too
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
    }

    /** The segments from the backup's start to its end (the stop's record), and timeline histories. */
    private static void copyWal(Path wal, Path target, String startFile, String endFile) throws IOException {
        try (Stream<Path> files = Files.list(wal)) {
            for (var file : files.toList()) {
                String name = file.getFileName().toString();
                boolean needed = WAL_SEGMENT.matcher(name).matches()
                        ? name.compareTo(startFile) >= 0 && name.compareTo(endFile) <= 0
                        : name.endsWith(".history");
                if (needed) {
                    copyFile(file, target.resolve(name));
                }
            }
        }
        for (var name = startFile; name.compareTo(endFile) <= 0; name = next(name)) {
            if (!Files.exists(target.resolve(name))) {
                throw new IOException("the write-ahead log segment " + name + " the backup needs is gone");
            }
        }
    }

    /** The next segment's file name (16 MB segments, the default of the embedded cluster). */
    private static String next(String segment) {
        long log = Long.parseLong(segment.substring(8, 16), 16);
        long seg = Long.parseLong(segment.substring(16, 24), 16);
        if (++seg > 0xFF) {
            seg = 0;
            log++;
        }
        return "%s%08X%08X".formatted(segment.substring(0, 8), log, seg);
    }

    /** Copies a file and forces it to disk: a backup that a power cut can undo is no backup. */
    private static void copyFile(Path source, Path target) throws IOException {
        try (var in = FileChannel.open(source, StandardOpenOption.READ);
                var out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            long done = 0;
            while (done < size) {
                long n = in.transferTo(done, size - done, out);
                if (n <= 0) {
                    break; // the file shrank meanwhile: the WAL replay repairs it
                }
                done += n;
            }
            out.force(true);
        } catch (NoSuchFileException gone) {
            if (Files.exists(source)) {
                throw gone;
            }
            return;
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static void force(Path directory) throws IOException {
        try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (var path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static <T> T single(Connection connection, String sql, Class<T> type) throws SQLException {
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getObject(1, type);
        }
    }
}
