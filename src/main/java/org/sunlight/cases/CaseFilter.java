package org.sunlight.cases;

import java.util.UUID;

/**
 * What the case list is narrowed to; every part is optional and they all apply together.
 *
 * @param title words of the case's name
 * @param party words of a party's name
 * @param identity a party's unified social credit code or ID number, exactly
 * @param documentNumber the 文号 of a document the case issued, exactly
 * @param stage the id of the stage the case stands in
 * @param dueWithinDays a running deadline falls due today or within that many days
 * @param overdue a running deadline is past its day
 * @param scope everything visible, what waits for the person, or their own cases
 */
public record CaseFilter(
        String title,
        String party,
        String identity,
        String documentNumber,
        String stage,
        ProcedureKind procedure,
        UUID officerId,
        UUID unitId,
        Integer dueWithinDays,
        boolean overdue,
        Scope scope) {

    /** The longest look ahead for deadlines, a year. */
    public static final int MAX_DUE_WITHIN_DAYS = 366;

    public CaseFilter {
        scope = scope == null ? Scope.ALL : scope;
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, false, Scope.ALL);
    }

    public static CaseFilter of(Scope scope) {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, false, scope);
    }

    /** Whose cases. */
    public enum Scope {
        /** Every case the person may read. */
        ALL,
        /**
         * 待我办理: the cases of the person's unit whose stage offers an action to one of their roles; an action open to
         * officers waits only for the officers of the case.
         */
        WAITING,
        /** 我的案件: the cases the person handles as an officer, opened, or took an action in. */
        MINE
    }
}
