package org.sunlight.cases;

import java.util.List;
import java.util.Optional;

/** A procedure as data: its stages in order, where a case starts, and every transition between them. */
public record Procedure(ProcedureKind kind, String initialStage, List<Stage> stages, List<Transition> transitions) {

    public Procedure {
        stages = List.copyOf(stages);
        transitions = List.copyOf(transitions);
    }

    public Optional<Stage> stage(String id) {
        return stages.stream().filter(stage -> stage.id().equals(id)).findFirst();
    }

    /** The transitions that may be taken from the stage. */
    public List<Transition> from(String stage) {
        return transitions.stream().filter(t -> t.from().equals(stage)).toList();
    }

    /**
     * The kinds of decision a proposal made in the stage may name. A decision on a licence in force (行政许可法 第四十九条、
     * 第五十条) is proposed only where its application is examined, and there only the decisions taken from that stage;
     * elsewhere any kind of the procedure's category but those.
     */
    public List<ProposalKind> proposableIn(String stage) {
        var onHeldLicence = transitions.stream()
                .filter(t -> t.is(ActionTrait.DECIDES_ON_HELD_LICENCE))
                .toList();
        var here = onHeldLicence.stream()
                .filter(t -> t.from().equals(stage))
                .map(Transition::decidedKind)
                .collect(java.util.stream.Collectors.toSet());
        var elsewhere =
                onHeldLicence.stream().map(Transition::decidedKind).collect(java.util.stream.Collectors.toSet());
        return java.util.Arrays.stream(ProposalKind.values())
                .filter(kind -> kind.category() == this.kind.category())
                .filter(kind -> here.isEmpty() ? !elsewhere.contains(kind) : here.contains(kind))
                .toList();
    }

    public Optional<Transition> transition(String stage, CaseAction action) {
        return transitions.stream()
                .filter(t -> t.from().equals(stage) && t.action() == action)
                .findFirst();
    }
}
