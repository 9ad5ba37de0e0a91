package org.sunlight.supervision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseDecided;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseOpened;
import org.sunlight.cases.PartyKind;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.HearingThreshold;
import org.sunlight.disclosure.ResultPublished;
import org.sunlight.organization.EnforcementCategory;

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

    CaseRecords(JdbcClient db, CaseManagement cases, Catalog catalog) {
        this.db = db;
        this.cases = cases;
        this.catalog = catalog;
    }

    @EventListener
    void on(CaseOpened event) {
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
        switch (event.action()) {
            case FILE -> at("filed_at", event);
            case DECIDE, DECIDE_ON_THE_SPOT, DECIDE_NO_PENALTY -> at("decided_at", event);
            case CLOSE, ARCHIVE, DECLINE, TRANSFER, WITHDRAW_CASE, TRANSFER_TO_ORGAN -> at("ended_at", event);
            case RECORD_PAYMENT -> at("paid_at", event);
            case APPLY_TO_COURT -> at("court_at", event);
            case EXTEND_LIMIT -> db.sql("update supervision.case_record set extended = true where case_id = ?")
                    .param(event.caseId())
                    .update();
            case NOTIFY, INFORM_ON_THE_SPOT ->
            // 行政处罚法 第四十五条: the fine the party was told, to compare with what is decided after they were heard
            cases.find(event.caseId()).map(view -> view.proposalFine()).ifPresent(fine -> told(event.caseId(), fine));
            default -> {}
        }
    }

    @EventListener
    void on(CaseDecided event) {
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

    private void at(String column, CaseActed event) {
        db.sql("update supervision.case_record set " + column + " = coalesce(" + column + ", ?) where case_id = ?")
                .params(Timestamp.from(event.actedAt()), event.caseId())
                .update();
    }
}
