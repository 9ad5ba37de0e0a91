package org.sunlight.cases;

/**
 * A stage of a procedure.
 *
 * @param phase which of the five recorded phases of R1 the stage belongs to
 */
public record Stage(String id, Phase phase, boolean terminal) {

    /** The phases whose records R1 requires: 程序启动、调查取证、审查决定、送达执行、归档管理. */
    public enum Phase {
        START,
        INVESTIGATION,
        DECISION,
        SERVICE_AND_EXECUTION,
        ARCHIVE
    }

    public String labelKey() {
        return "stage." + id;
    }
}
