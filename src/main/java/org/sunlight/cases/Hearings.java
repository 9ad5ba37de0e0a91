package org.sunlight.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.sunlight.cases.CaseRefusals.InvalidField;

/** What a hearing's acts say (行政处罚法 第六十四条): the day the party asked for it, and who presides. */
final class Hearings {

    private Hearings() {}

    /** The day the party asked for a hearing: the one given, never after today, or today. */
    static LocalDate requestedOn(ActionInput input, LocalDate today) {
        var requested = input.requestedOn();
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(today)) {
            throw new InvalidField("requestedOn", "case.field.requested-on-future", today);
        }
        return requested;
    }

    /**
     * Whether the act sets a hearing and names its presiding officer: the penalty hearing's request (行政处罚法
     * 第六十四条), a licensing hearing's request or announcement (行政许可法 第四十六条、第四十七条).
     */
    static boolean namesPresiding(CaseAction action) {
        return action == CaseAction.REQUEST_HEARING
                || action == CaseAction.REQUEST_LICENSING_HEARING
                || action == CaseAction.ANNOUNCE_LICENSING_HEARING;
    }

    /** The presiding officer the latest request for (or announcement of) a hearing designated, or null. */
    static UUID presiding(List<CaseView.Act> acts) {
        UUID presiding = null;
        for (var act : acts) {
            if (namesPresiding(act.action())) {
                presiding = act.officerId();
            }
        }
        return presiding;
    }
}
