package org.sunlight.supervision;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import org.sunlight.audit.AuditTrail;
import org.sunlight.audit.AuditedAct;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseManagement;
import org.sunlight.organization.Officer;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/**
 * Matters of accountability (责任追究, A9; 实施方案 三(五)): opened from a complaint or another source, traced back
 * through the audit log to who did what at each stage of the case with each act's inclusion proof, the answerable
 * posts named from the powers-to-posts list (A2), the persons concerned heard, the outcome recorded.
 */
@Service
class Accountabilities {

    /** What a supervisor opens a matter with. */
    record Opening(AccountabilitySource source, UUID complaintId, UUID caseId, String title, String facts) {}

    /** A statement or defence of a person concerned (陈述和申辩). */
    record Statement(String person, String statement, String recordedBy, Instant recordedAt) {}

    private final JdbcClient db;
    private final Organization organization;
    private final ComplaintDesk complaints;
    private final CaseManagement cases;
    private final AuditTrail audit;
    private final PostDuties posts;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    Accountabilities(
            JdbcClient db,
            Organization organization,
            ComplaintDesk complaints,
            CaseManagement cases,
            AuditTrail audit,
            PostDuties posts,
            ObjectMapper json,
            ApplicationEventPublisher events,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.organization = organization;
        this.complaints = complaints;
        this.cases = cases;
        this.audit = audit;
        this.posts = posts;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a matter; one opened from a complaint belongs to the complaint's unit and takes its case when linked. */
    @Transactional
    UUID open(StaffUser user, UUID unitId, Opening opening) {
        if (opening.source() == null) {
            throw new ComplaintRefusals.BadField("source", "supervision.accountability.source.required");
        }
        var title = required("title", opening.title(), lengths.max("supervision.accountability.title"));
        var facts = required("facts", opening.facts(), lengths.max("supervision.accountability.facts"));
        UUID caseId = opening.caseId();
        UUID complaintId = null;
        if (opening.source() == AccountabilitySource.COMPLAINT) {
            if (opening.complaintId() == null) {
                throw new ComplaintRefusals.BadField("complaintId", "supervision.accountability.complaint.required");
            }
            var complaint = complaints.visible(user, opening.complaintId());
            complaintId = complaint.id();
            unitId = complaint.unitId();
            if (caseId == null) {
                caseId = complaint.caseId();
            }
        } else if (opening.complaintId() != null) {
            throw new ComplaintRefusals.BadField("complaintId", "supervision.accountability.complaint.only-source");
        }
        if (unitId == null || !organization.isVisible(user, unitId)) {
            throw new ComplaintRefusals.BadField("unitId", "supervision.complaint.unit.unknown");
        }
        complaints.requireSupervisor(user, unitId);
        if (caseId != null) {
            var kase = cases.find(caseId)
                    .filter(view -> organization.isVisible(user, view.unitId()))
                    .orElseThrow(() -> new ComplaintRefusals.BadField("caseId", "supervision.complaint.case.unknown"));
            caseId = kase.id();
        }
        var id = UUID.randomUUID();
        db.sql(
                        """
                        insert into supervision.accountability (id, unit_id, source, complaint_id, case_id, title, facts,
                            opened_by, opened_at, status)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')
                        """)
                .params(
                        id,
                        unitId,
                        opening.source().name(),
                        complaintId,
                        caseId,
                        title,
                        facts,
                        user.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        var detail = new LinkedHashMap<String, Object>();
        detail.put("source", opening.source().name());
        detail.put("complaint", complaintId == null ? null : complaintId.toString());
        detail.put("case", caseId == null ? null : caseId.toString());
        detail.put("title", title);
        auditAct(user, "ACCOUNTABILITY_OPENED", id, unitId, detail);
        return id;
    }

    /** A person concerned states and defends; kept as said. */
    @Transactional
    void recordStatement(StaffUser user, UUID id, String person, String statement) {
        var matter = actOn(user, id);
        if (matter.decided()) {
            throw new ComplaintRefusals.BadField("statement", "supervision.accountability.already-decided");
        }
        var who = required("person", person, lengths.max("supervision.accountability_statement.person"));
        var text = required("statement", statement, lengths.max("supervision.accountability_statement.statement"));
        db.sql(
                        """
                        insert into supervision.accountability_statement (accountability_id, person, statement,
                            recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(id, who, text, user.getUsername(), Timestamp.from(clock.instant()))
                .update();
        auditAct(user, "ACCOUNTABILITY_STATEMENT", id, matter.unitId(), Map.of("person", who, "statement", text));
    }

    /** The outcome as a supervisor records it: which, the persons responsible, the officer it concerns, why. */
    record Decision(int version, AccountabilityOutcome outcome, String responsible, UUID officerId, String reason) {}

    /**
     * The outcome, with whom it concerns and why. 调离执法岗位 and 取消执法资格 (实施方案 三(四)2、三(五)) name the officer
     * and act on their certificate through the organization module in the same transaction: from then on the
     * certificate check refuses their acts and the public lookup shows the certificate 已注销.
     */
    @Transactional
    void decide(StaffUser user, UUID id, Decision decision) {
        var matter = actOn(user, id);
        if (matter.decided()) {
            throw new ComplaintRefusals.BadField("outcome", "supervision.accountability.already-decided");
        }
        var outcome = decision.outcome();
        if (outcome == null) {
            throw new ComplaintRefusals.BadField("outcome", "supervision.accountability.outcome.required");
        }
        String who = null;
        if (outcome != AccountabilityOutcome.NO_FAULT) {
            who = required(
                    "responsible", decision.responsible(), lengths.max("supervision.accountability.responsible"));
        } else if (decision.responsible() != null && !decision.responsible().isBlank()) {
            throw new ComplaintRefusals.BadField("responsible", "supervision.accountability.responsible.no-fault");
        }
        var officer = officerConcerned(user, matter, outcome, decision.officerId());
        var text = required("reason", decision.reason(), lengths.max("supervision.accountability.outcome_reason"));
        int changed = db.sql(
                        """
                        update supervision.accountability set status = 'DECIDED', outcome = ?, responsible = ?,
                            officer_id = ?, outcome_reason = ?, decided_by = ?, decided_at = ?, version = version + 1
                        where id = ? and version = ?
                        """)
                .params(
                        outcome.name(),
                        who,
                        officer == null ? null : officer.id(),
                        text,
                        user.getUsername(),
                        Timestamp.from(clock.instant()),
                        id,
                        decision.version())
                .update();
        if (changed != 1) {
            throw new ComplaintRefusals.ChangedMeanwhile();
        }
        if (officer != null) {
            outcome.certificate().carryOut(organization, officer.id(), "责任追究处理决定（实施方案 三(五)、三(四)2），事项 " + id);
        }
        var detail = new LinkedHashMap<String, Object>();
        detail.put("outcome", outcome.name());
        detail.put("responsible", who);
        detail.put("reason", text);
        if (officer != null) {
            detail.put("officer", officer.id().toString());
            detail.put("certificateNo", officer.certificate().certificateNo());
            detail.put("certificate", outcome.certificate().name());
        }
        auditAct(user, "ACCOUNTABILITY_DECIDED", id, matter.unitId(), detail);
    }

    /**
     * The officer the outcome names: required where it acts on a certificate, refused for 无过错; one of the matter's
     * unit or a unit below it, still holding what the outcome takes away.
     */
    private Officer officerConcerned(StaffUser user, Accountability matter, AccountabilityOutcome outcome, UUID id) {
        if (id == null) {
            if (outcome.touchesCertificate()) {
                throw new ComplaintRefusals.BadField("officerId", "supervision.accountability.officer.required");
            }
            return null;
        }
        if (outcome == AccountabilityOutcome.NO_FAULT) {
            throw new ComplaintRefusals.BadField("officerId", "supervision.accountability.officer.no-fault");
        }
        var officer = organization
                .officer(id)
                .filter(o -> organization.unitAndBelow(matter.unitId()).contains(o.unitId()))
                .filter(o -> organization.isVisible(user, o.unitId()))
                .orElseThrow(() ->
                        new ComplaintRefusals.BadField("officerId", "supervision.accountability.officer.unknown"));
        switch (outcome.certificate()) {
            case WITHDRAWAL_OF_QUALIFICATION -> {
                if (officer.certificate().revoked()) {
                    throw new ComplaintRefusals.BadField("officerId", "supervision.accountability.officer.revoked");
                }
            }
            case REMOVAL_FROM_ENFORCEMENT_POST -> {
                if (!officer.active()) {
                    throw new ComplaintRefusals.BadField("officerId", "supervision.accountability.officer.inactive");
                }
            }
            case NONE -> {}
        }
        return officer;
    }

    /** The officer the matter names, as the organization knows them now. */
    Optional<Officer> officerOf(Accountability matter) {
        return matter.officerId() == null ? Optional.empty() : organization.officer(matter.officerId());
    }

    Accountability visible(StaffUser user, UUID id) {
        return db.sql("select * from supervision.accountability where id = ?")
                .param(id)
                .query(Accountabilities::matter)
                .optional()
                .filter(matter -> organization.isVisible(user, matter.unitId()))
                .orElseThrow(() -> new NotFound("accountability"));
    }

    List<Accountability> list(StaffUser user) {
        var units = organization.visibleUnitIds(user);
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select * from supervision.accountability where unit_id in (:units)
                        order by opened_at desc limit 500
                        """)
                .param("units", units)
                .query(Accountabilities::matter)
                .list();
    }

    List<Accountability> ofComplaint(UUID complaintId) {
        return db.sql("select * from supervision.accountability where complaint_id = ? order by opened_at")
                .param(complaintId)
                .query(Accountabilities::matter)
                .list();
    }

    List<Statement> statements(UUID id) {
        return db.sql(
                        """
                        select person, statement, recorded_by, recorded_at from supervision.accountability_statement
                        where accountability_id = ? order by id
                        """)
                .param(id)
                .query((rs, n) -> new Statement(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Traces the matter's case back through the audit log (倒查): signs a tree head over everything logged, then for
     * each of the case's entries checks its inclusion proof against that head; names the posts answerable for the
     * stages the acts fell in. Empty when the matter names no case.
     */
    Optional<TraceBack> traceBack(Accountability matter) {
        if (matter.caseId() == null) {
            return Optional.empty();
        }
        var unitId = cases.find(matter.caseId()).map(view -> view.unitId()).orElse(matter.unitId());
        var head = audit.signNow();
        var steps = new ArrayList<TraceBack.Step>();
        var stages = new java.util.LinkedHashSet<ResponsibilityStage>();
        for (var entry : audit.entriesOfCase(matter.caseId(), head.treeSize())) {
            Map<?, ?> leaf;
            try {
                leaf = json.readValue(entry.leaf(), Map.class);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            var action = action(leaf);
            var stage = action.map(ResponsibilityStage::of)
                    .orElse("CASE_OPENED".equals(entry.kind()) ? ResponsibilityStage.CLUE : null);
            if (stage != null) {
                stages.add(stage);
            }
            steps.add(new TraceBack.Step(
                    entry.index(),
                    Instant.parse((String) leaf.get("at")),
                    (String) leaf.get("actor"),
                    entry.kind(),
                    stage,
                    action.map(CaseAction::id).orElse(entry.kind()),
                    audit.proves(entry, head)));
        }
        var answerable = posts.of(unitId).stream()
                .filter(post -> stages.contains(post.stage()))
                .toList();
        return Optional.of(new TraceBack(
                head.treeSize(),
                HexFormat.of().formatHex(head.rootHash()),
                List.copyOf(steps),
                audit.unprovenOfCase(matter.caseId(), head.treeSize()),
                answerable));
    }

    /** The case action an entry records, read from its JSON detail. */
    private Optional<CaseAction> action(Map<?, ?> leaf) {
        if (!(leaf.get("detail") instanceof String detail) || detail.isEmpty()) {
            return Optional.empty();
        }
        try {
            var action = json.readTree(detail).path("action");
            return action.isTextual() ? CaseAction.find(action.asText()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    boolean maySupervise(StaffUser user, Accountability matter) {
        return complaints.maySupervise(user, matter.unitId());
    }

    private Accountability actOn(StaffUser user, UUID id) {
        var matter = visible(user, id);
        complaints.requireSupervisor(user, matter.unitId());
        return matter;
    }

    private void auditAct(StaffUser user, String kind, UUID id, UUID unitId, Map<String, Object> detail) {
        events.publishEvent(new AuditedAct(
                kind,
                clock.instant(),
                user.getUsername(),
                null,
                "accountability",
                id.toString(),
                null,
                unitId,
                detail));
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

    static Accountability matter(ResultSet rs, int row) throws SQLException {
        var outcome = rs.getString("outcome");
        var decidedAt = rs.getTimestamp("decided_at");
        return new Accountability(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                AccountabilitySource.valueOf(rs.getString("source")),
                rs.getObject("complaint_id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getString("title"),
                rs.getString("facts"),
                rs.getString("opened_by"),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getString("status"),
                outcome == null ? null : AccountabilityOutcome.valueOf(outcome),
                rs.getString("responsible"),
                rs.getString("outcome_reason"),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getInt("version"),
                rs.getObject("officer_id", UUID.class));
    }
}
