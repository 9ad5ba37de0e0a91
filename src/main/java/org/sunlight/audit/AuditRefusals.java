package org.sunlight.audit;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** Refusals of the audit module, each naming its rule. */
final class AuditRefusals {

    private AuditRefusals() {}

    /** A number parameter is missing, not a number, or out of the range the tree allows. */
    static final class InvalidTreeParameter extends Refusal {
        InvalidTreeParameter(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** A filter of the retrieval log is not a valid value. */
    static final class InvalidFilter extends Refusal {
        InvalidFilter(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }

    /** Only supervisors and administrators read the retrieval log. */
    static final class SupervisorRequired extends Refusal {
        SupervisorRequired() {
            super(null, "audit.refusal.supervisor-required");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
