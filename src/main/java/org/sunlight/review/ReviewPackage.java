package org.sunlight.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What the handling unit submits for review, as it stood when submitted (L4): the proposed decision, the facts, the
 * evidence and documents, the discretion reasoning and the unit's statement. Kept whole for every version.
 *
 * @param majorRule the review scope rule that made the proposal major, or null
 * @param statement what the handling officer wrote with the submission
 * @param legalBasis the legal basis of the discretion standard the proposal applies, or null
 * @param evidence the case's stored evidence files when submitted (null in packages kept before it was recorded)
 * @param listDeparture the entry of the unit's 不予处罚、首违不罚、从轻、减轻、从重处罚清单 the proposal departs from, with
 *     the officer's reason, or null when it follows the list or no entry applies
 */
public record ReviewPackage(
        String proposalKind,
        BigDecimal fine,
        String proposalText,
        boolean major,
        String majorRule,
        String itemCode,
        String circumstance,
        boolean outOfRange,
        String outOfRangeReason,
        String facts,
        List<String> parties,
        List<PackageDocument> documents,
        String statement,
        String legalBasis,
        List<PackageEvidence> evidence,
        ListDeparture listDeparture) {

    /** The list entry a proposal departs from: its code, the outcome it allows, its basis, and why it was not followed. */
    public record ListDeparture(String code, String outcome, String conditions, String legalBasis, String reason) {}

    /** A document of the case that was issued when the package was submitted. */
    public record PackageDocument(UUID id, String title, String number) {}

    /** A stored evidence file of the case (photo, recording), by the hash it is stored under. */
    public record PackageEvidence(UUID id, String fileName, String mediaType, String sha256) {}

    /** Whether the decision the package proposes differs from another's: kind, amount or wording. */
    public boolean proposesOtherThan(ReviewPackage other) {
        return !java.util.Objects.equals(proposalKind, other.proposalKind)
                || fine == null != (other.fine == null)
                || fine != null && fine.compareTo(other.fine) != 0
                || !java.util.Objects.equals(proposalText, other.proposalText);
    }
}
