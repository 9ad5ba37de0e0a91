package org.sunlight.cases;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** Refusals of the case engine that are not rules of a transition. */
final class CaseRefusals {

    private CaseRefusals() {}

    /** The action is not one the case's stage offers. */
    static final class ActionNotAvailable extends Refusal {
        ActionNotAvailable(String action, String stage) {
            super(null, "case.refusal.action-not-available", action, stage);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** The person's roles do not include one that may take the action. */
    static final class RoleMissing extends Refusal {
        RoleMissing(String roles) {
            super(null, "case.refusal.role-missing", roles);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /**
     * Superior units read their subordinate units' cases; acting in one is for the staff of the unit that handles it
     * (a superior unit takes a case over by 提级管辖 first, which the product does not record yet).
     */
    static final class OwnUnitActs extends Refusal {
        OwnUnitActs(String unit) {
            super(null, "case.refusal.own-unit-acts", unit);
        }

        @Override
        public String rule() {
            return "OWN_UNIT_ACTS";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** Someone else changed the case meanwhile; the action is not applied twice. */
    static final class ChangedMeanwhile extends Refusal {
        ChangedMeanwhile() {
            super(null, "case.refusal.changed-meanwhile");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
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
    }
}
