package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A regulated entity in a unit's pool of objects of inspection (监管对象, 检查对象名录库).
 *
 * @param identifier the credit code, or the licence number when there is none: what a draw ranks it by
 */
public record Subject(
        UUID id,
        UUID unitId,
        String name,
        String creditCode,
        String licenceNo,
        String identifier,
        SubjectCategory category,
        String address,
        String area,
        RiskClass riskClass,
        SubjectStatus status,
        LocalDate lastInspectedOn,
        int version) {}
