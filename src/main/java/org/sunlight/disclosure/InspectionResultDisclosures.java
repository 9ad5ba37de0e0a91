package org.sunlight.disclosure;

import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.calendar.WorkingDays;
import org.sunlight.cases.CaseManagement;
import org.sunlight.inspection.InspectionResultRecorded;
import org.sunlight.inspection.RandomInspection;
import org.sunlight.organization.EnforcementCategory;

/**
 * Each result of a double-random inspection, and what was done about it, becomes a disclosure entry of its inspection
 * case, due within 20 working days of the inspection (国发〔2019〕5号: 抽查结果 “20个工作日内” 公示), and goes the way of
 * every result: redaction, publication on the portal, push to the government platform.
 */
@Component
class InspectionResultDisclosures {

    static final int WORKING_DAYS = 20;

    private final DisclosureEntries entries;
    private final WorkingDays workingDays;
    private final CaseManagement cases;
    private final RandomInspection inspections;

    InspectionResultDisclosures(
            DisclosureEntries entries, WorkingDays workingDays, CaseManagement cases, RandomInspection inspections) {
        this.entries = entries;
        this.workingDays = workingDays;
        this.cases = cases;
        this.inspections = inspections;
    }

    /**
     * The lines a drawn inspection's result adds to its disclosed text: the task it was drawn in, the result and what
     * was done; nothing for any other case.
     */
    String text(UUID caseId, Function<String, String> label) {
        return inspections
                .resultOfCase(caseId)
                .map(result -> label.apply("inspection.disclosure.task")
                        + result.taskTitle()
                        + '\n'
                        + label.apply("inspection.disclosure.result")
                        + label.apply(result.outcome().labelKey())
                        + (result.note().isBlank() ? "" : "；" + result.note())
                        + '\n'
                        + label.apply("inspection.disclosure.inspected-on")
                        + result.inspectedOn()
                        + '\n')
                .orElse("");
    }

    @EventListener
    void on(InspectionResultRecorded recorded) {
        var due = workingDays.addWorkingDays(recorded.inspectedOn(), WORKING_DAYS);
        var title = cases.find(recorded.caseId()).map(view -> view.title()).orElse(recorded.subjectName());
        entries.create(
                recorded.caseId(),
                recorded.unitId(),
                EnforcementCategory.INSPECTION.name(),
                title,
                recorded.inspectedOn(),
                due.due(),
                !due.certain(),
                null,
                null,
                null);
    }
}
