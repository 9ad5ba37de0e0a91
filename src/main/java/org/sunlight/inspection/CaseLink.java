package org.sunlight.inspection;

import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseManagement;

/** Every call of this module into {@code cases}, in one place. */
@Component
class CaseLink {

    private final CaseManagement cases;

    CaseLink(CaseManagement cases) {
        this.cases = cases;
    }

    /** Who in the unit is a party to a case still running: a draw leaves them out. */
    Set<String> partiesUnderOpenCases(UUID unitId) {
        return cases.partiesUnderOpenCases(unitId);
    }
}
