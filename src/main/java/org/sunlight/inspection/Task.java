package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A task (抽查任务): one plan line, or several for one joint visit (联合抽查), for a period. */
public record Task(
        UUID id,
        UUID unitId,
        UUID planId,
        String title,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<PlanLine> lines) {}
