package org.sunlight.evidence;

/**
 * An action the case's stage offers that the recording requirements want on audio or video, and whether a recording
 * is attached for it.
 *
 * @param recordings audio and video files attached for the action and not yet used by an earlier act
 */
public record RecordedStep(String action, String requirement, String method, long recordings) {

    public boolean ready() {
        return recordings > 0;
    }
}
