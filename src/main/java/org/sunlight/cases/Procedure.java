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

    public Optional<Transition> transition(String stage, CaseAction action) {
        return transitions.stream()
                .filter(t -> t.from().equals(stage) && t.action() == action)
                .findFirst();
    }
}
