package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sunlight.organization.CertificateCheck;

/**
 * An act was taken on a case (R1): published inside the act's transaction, so that what listens (the documents the
 * act produces, the audit log) is kept with the act or not at all.
 *
 * <p>It carries what the act's listeners would otherwise read back from the case on the act's path: the case's periods
 * after an act that started, met or moved one, the officers who acted where 行政处罚法 第四十二条 governs the act (with
 * the certificate check of the day the rules made), and the fine proposed.
 *
 * @param note what the actor recorded with the act, or null
 * @param reason the written reason the act carried (an extension, a coordination), or null
 * @param periods every period of the case as counted after the act, when the act started, met or moved one; else empty
 * @param actingOfficers where 第四十二条 governs the act, each officer who acted (for a step all the case's officers
 *     take, all of them) with the check of their certificate on the day; else empty
 * @param proposedFine the fine or amount proposed when the act was taken (as the act proposed it, for one that
 *     proposes), or null
 */
public record CaseActed(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        CaseAction action,
        String fromStage,
        String toStage,
        List<DocumentKind> documents,
        String actor,
        Instant actedAt,
        String note,
        String reason,
        List<CaseView.Deadline> periods,
        List<CertificateCheck> actingOfficers,
        BigDecimal proposedFine) {

    public CaseActed {
        periods = List.copyOf(periods);
        actingOfficers = List.copyOf(actingOfficers);
    }
}
