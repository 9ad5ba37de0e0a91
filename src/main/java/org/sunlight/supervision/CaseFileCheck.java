package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseView;
import org.sunlight.organization.CertificateCheck;

/**
 * The items of a case-file evaluation that the records check on every case as it is handled (A5 "continuous"): each a
 * named rule with its article, answering from the case as the cases module shows it.
 */
enum CaseFileCheck {

    /** 行政处罚法 第四十二条: enforcement is carried out by at least two officers. */
    TWO_OFFICERS {
        @Override
        Result check(CaseView kase, Facts facts) {
            return kase.officerIds().size() >= 2
                    ? Result.pass()
                    : Result.fail(kase.officerIds().size());
        }
    },

    /** 行政处罚法 第四十二条: each officer held a valid certificate covering the category on the day the case was filed. */
    CERTIFIED_OFFICERS {
        @Override
        Result check(CaseView kase, Facts facts) {
            var day = kase.filedOn() != null ? kase.filedOn() : firstActDay(kase, facts);
            for (var officerId : kase.officerIds()) {
                var certificate = facts.certificates().apply(new OfficerOnDay(officerId, day, kase));
                if (!certificate.status().allowsActing() || !certificate.categoryCovered()) {
                    return Result.fail(certificate.certificateNo(), day);
                }
            }
            return Result.pass();
        }
    },

    /** 行政处罚法 第四十四条、第四十五条: before a penalty decision the party is told and heard. */
    PARTY_HEARD {
        @Override
        Result check(CaseView kase, Facts facts) {
            var decision = decision(kase);
            if (decision < 0) {
                return Result.notYet();
            }
            for (int i = 0; i < decision; i++) {
                if (TOLD.contains(kase.acts().get(i).action())) {
                    return Result.pass();
                }
            }
            return Result.fail();
        }
    },

    /** 行政处罚法 第五十八条: a major decision is made only after the legal review agreed. */
    REVIEWED_BEFORE_DECISION {
        @Override
        Result check(CaseView kase, Facts facts) {
            if (!kase.proposalMajor()) {
                return Result.notApplicable();
            }
            var decision = decision(kase);
            if (decision < 0) {
                return Result.notYet();
            }
            for (int i = 0; i < decision; i++) {
                if (kase.acts().get(i).action() == CaseAction.REVIEW_AGREED) {
                    return Result.pass();
                }
            }
            return Result.fail();
        }
    },

    /** 行政处罚法 第五十四条、第六十条、第六十一条: every period of the case met in time, none overdue today. */
    DEADLINES_MET {
        @Override
        Result check(CaseView kase, Facts facts) {
            for (var deadline : kase.deadlines()) {
                if (deadline.overdueOn(facts.today())
                        || (deadline.metOn() != null && deadline.metOn().isAfter(deadline.dueOn()))) {
                    return Result.fail(deadline.basis(), deadline.dueOn());
                }
            }
            return Result.pass();
        }
    },

    /** 行政处罚法 第六十一条 (第五十二条 on the spot): the decision is delivered to the party. */
    DECISION_SERVED {
        @Override
        Result check(CaseView kase, Facts facts) {
            var decision = decision(kase);
            if (decision < 0) {
                return Result.notYet();
            }
            if (kase.acts().get(decision).action() == CaseAction.DECIDE_ON_THE_SPOT) {
                return Result.pass();
            }
            for (var act : kase.acts().subList(decision, kase.acts().size())) {
                if (act.action() == CaseAction.SERVE) {
                    return Result.pass();
                }
            }
            return facts.ended() ? Result.fail() : Result.notYet();
        }
    },

    /** 行政处罚法 第四十七条: a closed case is put on file (立卷归档). */
    ARCHIVED {
        @Override
        Result check(CaseView kase, Facts facts) {
            if (kase.acts().stream().anyMatch(act -> act.action() == CaseAction.ARCHIVE)) {
                return Result.pass();
            }
            if (decision(kase) < 0 && facts.ended()) {
                return Result.notApplicable(); // a clue not filed, a case transferred: no decision to put on file
            }
            return kase.acts().stream().anyMatch(act -> act.action() == CaseAction.CLOSE)
                    ? Result.fail()
                    : Result.notYet();
        }
    };

    /** The acts that tell the party the intended decision and hear them. */
    private static final Set<CaseAction> TOLD = Set.of(CaseAction.NOTIFY, CaseAction.INFORM_ON_THE_SPOT);

    /** Whether each item holds for the case as it now stands. */
    abstract Result check(CaseView kase, Facts facts);

    public String labelKey() {
        return "supervision.check." + name();
    }

    /** What a check needs besides the case: today, whether the case has ended, certificates by officer and day. */
    record Facts(LocalDate today, boolean ended, Function<OfficerOnDay, CertificateCheck> certificates) {}

    record OfficerOnDay(UUID officerId, LocalDate day, CaseView kase) {}

    /**
     * A check's answer.
     *
     * @param arguments what the message of the answer names (the officers counted, the certificate, the period)
     */
    record Result(State state, List<Object> arguments) {
        static Result pass() {
            return new Result(State.PASS, List.of());
        }

        static Result fail(Object... arguments) {
            return new Result(State.FAIL, List.of(arguments));
        }

        static Result notYet() {
            return new Result(State.NOT_YET, List.of());
        }

        static Result notApplicable() {
            return new Result(State.NOT_APPLICABLE, List.of());
        }

        public Object[] messageArguments() {
            return arguments.stream().map(String::valueOf).toArray();
        }
    }

    /** PASS and NOT_APPLICABLE keep the item's points; FAIL loses them; NOT_YET keeps them until the step comes. */
    enum State {
        PASS,
        FAIL,
        NOT_YET,
        NOT_APPLICABLE
    }

    /** The index of the deciding act, or -1 when the case has not been decided. */
    private static int decision(CaseView kase) {
        var acts = kase.acts();
        for (int i = 0; i < acts.size(); i++) {
            var action = acts.get(i).action();
            if (action == CaseAction.DECIDE || action == CaseAction.DECIDE_ON_THE_SPOT) {
                return i;
            }
        }
        return -1;
    }

    private static LocalDate firstActDay(CaseView kase, Facts facts) {
        return kase.acts().isEmpty()
                ? facts.today()
                : kase.acts().get(0).actedAt().atZone(ZONE).toLocalDate();
    }

    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");
}
