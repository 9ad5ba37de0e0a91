package org.sunlight.inspection;

/** Why an officer may not inspect a subject (回避, 行政处罚法 第四十三条). */
public enum ConflictReason {
    RELATIVE,
    FORMER_EMPLOYMENT,
    INTEREST,
    OTHER;

    public String labelKey() {
        return "inspection.conflict.reason." + name();
    }
}
