package org.sunlight.disclosure;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseDecided;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.HeldLicenceDecided;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.records.DocumentIssued;

/**
 * Every decision becomes a disclosure entry, due within 7 working days for licensing and penalty decisions and within
 * 20 working days for the rest (D10), counted by the official calendar.
 */
@Component
class DecisionDisclosures {

    static final int PENALTY_AND_LICENSING_DAYS = 7;
    static final int OTHER_DAYS = 20;

    private final DisclosureEntries entries;
    private final WorkingDays workingDays;
    private final CaseManagement cases;

    DecisionDisclosures(DisclosureEntries entries, WorkingDays workingDays, CaseManagement cases) {
        this.entries = entries;
        this.workingDays = workingDays;
        this.cases = cases;
    }

    /** The penalty was paid, or its enforcement applied to the court: the entry shows it (D10). */
    @EventListener
    void on(org.sunlight.cases.CaseActed acted) {
        var fulfilment =
                switch (acted.action()) {
                    case RECORD_PAYMENT -> "PAID";
                    case APPLY_TO_COURT -> "ENFORCEMENT_APPLIED";
                    default -> null;
                };
        if (fulfilment != null) {
            entries.fulfil(
                    acted.caseId(),
                    fulfilment,
                    java.time.LocalDate.ofInstant(acted.actedAt(), java.time.ZoneId.of("Asia/Shanghai")));
        }
    }

    @EventListener
    void on(CaseDecided decided) {
        create(decided.caseId(), decided.unitId(), decided.procedure(), decided.decidedOn(), null, decided);
    }

    /**
     * A licence changed or renewed, or either refused (行政许可法 第四十九条、第五十条), is a licensing decision of its own:
     * its entry is due within the same 7 working days as the grant's (D10), beside the grant's and any other of the
     * day, and shows the decision document the act issues next.
     */
    @EventListener
    void on(HeldLicenceDecided decided) {
        create(
                decided.caseId(),
                decided.unitId(),
                decided.procedure(),
                decided.decidedOn(),
                new DisclosureEntry.Decision(decided.document(), null, null, decided.matters(), decided.validUntil()),
                null);
    }

    /**
     * An entry of the decision, due by its category's clock (D10); the case's own decision when {@code decision} is null,
     * kept as {@code decided} decided it.
     */
    private void create(
            UUID caseId,
            UUID unitId,
            ProcedureKind procedure,
            java.time.LocalDate decidedOn,
            DisclosureEntry.Decision decision,
            CaseDecided decided) {
        var category = procedure.category();
        var due = workingDays.addWorkingDays(decidedOn, daysFor(category));
        var title = cases.find(caseId).map(view -> view.title()).orElse("");
        entries.create(
                caseId,
                unitId,
                category.name(),
                title,
                decidedOn,
                due.due(),
                !due.certain(),
                decision,
                decided == null ? null : decided.kind(),
                decided == null ? null : decided.fine());
    }

    /** The decision document an entry waits for was issued, or a document an entry shows was corrected. */
    @EventListener
    void on(DocumentIssued issued) {
        if (issued.corrects() != null) {
            entries.documentCorrected(issued.corrects(), issued.documentId(), issued.number());
        } else {
            entries.documentIssued(issued.caseId(), issued.kind(), issued.documentId(), issued.number());
        }
    }

    /** D10: licensing and penalty decisions within 7 working days, the rest within 20. */
    private static int daysFor(EnforcementCategory category) {
        return category == EnforcementCategory.PENALTY || category == EnforcementCategory.LICENSING
                ? PENALTY_AND_LICENSING_DAYS
                : OTHER_DAYS;
    }
}
