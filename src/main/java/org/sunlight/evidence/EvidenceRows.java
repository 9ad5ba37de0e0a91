package org.sunlight.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The evidence schema's uploads, files and recording exemptions. */
@Repository
class EvidenceRows {

    private static final String FILE_COLUMNS =
            """
            f.id, f.case_id, f.unit_id, f.sha256, f.size, f.media_type, f.file_name, f.stage, f.action,
            f.captured_at, f.uploaded_at, f.uploaded_by, f.device_id,
            case when d.id is null then null else d.kind || ' ' || d.serial_no end as device_label, f.act_taken_at
            """;

    private final JdbcClient db;

    EvidenceRows(JdbcClient db) {
        this.db = db;
    }

    void insertUpload(Upload upload) {
        db.sql(
                        """
                        insert into evidence.upload (id, case_id, unit_id, file_name, size, action, stage, captured_at,
                            device_id, username, started_at)
                        values (:id, :caseId, :unitId, :fileName, :size, :action, :stage, :capturedAt, :deviceId,
                            :username, :startedAt)
                        """)
                .param("id", upload.id())
                .param("caseId", upload.caseId())
                .param("unitId", upload.unitId())
                .param("fileName", upload.fileName())
                .param("size", upload.size())
                .param("action", upload.action())
                .param("stage", upload.stage())
                .param("capturedAt", timestamp(upload.capturedAt()))
                .param("deviceId", upload.deviceId())
                .param("username", upload.username())
                .param("startedAt", timestamp(upload.startedAt()))
                .update();
    }

    Optional<Upload> upload(UUID id) {
        return db.sql("select * from evidence.upload where id = :id")
                .param("id", id)
                .query((rs, row) -> new Upload(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("file_name"),
                        rs.getLong("size"),
                        rs.getString("action"),
                        rs.getString("stage"),
                        instant(rs, "captured_at"),
                        rs.getObject("device_id", UUID.class),
                        rs.getString("username"),
                        instant(rs, "started_at"),
                        rs.getObject("file_id", UUID.class),
                        instant(rs, "abandoned_at")))
                .optional();
    }

    /** Gives the upload up; false when it was finished or given up before. */
    boolean abandonUpload(UUID uploadId, Instant at) {
        return db.sql(
                                """
                                update evidence.upload set abandoned_at = :at
                                where id = :id and file_id is null and abandoned_at is null
                                """)
                        .param("id", uploadId)
                        .param("at", timestamp(at))
                        .update()
                == 1;
    }

    /** Marks the upload finished; false when another request finished it first. */
    boolean finishUpload(UUID uploadId, UUID fileId) {
        return db.sql("update evidence.upload set file_id = :fileId where id = :id and file_id is null")
                        .param("id", uploadId)
                        .param("fileId", fileId)
                        .update()
                == 1;
    }

    void insertFile(UUID id, Upload upload, String sha256, String mediaType, Instant uploadedAt) {
        db.sql(
                        """
                        insert into evidence.file (id, case_id, unit_id, sha256, size, media_type, file_name, action,
                            stage, captured_at, uploaded_at, uploaded_by, device_id)
                        values (:id, :caseId, :unitId, :sha256, :size, :mediaType, :fileName, :action, :stage,
                            :capturedAt, :uploadedAt, :uploadedBy, :deviceId)
                        """)
                .param("id", id)
                .param("caseId", upload.caseId())
                .param("unitId", upload.unitId())
                .param("sha256", sha256)
                .param("size", upload.size())
                .param("mediaType", mediaType)
                .param("fileName", upload.fileName())
                .param("action", upload.action())
                .param("stage", upload.stage())
                .param("capturedAt", timestamp(upload.capturedAt()))
                .param("uploadedAt", timestamp(uploadedAt))
                .param("uploadedBy", upload.username())
                .param("deviceId", upload.deviceId())
                .update();
    }

    Optional<EvidenceFile> file(UUID id) {
        return db.sql("select " + FILE_COLUMNS
                        + " from evidence.file f left join evidence.device d on d.id = f.device_id where f.id = :id")
                .param("id", id)
                .query(EvidenceRows::file)
                .optional();
    }

    List<EvidenceFile> filesOfCase(UUID caseId) {
        return db.sql("select " + FILE_COLUMNS
                        + " from evidence.file f left join evidence.device d on d.id = f.device_id"
                        + " where f.case_id = :caseId order by f.uploaded_at, f.id")
                .param("caseId", caseId)
                .query(EvidenceRows::file)
                .list();
    }

    /** Every stored file, by hash, for the integrity check: one row per hash, with a file name that carries it. */
    void eachStoredHash(java.util.function.Consumer<String[]> row) {
        db.sql(
                        """
                        select sha256, min(size) as size, min(file_name) as file_name, count(distinct size) as sizes
                        from evidence.file group by sha256 order by sha256
                        """)
                .query(rs -> {
                    row.accept(new String[] {
                        rs.getString("sha256"), Long.toString(rs.getLong("size")), rs.getString("file_name")
                    });
                });
    }

    /**
     * Marks the case's audio and video files attached for the action and not yet used as recording the act now
     * taken; answers how many there were.
     */
    int takeRecordings(UUID caseId, String action, Instant at) {
        return db.sql(
                        """
                        update evidence.file set act_taken_at = :at
                        where case_id = :caseId and action = :action and act_taken_at is null
                          and (media_type like 'audio/%' or media_type like 'video/%')
                        """)
                .param("caseId", caseId)
                .param("action", action)
                .param("at", timestamp(at))
                .update();
    }

    void insertExemption(RecordingExemption exemption) {
        db.sql(
                        """
                        insert into evidence.recording_exemption (id, case_id, unit_id, action, stage, requirement,
                            reason, username, recorded_at)
                        values (:id, :caseId, :unitId, :action, :stage, :requirement, :reason, :username, :recordedAt)
                        """)
                .param("id", exemption.id())
                .param("caseId", exemption.caseId())
                .param("unitId", exemption.unitId())
                .param("action", exemption.action())
                .param("stage", exemption.stage())
                .param("requirement", exemption.requirement())
                .param("reason", exemption.reason())
                .param("username", exemption.username())
                .param("recordedAt", timestamp(exemption.recordedAt()))
                .update();
    }

    PageOf<RecordingExemption> exemptions(Collection<UUID> unitIds, PageQuery page) {
        if (unitIds.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        long total = db.sql("select count(*) from evidence.recording_exemption where unit_id in (:units)")
                .param("units", unitIds)
                .query(Long.class)
                .single();
        var content = db.sql(
                        """
                        select * from evidence.recording_exemption where unit_id in (:units)
                        order by recorded_at desc, id limit :limit offset :offset
                        """)
                .param("units", unitIds)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(EvidenceRows::exemption)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    long exemptionsSince(Collection<UUID> unitIds, Instant since) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return db.sql(
                        "select count(*) from evidence.recording_exemption where unit_id in (:units) and recorded_at >= :since")
                .param("units", unitIds)
                .param("since", timestamp(since))
                .query(Long.class)
                .single();
    }

    List<RecordingExemption> exemptionsOfCase(UUID caseId) {
        return db.sql("select * from evidence.recording_exemption where case_id = :caseId order by recorded_at")
                .param("caseId", caseId)
                .query(EvidenceRows::exemption)
                .list();
    }

    private static RecordingExemption exemption(ResultSet rs, int row) throws SQLException {
        return new RecordingExemption(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("action"),
                rs.getString("stage"),
                rs.getString("requirement"),
                rs.getString("reason"),
                rs.getString("username"),
                instant(rs, "recorded_at"));
    }

    private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
        return new EvidenceFile(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("sha256"),
                rs.getLong("size"),
                rs.getString("media_type"),
                rs.getString("file_name"),
                rs.getString("stage"),
                rs.getString("action"),
                instant(rs, "captured_at"),
                instant(rs, "uploaded_at"),
                rs.getString("uploaded_by"),
                rs.getObject("device_id", UUID.class),
                rs.getString("device_label"),
                instant(rs, "act_taken_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
