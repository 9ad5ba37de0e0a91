package org.sunlight.catalog;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** The rules of keeping a list, each a named refusal. */
final class ListRefusals {

    private ListRefusals() {}

    /** Only a draft changes; a submitted version waits for its check, a published one never changes. */
    static final class ListNotEditable extends Refusal {
        ListNotEditable() {
            super(null, "catalog.refusal.not-editable");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** Keeping a unit's lists is its administrators' work. */
    static final class NotAnAdministrator extends Refusal {
        NotAnAdministrator() {
            super(null, "catalog.refusal.not-admin");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** A list is checked by a reviewer of the unit that publishes it (D1, D4). */
    static final class NotTheUnitsReviewer extends Refusal {
        NotTheUnitsReviewer() {
            super(null, "catalog.refusal.not-the-units-reviewer");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** Whoever submitted a version does not check it too. */
    static final class ReviewerIsSubmitter extends Refusal {
        ReviewerIsSubmitter() {
            super(null, "catalog.refusal.reviewer-is-submitter");
        }
    }

    /** There must be something to submit or to check. */
    static final class NothingToSubmit extends Refusal {
        NothingToSubmit() {
            super(null, "catalog.refusal.nothing-to-submit");
        }
    }

    static final class NothingToCheck extends Refusal {
        NothingToCheck() {
            super(null, "catalog.refusal.nothing-to-check");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** A returned version says why, in writing. */
    static final class ReturnReasonRequired extends Refusal {
        ReturnReasonRequired() {
            super("reason", "catalog.refusal.reason-required");
        }
    }
}
