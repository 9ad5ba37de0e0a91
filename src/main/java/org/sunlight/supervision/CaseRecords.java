package org.sunlight.supervision;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.ActionTrait;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseDecided;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.Procedures;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.HearingThreshold;
import org.sunlight.disclosure.ResultPublished;
import org.sunlight.evidence.EvidenceAttached;
import org.sunlight.organization.CertificateCheck;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Organization;

/**
 * Keeps what problem detection reads of each case from the events of the cases module, in the act's transaction (one
 * small write per act), so that the models run over supervision's own table.
 */
@Component
class CaseRecords {

    /**
     * What the decision's case said when it was decided: the item and circumstance of the discretion standard, whether
     * the fine left its band and why, and the hearing threshold (行政处罚法 第六十三条) in force for its parties.
     */
    record Decision(
            String itemCode,
            String circumstance,
            boolean outOfRange,
            String outOfRangeReason,
            BigDecimal hearingThreshold) {}

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final JdbcClient db;
    private final CaseManagement cases;
    private final Catalog catalog;
    private final Organization organization;
    private final Timer opened;
    private final Timer acted;
    private final Timer decided;

    CaseRecords(JdbcClient db, CaseManagement cases, Catalog catalog, Organization organization, MeterRegistry meters) {
        this.db = db;
        this.cases = cases;
        this.catalog = catalog;
        this.organization = organization;
        // what keeping these facts adds to an act (issue 17: under 5 ms), read by the engine benchmark and the
        // actuator's metrics
        this.opened = timer(meters, "opened");
        this.acted = timer(meters, "acted");
        this.decided = timer(meters, "decided");
    }

    private static Timer timer(MeterRegistry meters, String event) {
        return Timer.builder(BOOKKEEPING)
                .description("Time supervision takes in a case act's transaction to keep what detection reads")
                .tag("event", event)
                .register(meters);
    }

    /** The timer of the bookkeeping per case event, tagged {@code event} = opened, acted or decided. */
    static final String BOOKKEEPING = "sunlight.supervision.case-records";

    @EventListener
    void on(CaseOpened event) {
        opened.record(() -> keep(event));
    }

    private void keep(CaseOpened event) {
        db.sql(
                        """
                        insert into supervision.case_record (case_id, unit_id, procedure, opened_at) values (?, ?, ?, ?)
                        on conflict (case_id) do nothing
                        """)
                .params(event.caseId(), event.unitId(), event.procedure().name(), Timestamp.from(event.openedAt()))
                .update();
        if (event.procedure().category() == EnforcementCategory.INSPECTION) {
            var openedOn = event.openedAt().atZone(ZONE).toLocalDate();
            cases.find(event.caseId()).ifPresent(view -> view.parties().stream()
                    .map(party -> party.identity())
                    .filter(identity -> identity != null && !identity.isBlank())
                    .forEach(identity -> inspected(event.caseId(), event.unitId(), identity, openedOn)));
        }
    }

    /** Keeps a party of an inspection case. */
    void inspected(UUID caseId, UUID unitId, String identity, LocalDate openedOn) {
        db.sql(
                        """
                        insert into supervision.inspected_party (case_id, unit_id, identity, opened_on)
                        values (?, ?, ?, ?) on conflict do nothing
                        """)
                .params(caseId, unitId, identity, openedOn)
                .update();
    }

    @EventListener
    void on(CaseActed event) {
        acted.record(() -> keep(event));
    }

    private void keep(CaseActed event) {
        keepWhatTheActTells(event);
        switch (event.action()) {
            case FILE -> at("filed_at", event);
            case DECIDE, DECIDE_ON_THE_SPOT, DECIDE_NO_PENALTY -> at("decided_at", event);
            case CLOSE, ARCHIVE, DECLINE, TRANSFER, WITHDRAW_CASE, TRANSFER_TO_ORGAN -> at("ended_at", event);
            case RECORD_PAYMENT -> at("paid_at", event);
            case APPLY_TO_COURT -> at("court_at", event);
            case EXTEND_LIMIT -> db.sql("update supervision.case_record set extended = true where case_id = ?")
                    .param(event.caseId())
                    .update();
            case NOTIFY, INFORM_ON_THE_SPOT -> {
                // 行政处罚法 第四十五条: the fine the party was told, to compare with what is decided after they were heard
                if (event.proposedFine() != null) {
                    told(event.caseId(), event.proposedFine());
                }
            }
            default -> {}
        }
    }

    /**
     * What an act tells beyond its day, as its event carries it: the periods it started, met or moved (copied as the
     * cases module counted them), the certificates of the officers who acted where 行政处罚法 第四十二条 governs the act,
     * and a recorded step with the reason written instead of a recording. Nothing is read back from the case.
     */
    private void keepWhatTheActTells(CaseActed event) {
        var transition = Procedures.of(event.procedure()).transition(event.fromStage(), event.action());
        if (transition.isPresent() && transition.get().is(ActionTrait.RECORDED_STEP)) {
            recordedStep(event.caseId(), event.unitId(), event.action().id(), event.actedAt(), event.reason());
        }
        deadlines(event.caseId(), event.unitId(), event.periods());
        officersActed(event.caseId(), event.unitId(), event.action().id(), event.actedAt(), event.actingOfficers());
    }

    /** Keeps periods of a case, in one statement: when each started, when it is due, and when it was met. */
    void deadlines(UUID caseId, UUID unitId, List<CaseView.Deadline> periods) {
        if (periods.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>();
        for (var d : periods) {
            params.addAll(Arrays.asList(caseId, unitId, d.rule(), d.basis(), d.startedOn(), d.dueOn(), d.metOn()));
        }
        db.sql(
                        "insert into supervision.case_deadline (case_id, unit_id, rule, basis, started_on, due_on, met_on) values "
                                + String.join(", ", Collections.nCopies(periods.size(), "(?, ?, ?, ?, ?, ?, ?)"))
                                + " on conflict (case_id, rule, started_on) do update set due_on = excluded.due_on,"
                                + " met_on = excluded.met_on")
                .params(params)
                .update();
    }

    /** Keeps one period of a case: when it started, when it is due, and when it was met (null while it runs). */
    void deadline(
            UUID caseId,
            UUID unitId,
            String rule,
            String basis,
            LocalDate startedOn,
            LocalDate dueOn,
            LocalDate metOn) {
        deadlines(caseId, unitId, List.of(new CaseView.Deadline(rule, basis, startedOn, dueOn, false, metOn)));
    }

    /** Keeps the answers to "may this officer act?" given for the officers who acted, in one statement. */
    void officersActed(
            UUID caseId, UUID unitId, String action, java.time.Instant actedAt, List<CertificateCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        var params = new ArrayList<Object>();
        for (var check : checks) {
            params.addAll(Arrays.asList(
                    caseId,
                    unitId,
                    check.officerId(),
                    check.officerName(),
                    check.certificateNo(),
                    action,
                    Timestamp.from(actedAt),
                    check.status().name(),
                    check.categoryCovered(),
                    check.officerActive(),
                    check.mayAct()));
        }
        db.sql(
                        """
                        insert into supervision.officer_act (case_id, unit_id, officer_id, officer_name, certificate_no,
                            action, acted_at, status, category_covered, officer_active, may_act)
                        values """
                                + String.join(
                                        ", ", Collections.nCopies(checks.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                                + " on conflict do nothing")
                .params(params)
                .update();
    }

    /** Keeps a recorded step (音像记录) with the reason written with it, if any. */
    void recordedStep(UUID caseId, UUID unitId, String action, java.time.Instant actedAt, String reason) {
        db.sql(
                        """
                        insert into supervision.recorded_step (case_id, unit_id, action, acted_at, reason)
                        values (?, ?, ?, ?, ?) on conflict do nothing
                        """)
                .params(
                        caseId,
                        unitId,
                        action,
                        Timestamp.from(actedAt),
                        reason == null || reason.isBlank() ? null : reason.strip())
                .update();
    }

    /** Keeps an audio or video file attached for an action of a case: the recording of the next such step. */
    @EventListener
    void on(EvidenceAttached event) {
        if (event.action() == null || event.mediaType() == null) {
            return;
        }
        if (event.mediaType().startsWith("audio/") || event.mediaType().startsWith("video/")) {
            recording(event.fileId(), event.caseId(), event.action(), event.at());
        }
    }

    void recording(UUID fileId, UUID caseId, String action, java.time.Instant at) {
        db.sql(
                        """
                        insert into supervision.recording (file_id, case_id, action, attached_at) values (?, ?, ?, ?)
                        on conflict do nothing
                        """)
                .params(fileId, caseId, action, Timestamp.from(at))
                .update();
    }

    @EventListener
    void on(CaseDecided event) {
        decided.record(() -> keep(event));
    }

    private void keep(CaseDecided event) {
        var decision = cases.find(event.caseId())
                .map(view -> {
                    boolean organisation =
                            view.parties().stream().anyMatch(party -> party.kind() != PartyKind.INDIVIDUAL);
                    return new Decision(
                            view.proposalItemCode(),
                            view.proposalCircumstance(),
                            view.proposalOutOfRange(),
                            view.proposalOutOfRangeReason(),
                            catalog.hearingThreshold(view.unitId(), organisation)
                                    .map(HearingThreshold::fine)
                                    .orElse(null));
                })
                .orElse(new Decision(null, null, false, null, null));
        decided(event, decision);
    }

    /** Keeps the fine the party was told before being heard. */
    void told(UUID caseId, BigDecimal fine) {
        db.sql("update supervision.case_record set notified_fine = ? where case_id = ?")
                .params(fine, caseId)
                .update();
    }

    /** Keeps the decision with what its case said of it. */
    void decided(CaseDecided event, Decision decision) {
        db.sql(
                        """
                        update supervision.case_record set decided_on = ?, kind = ?, fine = ?, item_code = ?,
                            circumstance = ?, out_of_range = ?, out_of_range_reason = ?, hearing_threshold = ?
                        where case_id = ?
                        """)
                .params(
                        event.decidedOn(),
                        event.kind() == null ? null : event.kind().name(),
                        event.fine(),
                        decision.itemCode(),
                        decision.circumstance(),
                        decision.outOfRange(),
                        decision.outOfRangeReason(),
                        decision.hearingThreshold(),
                        event.caseId())
                .update();
    }

    @EventListener
    void on(ResultPublished event) {
        if (event.caseId() != null) {
            db.sql("update supervision.case_record set published_at = coalesce(published_at, ?) where case_id = ?")
                    .params(Timestamp.from(event.publishedAt()), event.caseId())
                    .update();
        }
    }

    /** A document issued as a correction of another (更正) is kept for the model that counts them. */
    @EventListener
    void on(org.sunlight.records.DocumentIssued event) {
        if (event.corrects() != null && event.caseId() != null) {
            db.sql(
                            """
                            insert into supervision.document_correction (document_id, corrects, case_id, unit_id, kind,
                                number, issued_at)
                            values (?, ?, ?, ?, ?, ?, ?) on conflict (document_id) do nothing
                            """)
                    .params(
                            event.documentId(),
                            event.corrects(),
                            event.caseId(),
                            event.unitId(),
                            event.kind().name(),
                            event.number(),
                            Timestamp.from(event.issuedAt()))
                    .update();
        }
    }

    private void at(String column, CaseActed event) {
        db.sql("update supervision.case_record set " + column + " = coalesce(" + column + ", ?) where case_id = ?")
                .params(Timestamp.from(event.actedAt()), event.caseId())
                .update();
    }
}
