package org.sunlight.organization;

/** The kinds of enforcement act (执法类别): the eleven of the item list, and inspection. */
public enum EnforcementCategory {
    PENALTY,
    LICENSING,
    COERCION,
    INSPECTION,
    CONFIRMATION,
    REGISTRATION,
    LEVY,
    REQUISITION,
    CHARGE,
    BENEFIT,
    ADJUDICATION,
    OTHER;

    public String labelKey() {
        return "category." + name();
    }
}
