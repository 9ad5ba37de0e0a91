package org.sunlight.inspection;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** The rules of random inspection that refuse a request, each named. */
final class InspectionRefusals {

    private InspectionRefusals() {}

    /** Keeping the pool, the plans and the draws is the work of the unit's own staff. */
    static final class NotTheUnitsStaff extends Refusal {
        NotTheUnitsStaff() {
            super(null, "inspection.refusal.not-the-units-staff");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "NOT_THE_UNITS_STAFF";
        }
    }

    /** Someone else changed the record since it was read; the change is not applied over theirs. */
    static final class ChangedMeanwhile extends Refusal {
        ChangedMeanwhile() {
            super(null, "inspection.refusal.changed-meanwhile");
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

    /** A field of the request is wrong. */
    static final class InvalidField extends Refusal {
        InvalidField(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }

        @Override
        public String rule() {
            return "INVALID_FIELD";
        }
    }

    /** The step is not open in the record's present state (a published plan, a finished draw). */
    static final class NotOpen extends Refusal {
        NotOpen(String messageKey, Object... arguments) {
            super(null, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "NOT_OPEN";
        }
    }
}
