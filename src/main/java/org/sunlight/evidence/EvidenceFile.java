package org.sunlight.evidence;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored evidence file, as the case page and the API show it.
 *
 * @param action the case action the file records, or null when it belongs to the stage
 * @param deviceLabel the device it came from, as "类型 序列号", or null
 * @param actTakenAt when the act it records was taken, or null while it is still to be taken
 */
public record EvidenceFile(
        UUID id,
        UUID caseId,
        UUID unitId,
        String sha256,
        long size,
        String mediaType,
        String fileName,
        String stage,
        String action,
        Instant capturedAt,
        Instant uploadedAt,
        String uploadedBy,
        UUID deviceId,
        String deviceLabel,
        Instant actTakenAt) {

    public boolean isVideo() {
        return mediaType.startsWith("video/");
    }

    public boolean isAudio() {
        return mediaType.startsWith("audio/");
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public boolean isRecording() {
        return isVideo() || isAudio();
    }
}
