package org.sunlight.supervision;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** The rules of complaint handling that refuse a request, each named. */
final class ComplaintRefusals {

    private ComplaintRefusals() {}

    /** Complaints are handled by the supervisors (执法监督人员) of the unit or of a unit above it. */
    static final class NotASupervisorOfTheUnit extends Refusal {
        NotASupervisorOfTheUnit() {
            super(null, "supervision.refusal.not-a-supervisor");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "NOT_A_SUPERVISOR_OF_THE_UNIT";
        }
    }

    /** The act does not fit where the complaint stands (e.g. a second acceptance decision). */
    static final class NotNow extends Refusal {
        NotNow(ComplaintStatus status) {
            super(null, "supervision.refusal.not-now", status.name());
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "NOT_IN_THIS_STATUS";
        }
    }

    /** Someone else acted on the complaint since it was read. */
    static final class ChangedMeanwhile extends Refusal {
        ChangedMeanwhile() {
            super(null, "supervision.refusal.changed-meanwhile");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "CHANGED_MEANWHILE";
        }
    }

    /** A field the act needs is missing or wrong. */
    static final class BadField extends Refusal {
        BadField(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public String rule() {
            return "INVALID_FIELD";
        }
    }

    /** More online complaints from one address than the hour allows: a flood, not a person. */
    static final class TooMany extends Refusal {
        TooMany() {
            super(null, "supervision.refusal.too-many");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.TOO_MANY_REQUESTS;
        }

        @Override
        public String rule() {
            return "TOO_MANY_COMPLAINTS";
        }
    }
}
