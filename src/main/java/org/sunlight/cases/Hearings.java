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

    /** The presiding officer the latest request for a hearing designated, or null. */
    static UUID presiding(List<CaseView.Act> acts) {
        UUID presiding = null;
        for (var act : acts) {
            if (act.action() == CaseAction.REQUEST_HEARING) {
                presiding = act.officerId();
            }
        }
        return presiding;
    }
}
