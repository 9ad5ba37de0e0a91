package org.sunlight.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.sunlight.Application;
import org.sunlight.cases.ActionInput;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.OpenCase;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.cases.Proposal;
import org.sunlight.cases.ProposalKind;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Refusal;

/**
 * L5 as a property: whatever staff of whatever unit try, in whatever order, with amounts around every threshold (three
 * decimals too), kinds with and without amounts, hearings before and after reviews and coordinations by other units'
 * leaders, no case is ever decided or notified on a major proposal without an agreeing review (or a PROCEED
 * coordination) of its current version. "Major" is judged here independently of the product, from the demo lists
 * and the law: a citizen's fine from 10,000 yuan, an organisation's from 50,000, confiscation from 50,000, revocation,
 * suspension and closure, refusal of a licence, seizure, any decision after a hearing or marked complex.
 *
 * <p>Each try runs a batch of random sequences on the engine in-process (one action is a few milliseconds, HTTP would
 * multiply that). How many sequences in all: {@code -Dsunlight.gate.sequences=100000} (CI: 200).
 */
class ReviewGatePropertyTest {

    private static final int SEQUENCES = Integer.getInteger("sunlight.gate.sequences", 200);
    private static final int TRIES = 50;
    private static final List<String> AMOUNTS = List.of(
            "9999.99",
            "10000",
            "10000.00",
            "9999.995",
            "49999.99",
            "49999.995",
            "49999.9999999",
            "50000",
            "0.001",
            "0",
            "-1",
            "200",
            "3000",
            "100000.01",
            "150000",
            "900000");

    private static ConfigurableApplicationContext context;

    private static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .properties("spring.main.banner-mode=off")
                    .run();
        }
        return context;
    }

    /** The context is this class's own: closed with it, so that its scheduled work ends before other tests run. */
    @net.jqwik.api.lifecycle.AfterContainer
    static synchronized void close() {
        System.out.println("Review gate property: attempts ending in a gated stage " + REACHED);
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** One attempt of a sequence: an action, who tries it, and what it carries. */
    record Step(CaseAction action, String actor, ProposalKind kind, String amount, boolean complex) {}

    /**
     * Where a licensing case starts: at its application, or with a licence granted and served, in force, and its change
     * or renewal applied for (行政许可法 第四十九条、第五十条), so that the random steps reach those decisions too.
     */
    enum Start {
        APPLICATION,
        CHANGE_APPLIED,
        RENEWAL_APPLIED
    }

    record Sequence(ProcedureKind procedure, boolean citizen, Start start, List<Step> steps) {}

    /** How many attempts ended in each gated stage, printed after the run: what the sequences reached. */
    private static final java.util.Map<String, Integer> REACHED = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Property(tries = TRIES)
    void noMajorProposalIsDecidedWithoutAnAgreeingReviewOfItsCurrentVersion(@ForAll("batches") List<Sequence> batch) {
        for (var sequence : batch) {
            run(sequence);
        }
    }

    @Provide
    Arbitrary<List<Sequence>> batches() {
        return sequence().list().ofSize(Math.max(1, SEQUENCES / TRIES));
    }

    private Arbitrary<Sequence> sequence() {
        var procedure = Arbitraries.of(ProcedureKind.GENERAL_PENALTY, ProcedureKind.LICENSING, ProcedureKind.COERCION);
        return Combinators.combine(
                        procedure,
                        Arbitraries.of(true, false),
                        Arbitraries.of(Start.class),
                        step().list().ofMinSize(3).ofMaxSize(40))
                .as(Sequence::new);
    }

    private Arbitrary<Step> step() {
        var actions = Arbitraries.of(
                CaseAction.PROPOSE,
                CaseAction.SUBMIT_FOR_REVIEW,
                CaseAction.REVIEW_AGREED, // stands for the reviewer's written opinion, AGREE
                CaseAction.REVIEW_RETURNED, // the opinion PROBLEMS_FOUND
                CaseAction.REQUEST_COORDINATION,
                CaseAction.COORDINATE_PROCEED,
                CaseAction.COORDINATE_RETURN,
                CaseAction.DISCUSS_COLLECTIVELY,
                CaseAction.NOTIFY,
                CaseAction.REQUEST_HEARING,
                CaseAction.HOLD_HEARING,
                CaseAction.CLOSE_STATEMENT,
                CaseAction.RECONSIDER,
                CaseAction.DECIDE,
                CaseAction.GRANT_LICENCE,
                CaseAction.REFUSE_LICENCE,
                CaseAction.SEIZE,
                // a licence in force changed or renewed (行政许可法 第四十九条、第五十条), each a decision of its own
                CaseAction.SERVE,
                CaseAction.APPLY_FOR_CHANGE,
                CaseAction.CHANGE_LICENCE,
                CaseAction.REFUSE_CHANGE,
                CaseAction.APPLY_FOR_RENEWAL,
                CaseAction.RENEW_LICENCE,
                CaseAction.REFUSE_RENEWAL);
        var actors = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just("right")),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "qufu-officer", "qufu-leader", "qufu-reviewer2", "city-leader", "province-leader")));
        var kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(ProposalKind.values())),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                ProposalKind.LICENCE_CHANGE,
                                ProposalKind.LICENCE_CHANGE_REFUSAL,
                                ProposalKind.LICENCE_RENEWAL,
                                ProposalKind.LICENCE_RENEWAL_REFUSAL)));
        var amounts = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(AMOUNTS)), net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
        return Combinators.combine(actions, actors, kinds, amounts, Arbitraries.of(true, false, false))
                .as(Step::new);
    }

    private void run(Sequence sequence) {
        var context = context();
        var cases = context.getBean(CaseManagement.class);
        var reviews = context.getBean(LegalReviews.class);
        var db = context.getBean(JdbcClient.class);
        var users = context.getBean(UserDetailsService.class);
        var officer = user(users, "qufu-officer");
        var officers = db.sql(
                        "select officer_id from organization.user_account where username in ('qufu-officer', 'qufu-officer2')")
                .query(UUID.class)
                .list();
        var party = sequence.citizen()
                ? new OpenCase.PartyInput(PartyKind.INDIVIDUAL, "孙某某", "11010519491231002X", "")
                : new OpenCase.PartyInput(PartyKind.ORGANISATION, "曲阜市某某诊所", "91350100M000100Y43", "");
        var id = as(
                        officer,
                        () -> cases.open(
                                officer,
                                new OpenCase(sequence.procedure(), "随机序列", "", List.of(party), officers, null)))
                .id();
        // the way to the stage where the proposal is made
        var leader = user(users, "qufu-leader");
        switch (sequence.procedure()) {
            case GENERAL_PENALTY -> {
                take(cases, leader, id, CaseAction.FILE, ActionInput.none());
                take(cases, officer, id, CaseAction.BEGIN_INVESTIGATION, ActionInput.none());
                take(cases, officer, id, CaseAction.CONCLUDE_INVESTIGATION, ActionInput.none());
            }
            case LICENSING -> {
                take(cases, officer, id, CaseAction.RECEIVE, ActionInput.none());
                take(cases, officer, id, CaseAction.ACCEPT, ActionInput.none());
                if (sequence.start() != Start.APPLICATION) {
                    var clock = context.getBean(java.time.Clock.class);
                    var grant = new Step(CaseAction.PROPOSE, "right", ProposalKind.LICENCE_GRANT, null, false);
                    take(cases, officer, id, CaseAction.PROPOSE, input(grant, clock));
                    var granted = new Step(CaseAction.GRANT_LICENCE, "right", null, null, false);
                    take(cases, leader, id, CaseAction.GRANT_LICENCE, input(granted, clock));
                    var served = new Step(CaseAction.SERVE, "right", null, null, false);
                    take(cases, officer, id, CaseAction.SERVE, input(served, clock));
                    var applied = new Step(
                            sequence.start() == Start.CHANGE_APPLIED
                                    ? CaseAction.APPLY_FOR_CHANGE
                                    : CaseAction.APPLY_FOR_RENEWAL,
                            "right",
                            null,
                            null,
                            false);
                    take(cases, officer, id, applied.action(), input(applied, clock));
                }
            }
            default -> {}
        }
        for (var step : sequence.steps()) {
            attempt(cases, reviews, db, users, id, step, context.getBean(java.time.Clock.class));
        }
    }

    private void attempt(
            CaseManagement cases,
            LegalReviews reviews,
            JdbcClient db,
            UserDetailsService users,
            UUID id,
            Step step,
            java.time.Clock clock) {
        try {
            switch (step.action()) {
                case REVIEW_AGREED, REVIEW_RETURNED -> {
                    var submission = db.sql(
                                    """
                                    select id, reviewer from review.submission where case_id = ? and answered_at is null
                                    order by version desc limit 1
                                    """)
                            .param(id)
                            .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                            .optional();
                    if (submission.isEmpty() || submission.get()[1] == null) {
                        return;
                    }
                    var reviewer = user(users, submission.get()[1]);
                    var elements = reviews.elements(reviewer.getUnitId());
                    boolean agree = step.action() == CaseAction.REVIEW_AGREED;
                    var answers = new ArrayList<OpinionInput.Answer>();
                    for (int i = 0; i < elements.size(); i++) {
                        boolean pass = agree || i > 0;
                        answers.add(new OpinionInput.Answer(elements.get(i).code(), pass, pass ? "" : "存在问题"));
                    }
                    var input =
                            new OpinionInput(agree ? Verdict.AGREE : Verdict.PROBLEMS_FOUND, false, "审核意见", answers);
                    as(
                            reviewer,
                            () -> reviews.writeOpinion(
                                    reviewer, UUID.fromString(submission.get()[0]), input));
                }
                default -> {
                    var actor = user(users, step.actor().equals("right") ? rightActor(step.action()) : step.actor());
                    take(cases, actor, id, step.action(), input(step, clock));
                }
            }
        } catch (Refusal refused) {
            // refused, as the rules say; the property is about what is allowed
        }
        checkGate(db, id);
    }

    private static ActionInput input(Step step, java.time.Clock clock) {
        var proposal = step.action() == CaseAction.PROPOSE
                ? new Proposal(
                        step.kind(),
                        step.amount() == null ? null : new BigDecimal(step.amount()),
                        "拟作出处理",
                        step.complex())
                : null;
        var hearingOn = step.action() == CaseAction.REQUEST_HEARING
                ? java.time.LocalDate.now(clock).plusDays(30)
                : null;
        var today = java.time.LocalDate.now(clock);
        boolean serves = step.action() == CaseAction.SERVE;
        var validUntil =
                switch (step.action()) {
                    case GRANT_LICENCE -> today.plusDays(400);
                    case RENEW_LICENCE -> today.plusDays(800);
                    default -> null;
                };
        return new ActionInput(
                "随机",
                proposal,
                "依法办理的理由",
                hearingOn,
                null,
                true,
                serves ? today : null,
                serves ? org.sunlight.cases.ServiceMethod.DIRECT : null,
                false,
                null,
                null,
                false,
                null,
                null,
                validUntil,
                null,
                null,
                hearingOn == null ? null : "卫生健康委员会听证室");
    }

    /** L5 after every attempt: a case in a gated stage holds an agreeing review of its current major proposal. */
    private static void checkGate(JdbcClient db, UUID id) {
        var row = db.sql(
                        """
                        select c.procedure, c.stage, c.proposal_kind, c.proposal_fine, c.proposal_complex,
                               c.hearing_held_at is not null as heard, c.proposal_version,
                               exists (select 1 from cases.case_party p where p.case_id = c.id and p.kind = 'INDIVIDUAL')
                                   as citizen,
                               exists (select 1 from review.submission s
                                       where s.case_id = c.id and s.proposal_version = c.proposal_version
                                         and (exists (select 1 from review.opinion o
                                                      where o.submission_id = s.id and o.verdict = 'AGREE')
                                              or exists (select 1 from review.coordination k
                                                         where k.submission_id = s.id and k.outcome = 'PROCEED')))
                                   as cleared,
                               exists (select 1 from cases.case_act a where a.case_id = c.id
                                         and a.action in ('notify', 'decide', 'grant-licence', 'refuse-licence',
                                                          'seize', 'change-licence', 'refuse-change',
                                                          'renew-licence', 'refuse-renewal')) as gated_act
                        from cases.enforcement_case c where c.id = ?
                        """)
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getBoolean(5),
                    rs.getBoolean(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10)
                })
                .single();
        var stage = (String) row[1];
        var kind = row[2] == null ? null : ProposalKind.valueOf((String) row[2]);
        var amount = (BigDecimal) row[3];
        if (amount != null) {
            assertThat(amount.stripTrailingZeros().scale())
                    .as("exact to the fen")
                    .isLessThanOrEqualTo(2);
            assertThat(amount.signum()).isPositive();
            assertThat(kind.carriesAmount()).as("%s carries no amount", kind).isTrue();
        }
        boolean inGatedStage =
                switch ((String) row[0]) {
                    case "GENERAL_PENALTY" -> stage.equals("advance-notice") || stage.equals("decided");
                    case "LICENSING" -> stage.equals("decided")
                            || stage.equals("change-decided")
                            || stage.equals("renewal-decided");
                    case "COERCION" -> stage.equals("seized");
                    default -> false;
                };
        if (inGatedStage) {
            REACHED.merge(row[0] + "/" + stage, 1, Integer::sum);
            boolean major = major(kind, amount, (boolean) row[7], (boolean) row[4], (boolean) row[5]);
            if (major) {
                assertThat((boolean) row[8])
                        .as(
                                "case %s in %s on major proposal %s %s (v%s) without an agreeing review",
                                id, stage, kind, amount, row[6])
                        .isTrue();
            }
        }
    }

    /** The demo lists and the law, written out independently of the product's MajorDecisions. */
    private static boolean major(
            ProposalKind kind, BigDecimal amount, boolean citizen, boolean complex, boolean heard) {
        if (heard || complex) {
            return true;
        }
        if (kind == null) {
            return false;
        }
        return switch (kind) {
            case FINE -> amount != null && amount.compareTo(new BigDecimal(citizen ? "10000" : "50000")) >= 0;
            case CONFISCATION -> amount != null && amount.compareTo(new BigDecimal("50000")) >= 0;
            case REVOCATION,
                    SUSPENSION,
                    CLOSURE,
                    LICENCE_REFUSAL,
                    LICENCE_CHANGE_REFUSAL,
                    LICENCE_RENEWAL_REFUSAL,
                    SEIZURE -> true;
            default -> false;
        };
    }

    private static String rightActor(CaseAction action) {
        return switch (action) {
            case COORDINATE_PROCEED,
                    COORDINATE_RETURN,
                    DISCUSS_COLLECTIVELY,
                    RECONSIDER,
                    DECIDE,
                    GRANT_LICENCE,
                    REFUSE_LICENCE,
                    SEIZE,
                    CHANGE_LICENCE,
                    REFUSE_CHANGE,
                    RENEW_LICENCE,
                    REFUSE_RENEWAL -> "qufu-leader";
            default -> "qufu-officer";
        };
    }

    private static void take(CaseManagement cases, StaffUser user, UUID id, CaseAction action, ActionInput input) {
        as(user, () -> cases.perform(user, id, action, input));
    }

    private static StaffUser user(UserDetailsService users, String username) {
        return (StaffUser) users.loadUserByUsername(username);
    }

    private static <T> T as(StaffUser user, java.util.function.Supplier<T> work) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
