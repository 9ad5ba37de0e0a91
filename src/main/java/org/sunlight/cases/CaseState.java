package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as stored: where it stands, what it proposes, who it is about and who handles it. */
record CaseState(
        UUID id,
        UUID unitId,
        ProcedureKind procedure,
        String stage,
        String title,
        String summary,
        String createdBy,
        String itemCode,
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
        int proposalVersion,
        Integer reviewAgreedVersion,
        Integer coordinationAllowedVersion,
        Integer collectiveHeldVersion,
        boolean statementClosed,
        LocalDate hearingNotifiedOn,
        LocalDate hearingOn,
        int version,
        UUID originCaseId,
        UUID followUpCaseId,
        List<Party> parties,
        List<UUID> officerIds) {

    boolean hasProposal() {
        return proposalKind != null;
    }

    /** A major proposal is agreed only for the version the reviewer saw; any change since needs a new review. */
    boolean reviewAgreedForCurrentProposal() {
        return reviewAgreedVersion != null && reviewAgreedVersion == proposalVersion;
    }

    /**
     * The current proposal may be decided as far as the legal review goes (L5): the review agreed to it, or a leader's
     * coordination let it proceed despite the review's problems, answering for it (L4, L6).
     */
    boolean reviewCleared() {
        return reviewAgreedForCurrentProposal()
                || coordinationAllowedVersion != null && coordinationAllowedVersion == proposalVersion;
    }

    boolean collectiveDiscussionForCurrentProposal() {
        return collectiveHeldVersion != null && collectiveHeldVersion == proposalVersion;
    }

    boolean anyOrganisation() {
        return parties.stream().anyMatch(party -> party.kind() == PartyKind.ORGANISATION);
    }
}
