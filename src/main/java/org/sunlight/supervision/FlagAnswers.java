package org.sunlight.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.audit.AuditedAct;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Refusal;

/**
 * The answers to flags (R9: "each flag is acknowledged and answered"): a supervisor of the flagged unit, or of a unit
 * above it, acknowledges a flag or dismisses it, always with a reason; each answer is kept once and logged in the audit
 * trail.
 */
@Service
class FlagAnswers {

    /** A flag's answer. */
    record Answer(
            String model,
            String recordId,
            UUID unitId,
            FlagDecision decision,
            String reason,
            String answeredBy,
            Instant answeredAt) {

        public boolean dismissed() {
            return decision == FlagDecision.DISMISSED;
        }
    }

    /** A flag is answered once; the answer stands as recorded. */
    static final class AlreadyAnswered extends Refusal {
        AlreadyAnswered() {
            super(null, "supervision.flag.refusal.already-answered");
        }

        @Override
        public org.springframework.http.HttpStatus status() {
            return org.springframework.http.HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "FLAG_ALREADY_ANSWERED";
        }
    }

    private final JdbcClient db;
    private final DetectionModels models;
    private final Organization organization;
    private final ComplaintDesk desk;
    private final StoredFlags stored;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    FlagAnswers(
            JdbcClient db,
            DetectionModels models,
            Organization organization,
            ComplaintDesk desk,
            StoredFlags stored,
            ApplicationEventPublisher events,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.models = models;
        this.organization = organization;
        this.desk = desk;
        this.stored = stored;
        this.events = events;
        this.clock = clock;
    }

    /** Answers a flag the model raised at its last run in a unit the supervisor sees: the one on their page. */
    @Transactional
    Answer answer(StaffUser user, String model, String recordId, FlagDecision decision, String reason) {
        var detector = models.all().stream()
                .filter(m -> m.code().equals(model))
                .findFirst()
                .orElseThrow(() -> new ComplaintRefusals.BadField("model", "supervision.flag.model.unknown"));
        var flag = stored.find(detector.code(), recordId, organization.visibleUnitIds(user))
                .orElseThrow(() -> new NotFound("flag"));
        desk.requireSupervisor(user, flag.unitId());
        if (decision == null) {
            throw new ComplaintRefusals.BadField("decision", "supervision.flag.decision.required");
        }
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ComplaintRefusals.BadField("reason", "supervision.flag.reason.required");
        }
        if (!lengths.fits("supervision.flag_answer.reason", text)) {
            throw new ComplaintRefusals.BadField(
                    "reason", "supervision.field.too-long", lengths.max("supervision.flag_answer.reason"));
        }
        var now = clock.instant();
        int inserted = db.sql(
                        """
                        insert into supervision.flag_answer (model, record_id, unit_id, decision, reason, answered_by,
                            answered_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict (model, record_id) do nothing
                        """)
                .params(model, recordId, flag.unitId(), decision.name(), text, user.getUsername(), Timestamp.from(now))
                .update();
        if (inserted != 1) {
            throw new AlreadyAnswered();
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("model", model);
        detail.put("record", recordId);
        detail.put("flag", flag.detail());
        detail.put("reason", text);
        events.publishEvent(new AuditedAct(
                "FLAG_" + decision.name(),
                now,
                user.getUsername(),
                null,
                "flag",
                model + "/" + recordId,
                "case".equals(flag.subject()) ? UUID.fromString(recordId) : null,
                flag.unitId(),
                detail));
        return new Answer(model, recordId, flag.unitId(), decision, text, user.getUsername(), now);
    }

    /** The answers given to these flags of one model, by {@code model/recordId}. */
    Map<String, Answer> of(String model, java.util.List<Flag> flags) {
        var answers = new HashMap<String, Answer>();
        if (flags.isEmpty()) {
            return answers;
        }
        db.sql("select * from supervision.flag_answer where model = :model and record_id in (:records)")
                .param("model", model)
                .param("records", flags.stream().map(Flag::recordId).distinct().toList())
                .query(FlagAnswers::answer)
                .list()
                .forEach(answer -> answers.put(key(answer.model(), answer.recordId()), answer));
        return answers;
    }

    private static Answer answer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Answer(
                rs.getString("model"),
                rs.getString("record_id"),
                rs.getObject("unit_id", UUID.class),
                FlagDecision.valueOf(rs.getString("decision")),
                rs.getString("reason"),
                rs.getString("answered_by"),
                rs.getTimestamp("answered_at").toInstant());
    }

    static String key(String model, String recordId) {
        return model + "/" + recordId;
    }
}
