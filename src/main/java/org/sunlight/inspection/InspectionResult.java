package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The recorded result of a drawn subject's inspection, as other modules read it (the disclosure's text).
 *
 * @param taskTitle the task the subject was drawn in
 * @param note what was found and done, as the inspectors wrote it (may be empty)
 */
public record InspectionResult(
        UUID drawId,
        UUID caseId,
        String subjectName,
        String identifier,
        String taskTitle,
        InspectionOutcome outcome,
        String note,
        LocalDate inspectedOn) {}
