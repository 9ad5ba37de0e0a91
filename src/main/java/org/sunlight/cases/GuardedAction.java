package org.sunlight.cases;

import java.util.List;
import java.util.UUID;
import org.sunlight.organization.StaffUser;

/**
 * An action about to be taken on a case, as a guard sees it.
 *
 * @param documents the documents the action will issue
 * @param proposalVersion the version of the proposal the case holds before the action (0 when none)
 * @param proposalMajor whether that proposal is major
 */
public record GuardedAction(
        UUID caseId,
        UUID unitId,
        ProcedureKind procedure,
        String stage,
        String action,
        String toStage,
        List<DocumentKind> documents,
        ActionInput input,
        StaffUser actor,
        int proposalVersion,
        boolean proposalMajor) {}
