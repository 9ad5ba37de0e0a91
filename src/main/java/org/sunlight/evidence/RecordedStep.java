package org.sunlight.evidence;

/**
 * An action the case's stage offers that the recording requirements want on audio or video, and whether a recording
 * is attached for it.
 *
 * @param recordings audio and video files attached for the action and not yet used by an earlier act
 * @param writesRecord the action's own form carries its 询问笔录 or 现场检查笔录 and the reason for a missing recording,
 *     so the step is taken there, not by a reason alone
 */
public record RecordedStep(String action, String requirement, String method, long recordings, boolean writesRecord) {

    public boolean ready() {
        return recordings > 0;
    }
}
