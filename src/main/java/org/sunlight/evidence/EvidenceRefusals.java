package org.sunlight.evidence;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** What the evidence module refuses, and why. */
final class EvidenceRefusals {

    private EvidenceRefusals() {}

    /** A field of the request is wrong. */
    static final class InvalidField extends Refusal {
        InvalidField(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** The chunk does not start where the upload stands; the client asks for the offset and resumes from there. */
    static final class OffsetMismatch extends Refusal {
        private final long offset;

        OffsetMismatch(long given, long offset) {
            super("Upload-Offset", "evidence.refusal.offset", Long.toString(given), Long.toString(offset));
            this.offset = offset;
        }

        long offset() {
            return offset;
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** Nobody added to the upload for too long: it was given up and its bytes deleted; the file is uploaded anew. */
    static final class UploadAbandoned extends Refusal {
        UploadAbandoned() {
            super(null, "evidence.refusal.abandoned");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.GONE;
        }
    }

    /** Another request is writing to the same upload. */
    static final class UploadBusy extends Refusal {
        UploadBusy() {
            super(null, "evidence.refusal.busy");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** The chunk goes past the size the upload declared. */
    static final class ChunkTooLarge extends Refusal {
        ChunkTooLarge(long remaining) {
            super("Content-Length", "evidence.refusal.chunk-too-large", Long.toString(remaining));
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
    }

    /** The file could not be stored; nothing was recorded. */
    static final class StorageFailed extends Refusal {
        StorageFailed() {
            super(null, "evidence.refusal.storage");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    /** The step must be recorded on audio or video and no recording is attached for it, nor a reason given. */
    static final class RecordingRequired extends Refusal {
        RecordingRequired(String action, String requirement, String method) {
            super("reason", "evidence.refusal.recording-required", action, requirement, method);
        }

        @Override
        public String rule() {
            return "RECORDING_REQUIRED";
        }
    }

    /** The standard is the province's: one figure for every unit, set by the province's administrators only. */
    static final class ProvinceSetsTheStandard extends Refusal {
        ProvinceSetsTheStandard() {
            super(null, "device.refusal.standard-province");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** The device cannot be issued, returned or used as asked. */
    static final class DeviceRefused extends Refusal {
        DeviceRefused(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }
}
