package org.sunlight.cases;

import java.math.BigDecimal;

/**
 * The decision a case proposes.
 *
 * @param fine the fine in yuan, or null when none
 * @param major whether it is a major decision that needs the legal review (L2; for now declared with the proposal,
 *     later decided by the review scope rules)
 */
public record Proposal(ProposalKind kind, BigDecimal fine, String text, boolean major) {}
