package org.sunlight.supervision;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditedAct;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseManagement;
import org.sunlight.evidence.Attachments;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.FileNames;
import org.sunlight.platform.NotFound;

/**
 * Complaints about enforcement (投诉举报, A6; 实施方案 三(三)3): registered with a number per unit and year without gaps
 * and a query code for the complainant, told within 5 working days whether accepted (with the reasons if not),
 * assigned, investigated, their progress and result fed back; every act in the audit log.
 */
@Service
class ComplaintDesk {

    /** 实施方案 三(三)3: 自收到投诉举报之日起５个工作日内应告知投诉举报人受理情况. */
    static final int ACKNOWLEDGE_WORKING_DAYS = 5;

    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 8;

    /** A file to attach: its name and type as the sender gave them, its exact size, and its bytes. */
    record Upload(String fileName, String mediaType, long size, InputStreamSource content) {}

    @FunctionalInterface
    interface InputStreamSource {
        InputStream open() throws IOException;
    }

    /** A registered complaint: its number, and the query code shown once to the complainant. */
    record Registered(UUID id, String number, String queryCode, LocalDate acknowledgeDue) {}

    private final JdbcClient db;
    private final Organization organization;
    private final WorkingDays workingDays;
    private final CaseManagement cases;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final SupervisionProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A note the complainant is told (kept with the feedback): the product's cap, shorter than the column. */
    static final int NOTE_MAX = 1000;

    /** The query code a complainant is given is shorter: anything longer cannot be one. */
    private static final int QUERY_CODE_MAX = 20;

    private final org.sunlight.platform.ColumnLengths lengths;

    ComplaintDesk(
            JdbcClient db,
            Organization organization,
            WorkingDays workingDays,
            CaseManagement cases,
            Attachments attachments,
            ApplicationEventPublisher events,
            SupervisionProperties properties,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.organization = organization;
        this.workingDays = workingDays;
        this.cases = cases;
        this.attachments = attachments;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A complaint filed by the public on the portal, from the address given (for the audit log). */
    @Transactional
    Registered fileOnline(ComplaintData data, List<Upload> uploads, String address) {
        if (data.channel() != ComplaintChannel.ONLINE) {
            throw new IllegalArgumentException("online complaints come through the portal");
        }
        requireValid(data);
        requireActiveUnit(data.unitId());
        checkUploads(uploads);
        return register(data, uploads, null, address);
    }

    /** A complaint a supervisor registers from the hotline, an e-mail, a letter or a visit. */
    @Transactional
    Registered registerFromChannel(StaffUser user, ComplaintData data) {
        requireValid(data);
        if (data.channel() == ComplaintChannel.ONLINE) {
            throw new ComplaintRefusals.BadField("channel", "supervision.complaint.channel.not-online");
        }
        requireActiveUnit(data.unitId());
        requireSupervisor(user, data.unitId());
        return register(data, List.of(), user.getUsername(), null);
    }

    /** The problems of a complaint as filed or registered, as of today, its texts held to their columns. */
    List<ComplaintData.Problem> problems(ComplaintData data) {
        return data.problems(today(), lengths);
    }

    private void requireValid(ComplaintData data) {
        var problems = problems(data);
        if (!problems.isEmpty()) {
            throw new ComplaintRefusals.BadField(
                    problems.get(0).field(),
                    problems.get(0).messageKey(),
                    problems.get(0).arguments().toArray());
        }
    }

    private void requireActiveUnit(UUID unitId) {
        if (organization.unit(unitId).filter(unit -> unit.active()).isEmpty()) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.complaint.unit.unknown");
        }
    }

    /** Checks the files before anything is stored: how many, how large, named. */
    void checkUploads(List<Upload> uploads) {
        if (uploads.size() > properties.maxAttachments()) {
            throw new ComplaintRefusals.BadField(
                    "attachments", "supervision.complaint.attachments.too-many", properties.maxAttachments());
        }
        for (var upload : uploads) {
            if (upload.size() <= 0) {
                throw new ComplaintRefusals.BadField("attachments", "supervision.complaint.attachments.empty");
            }
            if (upload.size() > properties.maxAttachmentSize().toBytes()) {
                throw new ComplaintRefusals.BadField(
                        "attachments",
                        "supervision.complaint.attachments.too-large",
                        properties.maxAttachmentSize().toMegabytes());
            }
            if (upload.fileName() == null
                    || upload.fileName().isBlank()
                    || !lengths.fits("supervision.complaint_attachment.file_name", upload.fileName())
                    || !lengths.fits("supervision.complaint_attachment.media_type", upload.mediaType())) {
                throw new ComplaintRefusals.BadField("attachments", "supervision.complaint.attachments.name");
            }
            if (!FileNames.showsWhatItSays(upload.fileName())) {
                throw new ComplaintRefusals.BadField("attachments", "supervision.complaint.attachments.hidden");
            }
        }
    }

    private Registered register(ComplaintData data, List<Upload> uploads, String registeredBy, String address) {
        var unit = organization.unit(data.unitId()).orElseThrow();
        var year = data.receivedOn().getYear();
        // gap-free: the counter rises in this transaction and falls back with it
        int sequence = db.sql(
                        """
                        insert into supervision.complaint_sequence (unit_id, year, last) values (?, ?, 1)
                        on conflict (unit_id, year) do update set last = complaint_sequence.last + 1
                        returning last
                        """)
                .params(unit.id(), year)
                .query(Integer.class)
                .single();
        var number = "TS-%s-%d-%04d".formatted(unit.divisionCode(), year, sequence);
        var code = queryCode();
        var id = UUID.randomUUID();
        var due = workingDays
                .addWorkingDays(data.receivedOn(), ACKNOWLEDGE_WORKING_DAYS)
                .due();
        var now = clock.instant();
        db.sql(
                        """
                        insert into supervision.complaint (id, unit_id, year, sequence, number, query_code_sha256,
                            channel, anonymous, complainant_name, complainant_phone, officer, case_reference, facts,
                            received_on, received_at, registered_by, acknowledge_due, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED')
                        """)
                .params(
                        id,
                        unit.id(),
                        year,
                        sequence,
                        number,
                        sha256(code),
                        data.channel().name(),
                        data.anonymous(),
                        data.complainantName(),
                        data.complainantPhone(),
                        data.officer(),
                        data.caseReference(),
                        data.facts(),
                        data.receivedOn(),
                        Timestamp.from(now),
                        registeredBy,
                        due)
                .update();
        var files = new ArrayList<String>();
        for (var upload : uploads) {
            Attachments.Stored stored;
            try (var in = upload.content().open()) {
                stored = attachments.store(in, upload.size());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (IllegalArgumentException sizeChanged) {
                throw new ComplaintRefusals.BadField("attachments", "supervision.complaint.attachments.incomplete");
            }
            db.sql(
                            """
                            insert into supervision.complaint_attachment (id, complaint_id, file_name, media_type,
                                sha256, size)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            UUID.randomUUID(),
                            id,
                            upload.fileName(),
                            upload.mediaType(),
                            stored.sha256(),
                            stored.size())
                    .update();
            files.add(stored.sha256());
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("number", number);
        detail.put("channel", data.channel().name());
        detail.put("anonymous", data.anonymous());
        detail.put("acknowledgeDue", due.toString());
        detail.put("attachments", files);
        audit("COMPLAINT_RECEIVED", registeredBy == null ? "public" : registeredBy, address, id, unit.id(), detail);
        return new Registered(id, number, code, due);
    }

    /** 告知受理: accepted, with what the complainant is told; the result is then due within the period. */
    @Transactional
    void accept(StaffUser user, UUID id, int version, String note) {
        var complaint = actOn(user, id, version);
        if (!complaint.status().awaitsAcknowledgement()) {
            throw new ComplaintRefusals.NotNow(complaint.status());
        }
        var text = required("note", note, NOTE_MAX);
        var today = today();
        update(
                complaint,
                "status = 'ACCEPTED', acknowledged_on = ?, acknowledged_by = ?, result_due = ?",
                today,
                user.getUsername(),
                today.plusDays(properties.resultDays()));
        feedback(complaint, user, "ACCEPTED", text);
        audit(user, complaint, "COMPLAINT_ACCEPTED", Map.of("note", text));
    }

    /** 不予受理: not within the scope, with the reasons told and recorded (不属于受理范围的，应说明理由). */
    @Transactional
    void notAccept(StaffUser user, UUID id, int version, String reason) {
        var complaint = actOn(user, id, version);
        if (!complaint.status().awaitsAcknowledgement()) {
            throw new ComplaintRefusals.NotNow(complaint.status());
        }
        var text = required("reason", reason, lengths.max("supervision.complaint.not_accepted_reason"));
        update(
                complaint,
                "status = 'NOT_ACCEPTED', acknowledged_on = ?, acknowledged_by = ?, not_accepted_reason = ?",
                today(),
                user.getUsername(),
                text);
        feedback(complaint, user, "NOT_ACCEPTED", text);
        audit(user, complaint, "COMPLAINT_NOT_ACCEPTED", Map.of("reason", text));
    }

    /** An accepted complaint given to someone to investigate. */
    @Transactional
    void assign(StaffUser user, UUID id, int version, String assignee) {
        var complaint = actOn(user, id, version);
        if (!complaint.status().underWay()) {
            throw new ComplaintRefusals.NotNow(complaint.status());
        }
        var who = required("assignee", assignee, lengths.max("supervision.complaint.assigned_to"));
        update(complaint, "status = 'INVESTIGATING', assigned_to = ?", who);
        feedback(complaint, user, "ASSIGNED", who);
        audit(user, complaint, "COMPLAINT_ASSIGNED", Map.of("assignee", who));
    }

    /** Progress of the investigation, told to the complainant. */
    @Transactional
    void progress(StaffUser user, UUID id, int version, String note) {
        var complaint = actOn(user, id, version);
        if (complaint.status() != ComplaintStatus.INVESTIGATING) {
            throw new ComplaintRefusals.NotNow(complaint.status());
        }
        var text = required("note", note, NOTE_MAX);
        update(complaint, "");
        feedback(complaint, user, "PROGRESS", text);
        audit(user, complaint, "COMPLAINT_PROGRESS", Map.of("note", text));
    }

    /** The result of the investigation, fed back: whether the complaint was found true, and what was done. */
    @Transactional
    void conclude(StaffUser user, UUID id, int version, Boolean upheld, String result) {
        var complaint = actOn(user, id, version);
        if (complaint.status() != ComplaintStatus.INVESTIGATING) {
            throw new ComplaintRefusals.NotNow(complaint.status());
        }
        if (upheld == null) {
            throw new ComplaintRefusals.BadField("upheld", "supervision.complaint.upheld.required");
        }
        var text = required("result", result, lengths.max("supervision.complaint.result"));
        update(complaint, "status = 'CONCLUDED', upheld = ?, result = ?, concluded_on = ?", upheld, text, today());
        feedback(complaint, user, "RESULT", text);
        audit(user, complaint, "COMPLAINT_CONCLUDED", Map.of("upheld", upheld, "result", text));
    }

    /** The complaint becomes a clue for an enforcement case (线索): linked both ways in the audit log. */
    @Transactional
    void linkCase(StaffUser user, UUID id, int version, UUID caseId) {
        var complaint = actOn(user, id, version);
        if (caseId == null) {
            throw new ComplaintRefusals.BadField("caseId", "supervision.complaint.case.required");
        }
        var kase = cases.find(caseId)
                .filter(view -> organization.isVisible(user, view.unitId()))
                .orElseThrow(() -> new ComplaintRefusals.BadField("caseId", "supervision.complaint.case.unknown"));
        update(complaint, "case_id = ?", kase.id());
        audit(user, complaint, "COMPLAINT_LINKED", Map.of("case", kase.id().toString()));
    }

    Complaint visible(StaffUser user, UUID id) {
        return find(id).filter(complaint -> organization.isVisible(user, complaint.unitId()))
                .orElseThrow(() -> new NotFound("complaint"));
    }

    Optional<Complaint> find(UUID id) {
        return db.sql("select * from supervision.complaint where id = ?")
                .param(id)
                .query(ComplaintDesk::complaint)
                .optional();
    }

    /** The complaints of the units the staff member sees, the newest first; overdue ones first when asked. */
    List<Complaint> list(StaffUser user, boolean overdueOnly) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return List.of();
        }
        var today = today();
        var all = db.sql(
                        """
                        select * from supervision.complaint where unit_id in (:units)
                        order by received_on desc, number desc limit 500
                        """)
                .param("units", units)
                .query(ComplaintDesk::complaint)
                .list();
        return overdueOnly ? all.stream().filter(c -> c.overdue(today)).toList() : all;
    }

    /** How many complaints of the units the staff member sees are overdue. */
    long overdue(StaffUser user) {
        return list(user, true).size();
    }

    /** The complaint a member of the public asks after: found only with its number and its query code. */
    Optional<Complaint> query(String number, String code) {
        if (number == null
                || code == null
                || !lengths.fits("supervision.complaint.number", number)
                || code.length() > QUERY_CODE_MAX) {
            return Optional.empty();
        }
        return db.sql("select * from supervision.complaint where number = ?")
                .param(number.strip())
                .query(ComplaintDesk::complaint)
                .optional()
                .filter(complaint -> codeMatches(complaint.id(), code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    List<ComplaintFeedback> feedback(UUID id) {
        return db.sql("select at, kind, note from supervision.complaint_feedback where complaint_id = ? order by id")
                .param(id)
                .query((rs, n) -> new ComplaintFeedback(
                        rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("note")))
                .list();
    }

    List<ComplaintAttachment> attachments(UUID id) {
        return db.sql("select * from supervision.complaint_attachment where complaint_id = ? order by file_name")
                .param(id)
                .query((rs, n) -> new ComplaintAttachment(
                        rs.getObject("id", UUID.class),
                        id,
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getString("sha256"),
                        rs.getLong("size")))
                .list();
    }

    /** An attachment's bytes, for staff who see the complaint. */
    InputStream attachment(StaffUser user, UUID complaintId, UUID attachmentId) throws IOException {
        visible(user, complaintId);
        var file = attachments(complaintId).stream()
                .filter(a -> a.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new NotFound("attachment"));
        return attachments.open(new Attachments.Stored(file.sha256(), file.size()));
    }

    ComplaintAttachment attachmentOf(StaffUser user, UUID complaintId, UUID attachmentId) {
        visible(user, complaintId);
        return attachments(complaintId).stream()
                .filter(a -> a.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new NotFound("attachment"));
    }

    /** Whether the staff member may act on the unit's complaints: a supervisor of it or of a unit above it. */
    boolean maySupervise(StaffUser user, UUID unitId) {
        return user.hasRole(Role.SUPERVISOR) && organization.isVisible(user, unitId);
    }

    void requireSupervisor(StaffUser user, UUID unitId) {
        if (!maySupervise(user, unitId)) {
            throw new ComplaintRefusals.NotASupervisorOfTheUnit();
        }
    }

    private Complaint actOn(StaffUser user, UUID id, int version) {
        var complaint = visible(user, id);
        requireSupervisor(user, complaint.unitId());
        if (complaint.version() != version) {
            throw new ComplaintRefusals.ChangedMeanwhile();
        }
        return complaint;
    }

    private void update(Complaint complaint, String set, Object... values) {
        var params = new ArrayList<Object>(List.of(values));
        params.add(complaint.id());
        params.add(complaint.version());
        int changed = db.sql("update supervision.complaint set " + (set.isEmpty() ? "" : set + ", ")
                        + "version = version + 1 where id = ? and version = ?")
                .params(params)
                .update();
        if (changed != 1) {
            throw new ComplaintRefusals.ChangedMeanwhile();
        }
    }

    private void feedback(Complaint complaint, StaffUser user, String kind, String note) {
        db.sql(
                        """
                        insert into supervision.complaint_feedback (complaint_id, at, by_user, kind, note)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(complaint.id(), Timestamp.from(clock.instant()), user.getUsername(), kind, note)
                .update();
    }

    private void audit(StaffUser user, Complaint complaint, String kind, Map<String, Object> detail) {
        var all = new LinkedHashMap<String, Object>();
        all.put("number", complaint.number());
        all.putAll(detail);
        audit(kind, user.getUsername(), null, complaint.id(), complaint.unitId(), all);
    }

    private void audit(
            String kind, String actor, String address, UUID complaintId, UUID unitId, Map<String, Object> detail) {
        events.publishEvent(new AuditedAct(
                kind, clock.instant(), actor, address, "complaint", complaintId.toString(), null, unitId, detail));
    }

    private static String required(String field, String value, int max) {
        var text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new ComplaintRefusals.BadField(field, "supervision.field.required");
        }
        if (text.codePointCount(0, text.length()) > max) {
            throw new ComplaintRefusals.BadField(field, "supervision.field.too-long", max);
        }
        return text;
    }

    private String queryCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private boolean codeMatches(UUID id, String code) {
        var stored = db.sql("select query_code_sha256 from supervision.complaint where id = ?")
                .param(id)
                .query(String.class)
                .single();
        return MessageDigest.isEqual(
                stored.getBytes(StandardCharsets.US_ASCII), sha256(code).getBytes(StandardCharsets.US_ASCII));
    }

    /** SHA-256 (hex) of the text in UTF-8. */
    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Complaint complaint(ResultSet rs, int row) throws SQLException {
        return new Complaint(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("number"),
                ComplaintChannel.valueOf(rs.getString("channel")),
                rs.getBoolean("anonymous"),
                rs.getString("complainant_name"),
                rs.getString("complainant_phone"),
                rs.getString("officer"),
                rs.getString("case_reference"),
                rs.getString("facts"),
                rs.getObject("received_on", LocalDate.class),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("registered_by"),
                rs.getObject("acknowledge_due", LocalDate.class),
                ComplaintStatus.valueOf(rs.getString("status")),
                rs.getObject("acknowledged_on", LocalDate.class),
                rs.getString("acknowledged_by"),
                rs.getString("not_accepted_reason"),
                rs.getString("assigned_to"),
                rs.getObject("result_due", LocalDate.class),
                rs.getString("result"),
                (Boolean) rs.getObject("upheld"),
                rs.getObject("concluded_on", LocalDate.class),
                rs.getObject("case_id", UUID.class),
                rs.getInt("version"));
    }
}
