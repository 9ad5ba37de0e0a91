package org.sunlight.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The organ decided on a licence in force: changed or renewed it, or refused to (行政许可法 第四十九条、第五十条). Each is a
 * licensing decision of its own, which the disclosure module publishes like the grant (D10), beside it. Published inside the act's transaction, before the act's
 * documents are issued ({@link CaseActed}), so that what listens can wait for the decision document it names.
 *
 * @param action {@link CaseAction#CHANGE_LICENCE}, {@link CaseAction#RENEW_LICENCE}, {@link CaseAction#REFUSE_CHANGE}
 *     or {@link CaseAction#REFUSE_RENEWAL}
 * @param document the kind of the decision document the act issues: the result shows that document
 * @param matters the licensed matters changed (变更事项) as the application stated them, or null for a renewal
 * @param validUntil the licence's term after the act (for a renewal, the new term; for a refusal, the term unchanged),
 *     or null when it has none
 */
public record HeldLicenceDecided(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        CaseAction action,
        DocumentKind document,
        LocalDate decidedOn,
        String matters,
        LocalDate validUntil) {}
