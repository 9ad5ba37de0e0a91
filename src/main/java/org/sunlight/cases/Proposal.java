package org.sunlight.cases;

import java.math.BigDecimal;

/**
 * The decision a case proposes.
 *
 * @param fine the fine in yuan, or null when none
 * @param major whether it is a major decision that needs the legal review (L2; for now declared with the proposal,
 *     later decided by the review scope rules)
 * @param itemCode the enforcement item whose discretion standard applies, or null
 * @param circumstance the circumstance of the standard (轻微, 一般, 较重, 严重), or null
 * @param outOfRangeReason why the fine lies outside the standard's range, when it does
 * @param mitigation 从轻 or 减轻 (行政处罚法 第三十二条), or null
 * @param ground why the case is not punished (不予处罚) or punished more lightly, or null
 * @param listDepartureReason why the proposal departs from the outcome the unit's published 不予处罚、从轻、减轻处罚清单
 *     allows for its item and circumstance, when it does
 */
public record Proposal(
        ProposalKind kind,
        BigDecimal fine,
        String text,
        boolean major,
        String itemCode,
        String circumstance,
        String outOfRangeReason,
        Mitigation mitigation,
        LegalGround ground,
        String listDepartureReason) {

    public Proposal(
            ProposalKind kind,
            BigDecimal fine,
            String text,
            boolean major,
            String itemCode,
            String circumstance,
            String outOfRangeReason,
            Mitigation mitigation,
            LegalGround ground) {
        this(kind, fine, text, major, itemCode, circumstance, outOfRangeReason, mitigation, ground, null);
    }

    public Proposal(ProposalKind kind, BigDecimal fine, String text, boolean major) {
        this(kind, fine, text, major, null, null, null, null, null, null);
    }

    public Proposal(
            ProposalKind kind,
            BigDecimal fine,
            String text,
            boolean major,
            String itemCode,
            String circumstance,
            String outOfRangeReason) {
        this(kind, fine, text, major, itemCode, circumstance, outOfRangeReason, null, null, null);
    }

    /**
     * Whether the proposal takes the outcome an entry of the published list allows (行政处罚法 第三十二条、第三十三条):
     * 首违不罚 is not punishing on the ground {@link LegalGround#FIRST_OFFENCE}, 不予处罚 not punishing on any ground the
     * law gives, 从轻 and 减轻 a penalty with that {@link Mitigation}, 从重 a penalty neither lighter nor reduced.
     */
    boolean follows(org.sunlight.catalog.PenaltyAdjustment.Outcome outcome) {
        return switch (outcome) {
            case FIRST_OFFENCE -> kind == ProposalKind.NO_PENALTY && ground == LegalGround.FIRST_OFFENCE;
            case NO_PENALTY -> kind == ProposalKind.NO_PENALTY;
            case LIGHTER, REDUCED -> kind.punishes() && mitigation != null && mitigation.outcome() == outcome;
            case HEAVIER -> kind.punishes() && mitigation == null;
        };
    }

    boolean measuredAgainstStandard() {
        return itemCode != null && !itemCode.isBlank() && circumstance != null && !circumstance.isBlank();
    }
}
