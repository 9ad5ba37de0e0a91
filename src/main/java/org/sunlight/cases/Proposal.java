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
        LegalGround ground) {

    public Proposal(ProposalKind kind, BigDecimal fine, String text, boolean major) {
        this(kind, fine, text, major, null, null, null, null, null);
    }

    public Proposal(
            ProposalKind kind,
            BigDecimal fine,
            String text,
            boolean major,
            String itemCode,
            String circumstance,
            String outOfRangeReason) {
        this(kind, fine, text, major, itemCode, circumstance, outOfRangeReason, null, null);
    }

    boolean measuredAgainstStandard() {
        return itemCode != null && !itemCode.isBlank() && circumstance != null && !circumstance.isBlank();
    }
}
