package org.sunlight.supervision;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** The rules of case-file evaluation that refuse a request, each named. */
final class EvaluationRefusals {

    private EvaluationRefusals() {}

    /** The standard scores penalty case files; the case is of another procedure. */
    static final class NotCoveredByTheStandard extends Refusal {
        NotCoveredByTheStandard() {
            super(null, "supervision.evaluation.refusal.not-covered");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "NOT_COVERED_BY_THE_STANDARD";
        }
    }

    /** 回避: whoever handled, decided or acted on a case does not evaluate its file. */
    static final class TookPartInTheCase extends Refusal {
        TookPartInTheCase() {
            super(null, "supervision.evaluation.refusal.took-part");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }

        @Override
        public String rule() {
            return "TOOK_PART_IN_THE_CASE";
        }
    }

    /** A sampled case file is evaluated once; its evaluation stands as recorded. */
    static final class AlreadyEvaluated extends Refusal {
        AlreadyEvaluated() {
            super(null, "supervision.evaluation.refusal.already-evaluated");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }

        @Override
        public String rule() {
            return "ALREADY_EVALUATED";
        }
    }
}
