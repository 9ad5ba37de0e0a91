package org.sunlight.evidence;

/** Kinds of recording devices. */
public enum DeviceKind {
    BODY_CAMERA,
    AUDIO_RECORDER,
    CAMERA,
    VIDEO_CAMERA,
    OTHER;

    public String labelKey() {
        return "device.kind." + name();
    }
}
