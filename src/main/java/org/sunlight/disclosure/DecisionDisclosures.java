package org.sunlight.disclosure;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseDecided;
import org.sunlight.cases.CaseManagement;
import org.sunlight.organization.EnforcementCategory;

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
        var category = decided.procedure().category();
        var days = category == EnforcementCategory.PENALTY || category == EnforcementCategory.LICENSING
                ? PENALTY_AND_LICENSING_DAYS
                : OTHER_DAYS;
        var due = workingDays.addWorkingDays(decided.decidedOn(), days);
        var title = cases.find(decided.caseId()).map(view -> view.title()).orElse("");
        entries.create(
                decided.caseId(),
                decided.unitId(),
                category.name(),
                title,
                decided.decidedOn(),
                due.due(),
                !due.certain());
    }
}
