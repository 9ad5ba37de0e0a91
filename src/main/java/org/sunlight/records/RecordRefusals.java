package org.sunlight.records;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** Refusals of the records module, each naming its rule. */
final class RecordRefusals {

    private RecordRefusals() {}

    /** Only a leader (负责人) of the issuing unit corrects its documents. */
    static final class LeaderOfUnitRequired extends Refusal {
        LeaderOfUnitRequired() {
            super(null, "records.refusal.leader-required");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** A document is corrected once; a further correction corrects the correcting document. */
    static final class AlreadyCorrected extends Refusal {
        AlreadyCorrected() {
            super(null, "records.refusal.already-corrected");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** A field of the request is missing or too long. */
    static final class InvalidField extends Refusal {
        InvalidField(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }
}
