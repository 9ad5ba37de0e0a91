package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The procedure definitions hold together: every stage reachable, every step between real stages, every name in words. */
class ProceduresTest {

    @Test
    void everyProcedureIsDefined() {
        assertThat(Procedures.all()).extracting(Procedure::kind).containsExactlyInAnyOrder(ProcedureKind.values());
    }

    @Test
    void everyTransitionJoinsStagesOfItsProcedure() {
        for (var procedure : Procedures.all()) {
            var stages = procedure.stages().stream().map(Stage::id).collect(Collectors.toSet());
            assertThat(stages).contains(procedure.initialStage());
            for (var transition : procedure.transitions()) {
                assertThat(stages)
                        .as("%s %s", procedure.kind(), transition.action())
                        .contains(transition.from(), transition.to());
            }
        }
    }

    @Test
    void everyStageIsReachableAndOnlyTerminalOnesAreDeadEnds() {
        for (var procedure : Procedures.all()) {
            var reached = new HashSet<String>();
            var queue = new ArrayDeque<String>();
            queue.add(procedure.initialStage());
            while (!queue.isEmpty()) {
                var stage = queue.poll();
                if (reached.add(stage)) {
                    procedure.from(stage).forEach(t -> queue.add(t.to()));
                }
            }
            for (var stage : procedure.stages()) {
                assertThat(reached)
                        .as("%s reaches %s", procedure.kind(), stage.id())
                        .contains(stage.id());
                var leaves = procedure.from(stage.id()).stream().anyMatch(t -> !t.withinStage());
                var last = stage.id().equals("archived") || stage.terminal();
                assertThat(leaves || last)
                        .as("%s: %s leads on", procedure.kind(), stage.id())
                        .isTrue();
            }
        }
    }

    @Test
    void noStageOffersTheSameActionTwice() {
        for (var procedure : Procedures.all()) {
            for (var stage : procedure.stages()) {
                var actions = procedure.from(stage.id()).stream()
                        .map(Transition::action)
                        .toList();
                assertThat(actions).as("%s %s", procedure.kind(), stage.id()).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void everyDeadlineMetIsOneThatWasStarted() {
        for (var procedure : Procedures.all()) {
            var started = procedure.transitions().stream()
                    .flatMap(t -> t.starts().stream())
                    .map(DeadlineRule::id)
                    .collect(Collectors.toSet());
            procedure.transitions().forEach(t -> assertThat(started)
                    .as("%s %s", procedure.kind(), t.action())
                    .containsAll(t.stops()));
        }
    }

    @Test
    void investigativeActsNeedTwoCertifiedOfficers() {
        // 行政处罚法 第四十二条
        var general = Procedures.of(ProcedureKind.GENERAL_PENALTY);
        for (var action : new CaseAction[] {
            CaseAction.INSPECT_SITE, CaseAction.INQUIRE, CaseAction.TAKE_SAMPLES, CaseAction.PRESERVE_EVIDENCE
        }) {
            assertThat(general.transition("investigation", action).orElseThrow().rules())
                    .contains(Rule.TWO_CERTIFIED_OFFICERS);
        }
    }

    @Test
    void onTheSpotTwoOfficersActThePartyIsHeardFirstAndTheDecisionIsReportedBeforeArchiving() {
        // 行政处罚法 第四十二条、第四十四条、第四十五条、第五十二条
        var simple = Procedures.of(ProcedureKind.SIMPLE_PENALTY);
        assertThat(simple.transition("on-the-spot", CaseAction.DECIDE_ON_THE_SPOT)
                        .orElseThrow()
                        .rules())
                .contains(
                        Rule.TWO_OFFICERS_ACT,
                        Rule.PARTY_HEARD_FIRST,
                        Rule.NOT_HEAVIER_AFTER_STATEMENT,
                        Rule.LIMITATION_NOT_EXPIRED);
        assertThat(simple.transitions())
                .filteredOn(t -> t.action() == CaseAction.ARCHIVE)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.rules()).contains(Rule.REPORTED_FOR_RECORD));
    }

    @Test
    void everyProcedureLetsAnOfficerJoinAndARecusalBeDecided() {
        // 行政处罚法 第四十二条、第四十三条
        for (var procedure : Procedures.all()) {
            var actions =
                    procedure.transitions().stream().map(Transition::action).toList();
            assertThat(actions)
                    .as(procedure.kind().name())
                    .contains(
                            CaseAction.ADD_OFFICER,
                            CaseAction.REQUEST_RECUSAL,
                            CaseAction.RECUSE,
                            CaseAction.REFUSE_RECUSAL);
        }
    }

    @Test
    void theDecisionIsGatedByTheReviewOfAMajorProposal() {
        // 行政处罚法 第五十八条; the review module answers whether a proposal is major and agreed
        var decide = Procedures.of(ProcedureKind.GENERAL_PENALTY)
                .transition("decision-pending", CaseAction.DECIDE)
                .orElseThrow();
        assertThat(decide.rules()).contains(Rule.MAJOR_DECISION_REVIEWED, Rule.COLLECTIVE_DISCUSSION_HELD);
    }

    @Test
    void everyActionIsUsedByAProcedure() {
        var used = Procedures.all().stream()
                .flatMap(procedure -> procedure.transitions().stream())
                .map(Transition::action)
                .collect(Collectors.toSet());
        assertThat(used).containsExactlyInAnyOrder(CaseAction.values());
        for (var action : CaseAction.values()) {
            assertThat(CaseAction.of(action.id())).isSameAs(action);
        }
    }

    @Test
    void everyDecisionIssuesADecisionDocument() {
        var decisionDocuments = java.util.Set.of(
                DocumentKind.PENALTY_DECISION,
                DocumentKind.NO_PENALTY_DECISION,
                DocumentKind.ON_THE_SPOT_DECISION,
                DocumentKind.LICENSING_DECISION,
                DocumentKind.SEIZURE_DECISION,
                DocumentKind.SUPERVISION_OPINION);
        for (var procedure : Procedures.all()) {
            for (var t : procedure.transitions()) {
                if (t.is(ActionTrait.DECIDES)) {
                    assertThat(t.decides())
                            .as("%s %s", procedure.kind(), t.action())
                            .isNotNull();
                    assertThat(t.documents())
                            .as("%s %s issues its decision", procedure.kind(), t.action())
                            .containsAnyElementsOf(decisionDocuments);
                } else {
                    assertThat(t.documents())
                            .as("%s %s decides nothing, so issues no decision", procedure.kind(), t.action())
                            .doesNotContainAnyElementsOf(java.util.Set.of(
                                    DocumentKind.PENALTY_DECISION,
                                    DocumentKind.ON_THE_SPOT_DECISION,
                                    DocumentKind.LICENSING_DECISION,
                                    DocumentKind.SEIZURE_DECISION));
                }
            }
        }
    }

    @Test
    void everyDecisionOfAReviewableCategoryIsGatedOutsideTheSimpleProcedure() {
        // 行政处罚法 第五十八条 (the general procedure), 行政许可法 and 行政强制法 decisions named by the scope lists (L2)
        for (var procedure : Procedures.all()) {
            for (var t : procedure.transitions()) {
                boolean decision = t.is(ActionTrait.DECIDES) || t.is(ActionTrait.DECIDES_ON_HELD_LICENCE);
                boolean reviewable = decision
                        && Procedures.REVIEWABLE.contains(t.decides())
                        && procedure.kind() != ProcedureKind.SIMPLE_PENALTY;
                if (reviewable || t.is(ActionTrait.ADVANCE_NOTICE)) {
                    assertThat(t.gated())
                            .as("%s %s", procedure.kind(), t.action())
                            .isTrue();
                }
                if (t.gated()) {
                    assertThat(decision || t.is(ActionTrait.ADVANCE_NOTICE))
                            .as("%s %s", procedure.kind(), t.action())
                            .isTrue();
                    // a gated decision decides the proposal the review saw
                    assertThat(t.rules()).contains(Rule.PROPOSAL_RECORDED);
                    // and some step of the procedure lets the proposal be reviewed
                    assertThat(procedure.transitions())
                            .anyMatch(step -> step.is(ActionTrait.SUBMITS_FOR_REVIEW))
                            .anyMatch(step -> step.is(ActionTrait.PROPOSES));
                }
            }
        }
    }

    @Test
    void everyStageActionDeadlineAndDocumentHasAChineseName() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cases");
        messages.setDefaultEncoding("UTF-8");
        messages.setUseCodeAsDefaultMessage(false);
        var locale = java.util.Locale.SIMPLIFIED_CHINESE;
        for (var procedure : Procedures.all()) {
            messages.getMessage(procedure.kind().labelKey(), null, locale);
            procedure.stages().forEach(stage -> messages.getMessage(stage.labelKey(), null, locale));
            for (var transition : procedure.transitions()) {
                messages.getMessage(transition.labelKey(), null, locale);
                if (transition.decidedKind() != null) {
                    messages.getMessage(transition.decidedKind().labelKey(), null, locale);
                }
                transition.starts().forEach(deadline -> messages.getMessage(deadline.labelKey(), null, locale));
                transition.documents().forEach(document -> messages.getMessage(document.labelKey(), null, locale));
            }
        }
    }
}
