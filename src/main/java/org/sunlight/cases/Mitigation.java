package org.sunlight.cases;

/**
 * 行政处罚法 第三十二条: a penalty imposed more lightly within the range the law sets (从轻) or below it (减轻), each
 * recorded with its ground.
 */
public enum Mitigation {
    LIGHTER,
    REDUCED;

    /** The outcome of the published 从轻、减轻处罚清单 it is. */
    public org.sunlight.catalog.PenaltyAdjustment.Outcome outcome() {
        return this == LIGHTER
                ? org.sunlight.catalog.PenaltyAdjustment.Outcome.LIGHTER
                : org.sunlight.catalog.PenaltyAdjustment.Outcome.REDUCED;
    }

    public String labelKey() {
        return "mitigation." + name();
    }
}
