package org.sunlight.supervision;

/**
 * A supervisor's answer to a flag: the unit acknowledges it (the problem is real and is being corrected), or it is
 * dismissed as not a problem; either with its reason.
 */
enum FlagDecision {
    ACKNOWLEDGED,
    DISMISSED;

    public String labelKey() {
        return "supervision.flag.decision." + name();
    }
}
