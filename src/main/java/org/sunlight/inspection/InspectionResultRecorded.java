package org.sunlight.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The outcome of a drawn subject's inspection was recorded with its case: the result and what was done about it, to be
 * published within 20 working days of the inspection (国办发〔2019〕5号 “一公开”; 政府信息公开条例 第二十条).
 */
public record InspectionResultRecorded(
        UUID drawId,
        UUID subjectId,
        UUID caseId,
        UUID unitId,
        String subjectName,
        InspectionOutcome outcome,
        String note,
        LocalDate inspectedOn,
        String recordedBy,
        Instant recordedAt) {}
