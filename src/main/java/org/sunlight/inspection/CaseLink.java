package org.sunlight.inspection;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.OpenCase;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.organization.StaffUser;

/** Every call of this module into {@code cases}, in one place. */
@Component
class CaseLink {

    private final CaseManagement cases;
    private final org.sunlight.platform.ColumnLengths lengths;

    CaseLink(CaseManagement cases, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.cases = cases;
    }

    /** Who in the unit is a party to a case still running: a draw leaves them out. */
    Set<String> partiesUnderOpenCases(UUID unitId) {
        return cases.partiesUnderOpenCases(unitId);
    }

    /**
     * Opens the routine inspection (procedure INSPECTION) of a drawn subject with its two inspectors; the subject is
     * the party when it has a credit code (a party needs one), and named in the title in any case.
     */
    UUID openInspection(StaffUser user, Subject subject, String itemCode, String taskTitle, List<UUID> officerIds) {
        var title = "双随机抽查：" + subject.name();
        // the title is made here, not typed: a subject's long name is shortened to what the case keeps
        var max = lengths.max("cases.enforcement_case.title");
        if (title.length() > max) {
            title = title.substring(0, max);
        }
        var parties = subject.creditCode() == null
                ? List.<OpenCase.PartyInput>of()
                : List.of(new OpenCase.PartyInput(
                        PartyKind.ORGANISATION, subject.name(), subject.creditCode(), subject.address()));
        var opened = cases.openDrawnInspection(
                user,
                new OpenCase(
                        ProcedureKind.INSPECTION,
                        title,
                        taskTitle + "；检查对象：" + subject.name() + "（" + subject.identifier() + "），" + subject.address(),
                        parties,
                        officerIds,
                        itemCode));
        return opened.id();
    }

    /** A drawn inspection's inspector replaced by a re-matching; false once the inspection has started. */
    boolean replaceInspector(UUID caseId, UUID leaving, UUID joining) {
        return cases.replaceDrawnInspector(caseId, leaving, joining);
    }
}
