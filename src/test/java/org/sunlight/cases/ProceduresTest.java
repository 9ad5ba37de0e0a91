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
        for (var action : new String[] {"inspect-site", "inquire", "take-samples", "preserve-evidence"}) {
            assertThat(general.transition("investigation", action).orElseThrow().rules())
                    .contains(Rule.TWO_CERTIFIED_OFFICERS);
        }
    }

    @Test
    void theDecisionIsGatedByTheReviewOfAMajorProposal() {
        // 行政处罚法 第五十八条; the review module answers whether a proposal is major and agreed
        var decide = Procedures.of(ProcedureKind.GENERAL_PENALTY)
                .transition("decision-pending", "decide")
                .orElseThrow();
        assertThat(decide.rules()).contains(Rule.MAJOR_DECISION_REVIEWED, Rule.COLLECTIVE_DISCUSSION_HELD);
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
                transition.starts().forEach(deadline -> messages.getMessage(deadline.labelKey(), null, locale));
                transition.documents().forEach(document -> messages.getMessage(document.labelKey(), null, locale));
            }
        }
    }
}
