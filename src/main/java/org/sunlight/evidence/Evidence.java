package org.sunlight.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.tika.Tika;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.Procedures;
import org.sunlight.evidence.EvidenceRefusals.ChunkTooLarge;
import org.sunlight.evidence.EvidenceRefusals.InvalidField;
import org.sunlight.evidence.EvidenceRefusals.OffsetMismatch;
import org.sunlight.evidence.EvidenceRefusals.StorageFailed;
import org.sunlight.evidence.EvidenceRefusals.UploadAbandoned;
import org.sunlight.evidence.EvidenceRefusals.UploadBusy;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.FileNames;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Retrieved;

/**
 * Evidence files of cases: resumable uploads that stream to disk while their SHA-256 is computed, stored by that hash,
 * and read back by byte range. Nothing holds a whole file in memory.
 */
@Service
public class Evidence {

    private static final Logger log = LoggerFactory.getLogger(Evidence.class);
    private static final int BUFFER = 1 << 20;
    /**
     * Chunks written at once; each holds two buffers (of direct memory), so the memory uploads need stays bounded
     * whatever the load.
     */
    private static final int WRITERS = 32;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EvidenceRows rows;
    private final Devices devices;
    private final BlobStore store;
    private final CaseManagement cases;
    private final Organization organization;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Path uploads;
    private final long maxFileSize;
    private final Tika tika = new Tika();

    /** One lock per upload, so that a resumed request waits for the one the network cut off. */
    private final Map<UUID, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** The running hash of each upload and how many bytes it covers; rebuilt from the partial file when lost. */
    private final Map<UUID, RunningHash> hashes = new ConcurrentHashMap<>();

    private final java.util.concurrent.Semaphore writers = new java.util.concurrent.Semaphore(WRITERS, true);

    /** Writes and hashes the chunks (the request threads only read them). */
    private final UploadWriter writer = new UploadWriter(WRITERS);

    private record RunningHash(MessageDigest digest, long covered) {}

    private final org.sunlight.platform.ColumnLengths lengths;

    Evidence(
            EvidenceRows rows,
            Devices devices,
            BlobStore store,
            CaseManagement cases,
            Organization organization,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            EvidenceProperties properties,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.rows = rows;
        this.devices = devices;
        this.store = store;
        this.cases = cases;
        this.organization = organization;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.uploads = properties.uploadDirectory().toAbsolutePath().normalize();
        this.maxFileSize = properties.maxFileSize();
    }

    /** The case, when the person may see it; otherwise 404 whether or not it exists. */
    CaseView visibleCase(StaffUser user, UUID caseId) {
        return cases.find(caseId)
                .filter(view -> organization.isVisible(user, view.unitId()))
                .orElseThrow(() -> new NotFound("case"));
    }

    public List<EvidenceFile> files(StaffUser user, UUID caseId) {
        visibleCase(user, caseId);
        return rows.filesOfCase(caseId);
    }

    public EvidenceFile file(StaffUser user, UUID fileId) {
        return rows.file(fileId)
                .filter(file -> organization.isVisible(user, file.unitId()))
                .orElseThrow(() -> new NotFound("evidence"));
    }

    /**
     * The stored content of a file the person sees, streamed from the store (files can be gigabytes); the stream must
     * be closed.
     */
    public java.io.InputStream content(StaffUser user, UUID fileId) throws java.io.IOException {
        var file = file(user, fileId);
        return store.open(file.sha256(), 0, file.size());
    }

    List<RecordingExemption> exemptionsOfCase(StaffUser user, UUID caseId) {
        visibleCase(user, caseId);
        return rows.exemptionsOfCase(caseId);
    }

    /** Declares an upload; its bytes follow in chunks. */
    public UploadStatus start(StaffUser user, UUID caseId, StartUpload command) {
        var kase = visibleCase(user, caseId);
        if (!(user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER))) {
            throw new NotFound("case");
        }
        // evidence is gathered by the unit that handles the case; a superior unit reads it
        cases.requireHandlingUnit(user, kase.unitId());
        if (command == null) {
            throw new InvalidField("fileName", "evidence.field.file-name", lengths.max("evidence.file.file_name"));
        }
        var fileName = command.fileName() == null ? "" : command.fileName().strip();
        fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
        fileName = fileName.substring(fileName.lastIndexOf('\\') + 1);
        if (fileName.isEmpty() || !lengths.fits("evidence.file.file_name", fileName)) {
            throw new InvalidField("fileName", "evidence.field.file-name", lengths.max("evidence.file.file_name"));
        }
        if (!FileNames.showsWhatItSays(fileName)) {
            throw new InvalidField("fileName", "evidence.field.file-name.hidden");
        }
        if (command.size() == null || command.size() <= 0 || command.size() > maxFileSize) {
            throw new InvalidField("size", "evidence.field.size", Long.toString(maxFileSize));
        }
        var action = command.action() == null || command.action().isBlank()
                ? null
                : command.action().strip();
        if (action != null
                && Procedures.of(kase.procedure()).from(kase.stage()).stream()
                        .noneMatch(t -> t.action().id().equals(action))) {
            throw new InvalidField("action", "evidence.field.action");
        }
        var capturedAt = capturedAt(command.capturedAt());
        if (command.deviceId() != null
                && devices.find(command.deviceId())
                        .filter(device -> organization.isVisible(user, device.unitId()))
                        .isEmpty()) {
            throw new InvalidField("deviceId", "evidence.field.device");
        }
        var upload = new Upload(
                UUID.randomUUID(),
                caseId,
                kase.unitId(),
                fileName,
                command.size(),
                action,
                kase.stage(),
                capturedAt,
                command.deviceId(),
                user.getUsername(),
                clock.instant(),
                null,
                null);
        rows.insertUpload(upload);
        return new UploadStatus(upload.id(), caseId, fileName, upload.size(), 0, null, null);
    }

    private Instant capturedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                instant = LocalDateTime.parse(value.strip()).atZone(CHINA).toInstant();
            } catch (DateTimeParseException e2) {
                throw new InvalidField("capturedAt", "evidence.field.captured-at");
            }
        }
        if (instant.isAfter(clock.instant().plusSeconds(600))) {
            throw new InvalidField("capturedAt", "evidence.field.captured-at-future");
        }
        return instant;
    }

    private Upload ownUpload(StaffUser user, UUID uploadId) {
        var upload = rows.upload(uploadId)
                .filter(found -> found.username().equals(user.getUsername()))
                .filter(found -> organization.isVisible(user, found.unitId()))
                .orElseThrow(() -> new NotFound("upload"));
        if (upload.abandonedAt() != null) {
            throw new UploadAbandoned();
        }
        return upload;
    }

    /**
     * Gives up the uploads whose partial file on this node nobody added to for {@code age}: the file is deleted and
     * the upload answers 410 from then on. An upload being written to is left alone.
     *
     * @return how many were given up
     */
    int abandonStale(java.time.Duration age) {
        if (!Files.isDirectory(uploads)) {
            return 0;
        }
        var before = clock.instant().minus(age);
        int abandoned = 0;
        try (var partials = Files.newDirectoryStream(uploads, "*.part")) {
            for (var file : partials) {
                UUID uploadId;
                try {
                    uploadId = UUID.fromString(file.getFileName().toString().replace(".part", ""));
                } catch (IllegalArgumentException notOurs) {
                    continue;
                }
                var lock = locks.computeIfAbsent(uploadId, id -> new ReentrantLock());
                if (!lock.tryLock()) {
                    continue;
                }
                boolean gaveUp = false;
                try {
                    if (!Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        continue;
                    }
                    var upload = rows.upload(uploadId);
                    if (upload.isPresent() && upload.get().fileId() != null) {
                        continue; // finished; its file is removed by the request that finished it
                    }
                    rows.abandonUpload(uploadId, clock.instant());
                    hashes.remove(uploadId);
                    Files.deleteIfExists(file);
                    gaveUp = true;
                    abandoned++;
                    log.info("Gave up upload {}: nothing was added to it since {}", uploadId, before);
                } finally {
                    lock.unlock();
                    // an upload still going on keeps its lock: a request may be waiting on it
                    if (gaveUp) {
                        locks.remove(uploadId, lock);
                    }
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for abandoned uploads in {}", uploads, e);
        }
        return abandoned;
    }

    public UploadStatus status(StaffUser user, UUID uploadId) {
        var upload = ownUpload(user, uploadId);
        var lock = lock(uploadId);
        try {
            return statusOf(rows.upload(uploadId).orElse(upload));
        } finally {
            lock.unlock();
        }
    }

    private UploadStatus statusOf(Upload upload) {
        if (upload.fileId() != null) {
            var file = rows.file(upload.fileId()).orElseThrow();
            return new UploadStatus(
                    upload.id(),
                    upload.caseId(),
                    upload.fileName(),
                    upload.size(),
                    upload.size(),
                    file.id(),
                    file.sha256());
        }
        return new UploadStatus(
                upload.id(), upload.caseId(), upload.fileName(), upload.size(), held(upload.id()), null, null);
    }

    private Path partial(UUID uploadId) {
        return uploads.resolve(uploadId + ".part");
    }

    private long held(UUID uploadId) {
        try {
            return Files.size(partial(uploadId));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReentrantLock lock(UUID uploadId) {
        var lock = locks.computeIfAbsent(uploadId, id -> new ReentrantLock());
        try {
            if (!lock.tryLock(30, TimeUnit.SECONDS)) {
                throw new UploadBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UploadBusy();
        }
        return lock;
    }

    /**
     * As {@link #append(StaffUser, UUID, long, long, InputStream)}, with the offset as the client sent it in {@code
     * Upload-Offset}: whose upload it is comes before what was sent, so that someone else's request is not found
     * whatever its header says.
     */
    UploadStatus append(StaffUser user, UUID uploadId, String offset, long length, InputStream body) {
        ownUpload(user, uploadId);
        long from;
        try {
            from = Long.parseLong(offset == null ? "" : offset.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField(EvidenceApiController.OFFSET, "evidence.field.offset");
        }
        if (from < 0) {
            throw new InvalidField(EvidenceApiController.OFFSET, "evidence.field.offset");
        }
        return append(user, uploadId, from, length, body);
    }

    /**
     * Appends a chunk that starts at {@code offset}. Bytes that arrive before the connection breaks are kept: the
     * client asks for the offset and goes on from there. The last chunk stores the file.
     *
     * @param length the chunk's declared length, or -1 when unknown
     */
    public UploadStatus append(StaffUser user, UUID uploadId, long offset, long length, InputStream body) {
        var upload = ownUpload(user, uploadId);
        var lock = lock(uploadId);
        try {
            upload = rows.upload(uploadId).orElseThrow();
            if (upload.abandonedAt() != null) {
                throw new UploadAbandoned();
            }
            if (upload.fileId() != null) {
                if (offset != upload.size()) {
                    throw new OffsetMismatch(offset, upload.size());
                }
                return statusOf(upload);
            }
            long held = held(uploadId);
            if (offset != held) {
                throw new OffsetMismatch(offset, held);
            }
            long remaining = upload.size() - held;
            if (length > remaining) {
                throw new ChunkTooLarge(remaining);
            }
            try {
                if (!writers.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new UploadBusy();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UploadBusy();
            }
            try {
                return write(upload, held, remaining, length, body);
            } finally {
                writers.release();
            }
        } finally {
            lock.unlock();
        }
    }

    private UploadStatus write(Upload upload, long held, long remaining, long length, InputStream body) {
        var uploadId = upload.id();
        var hash = hashOf(uploadId, held);
        var digest = hash.digest();
        long covered;
        try {
            Files.createDirectories(uploads);
            covered = hash.covered()
                    + writer.append(uploadId, partial(uploadId), held, length < 0 ? remaining : length, body, digest);
        } catch (IOException e) {
            hashes.remove(uploadId);
            log.error("Upload {} could not be written", uploadId, e);
            throw new StorageFailed();
        }
        hashes.put(uploadId, new RunningHash(digest, covered));
        if (covered == upload.size()) {
            return finish(upload, digest);
        }
        return statusOf(upload);
    }

    /** The running hash of the upload up to {@code held} bytes, re-read from the partial file when not in memory. */
    private RunningHash hashOf(UUID uploadId, long held) {
        var known = hashes.remove(uploadId);
        if (known != null && known.covered() == held) {
            return known;
        }
        var digest = sha256();
        if (held > 0) {
            try (var in = Files.newInputStream(partial(uploadId))) {
                var buffer = new byte[BUFFER];
                long left = held;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        break;
                    }
                    digest.update(buffer, 0, n);
                    left -= n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RunningHash(digest, held);
    }

    private UploadStatus finish(Upload upload, MessageDigest digest) {
        var sha256 = HexFormat.of().formatHex(digest.digest());
        hashes.remove(upload.id());
        var file = partial(upload.id());
        String mediaType;
        try (var in = Files.newInputStream(file)) {
            mediaType = tika.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the bytes are stored first, outside the transaction: a copy of gigabytes into a bucket holds no database
        // connection, and if the rows then fail, the stored bytes are only kept under their hash for the next upload
        try {
            store.put(sha256, file, upload.size());
        } catch (IOException e) {
            log.error("Evidence {} could not be stored", sha256, e);
            throw new StorageFailed();
        }
        var fileId = UUID.randomUUID();
        var now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (!rows.finishUpload(upload.id(), fileId)) {
                return;
            }
            rows.insertFile(fileId, upload, sha256, mediaType, now);
            events.publishEvent(new EvidenceAttached(
                    fileId,
                    upload.caseId(),
                    upload.unitId(),
                    sha256,
                    upload.size(),
                    mediaType,
                    upload.fileName(),
                    upload.stage(),
                    upload.action(),
                    upload.deviceId(),
                    upload.username(),
                    now));
        });
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not remove {}", file, e);
        }
        locks.remove(upload.id());
        return statusOf(rows.upload(upload.id()).orElseThrow());
    }

    /** Reads the stored bytes of a file the person may see, from {@code offset} for {@code length} bytes. */
    InputStream open(EvidenceFile file, long offset, long length) throws IOException {
        return store.open(file.sha256(), offset, length);
    }

    /** Records that the person opened the file (R8). */
    void retrieved(StaffUser user, EvidenceFile file, String address) {
        events.publishEvent(new Retrieved(
                "evidence",
                file.id().toString(),
                file.caseId().toString(),
                user.getUsername(),
                address,
                clock.instant()));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
