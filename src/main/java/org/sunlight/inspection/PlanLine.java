package org.sunlight.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of a yearly plan: a random-inspection item, the categories of subjects it covers, the ratio per risk class
 * (per cent), the frequency and the period.
 */
public record PlanLine(
        UUID id,
        UUID planId,
        int lineNo,
        String itemCode,
        String itemName,
        List<SubjectCategory> categories,
        BigDecimal ratioA,
        BigDecimal ratioB,
        BigDecimal ratioC,
        BigDecimal ratioD,
        String frequency,
        LocalDate periodFrom,
        LocalDate periodTo) {

    public BigDecimal ratio(RiskClass risk) {
        return switch (risk) {
            case A -> ratioA;
            case B -> ratioB;
            case C -> ratioC;
            case D -> ratioD;
        };
    }
}
