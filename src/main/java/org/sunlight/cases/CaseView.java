package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as staff see it: its stage, proposal, parties, officers, acts, deadlines and what they may do now. */
public record CaseView(
        UUID id,
        UUID unitId,
        ProcedureKind procedure,
        String stage,
        String title,
        String summary,
        LocalDate filedOn,
        ProposalKind proposalKind,
        BigDecimal proposalFine,
        String proposalText,
        boolean proposalMajor,
        String proposalMajorRule,
        String proposalItemCode,
        String proposalCircumstance,
        boolean proposalOutOfRange,
        String proposalOutOfRangeReason,
        boolean reviewCleared,
        int proposalVersion,
        UUID originCaseId,
        UUID followUpCaseId,
        List<Party> parties,
        List<UUID> officerIds,
        List<Act> acts,
        List<Deadline> deadlines,
        List<CaseAction> actions,
        BigDecimal lateSurcharge,
        Violation violation,
        Mitigation proposalMitigation,
        LegalGround proposalGround,
        boolean hearingAllowed,
        Basis basis,
        DecisionParticulars particulars,
        List<UUID> actingOfficerIds,
        String proposalListDeparture,
        String proposalListDepartureReason,
        LocalDate hearingOn,
        String hearingPlace) {

    /**
     * What the decision rests on (行政处罚法 第五十九条第一款第三项), from the enforcement item and the discretion standard
     * the proposal chose: the item's published legal basis (the provisions broken and the penalty provisions) and the
     * standard's, each null when not published.
     */
    public record Basis(
            String itemCode,
            String itemLegalBasis,
            String standardCode,
            String circumstance,
            String standardLegalBasis) {}

    /** 行政处罚法 第七十二条: 3 % of the fine for each day paid late, never more than the fine itself. */
    static BigDecimal lateSurcharge(BigDecimal fine, List<Deadline> deadlines, LocalDate today) {
        if (fine == null || fine.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        for (var deadline : deadlines) {
            if (deadline.rule().equals(Procedures.PAYMENT.id())) {
                var paid = deadline.metOn() == null ? today : deadline.metOn();
                long daysLate = java.time.temporal.ChronoUnit.DAYS.between(deadline.dueOn(), paid);
                if (daysLate <= 0) {
                    return BigDecimal.ZERO;
                }
                var surcharge = fine.multiply(new BigDecimal("0.03")).multiply(BigDecimal.valueOf(daysLate));
                return surcharge.min(fine).setScale(2, java.math.RoundingMode.HALF_UP);
            }
        }
        return BigDecimal.ZERO;
    }

    /**
     * An act taken on the case, kept forever; an inquiry with its structured 询问笔录 and an inspection with its
     * 现场检查笔录 when they were written so, else null.
     */
    public record Act(
            CaseAction action,
            String fromStage,
            String toStage,
            String actor,
            Instant actedAt,
            String note,
            List<String> documents,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            UUID officerId,
            UUID companionId,
            boolean refusedToSign,
            InquiryRecord inquiry,
            SiteRecord siteRecord) {}

    /**
     * A period running or met.
     *
     * @param uncertain counted into a year whose holiday notice is not loaded
     */
    public record Deadline(
            String rule, String basis, LocalDate startedOn, LocalDate dueOn, boolean uncertain, LocalDate metOn) {

        public boolean running() {
            return metOn == null;
        }

        public boolean overdueOn(LocalDate day) {
            return metOn == null && day.isAfter(dueOn);
        }
    }
}
