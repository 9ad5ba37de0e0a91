package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.organization.EnforcementCategory;

/**
 * Counts what the units' cases came to in a period, for the yearly statistics report (D13). A day is a day in the
 * product's time zone; an act counts in the period it was taken in.
 */
@Service
public class CaseStatistics {

    /** The acts that end a case or decide it, by procedure, in the order the report lists them. */
    static final Map<ProcedureKind, List<CaseAction>> OUTCOMES = outcomes();

    /** The penalty decisions, counted by the kind of penalty decided: every step deciding a penalty. */
    private static final List<CaseAction> DECISIONS = Procedures.all().stream()
            .flatMap(procedure -> procedure.transitions().stream())
            .filter(t -> t.is(ActionTrait.DECIDES) && t.decides() == EnforcementCategory.PENALTY)
            .map(Transition::action)
            .distinct()
            .toList();

    /** Every action the figures count: the outcomes, and payments, court applications, hearings, inspections. */
    private static final List<CaseAction> COUNTED = counted();

    private final JdbcClient db;

    CaseStatistics(JdbcClient db) {
        this.db = db;
    }

    public CaseFigures figures(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return new CaseFigures(
                    List.of(),
                    List.of(),
                    new CaseFigures.Amount(0, BigDecimal.ZERO),
                    new CaseFigures.Amount(0, BigDecimal.ZERO),
                    0,
                    0,
                    0,
                    0);
        }
        var opened = db
                .sql(
                        """
                        select procedure, count(*) from cases.enforcement_case
                        where unit_id in (:units)
                            and (created_at at time zone 'Asia/Shanghai')::date between :from and :to
                        group by procedure
                        """)
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new CaseFigures.Count(ProcedureKind.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(CaseFigures.Count::procedure))
                .toList();

        var rows = db.sql(
                        """
                        select c.procedure, a.action,
                            case when a.action in (:decisions) or a.action = :payment then c.proposal_kind end
                                as kind,
                            count(*) as count,
                            coalesce(sum(c.proposal_fine) filter (where c.proposal_kind = 'FINE'), 0) as fines
                        from cases.case_act a join cases.enforcement_case c on c.id = a.case_id
                        where c.unit_id in (:units)
                            and (a.acted_at at time zone 'Asia/Shanghai')::date between :from and :to
                            and a.action in (:actions)
                        group by c.procedure, a.action, kind
                        """)
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .param("decisions", ids(DECISIONS))
                .param("payment", CaseAction.RECORD_PAYMENT.id())
                .param("actions", ids(COUNTED))
                .query((rs, n) -> new Row(
                        ProcedureKind.valueOf(rs.getString("procedure")),
                        CaseAction.of(rs.getString("action")),
                        rs.getString("kind"),
                        rs.getLong("count"),
                        rs.getBigDecimal("fines")))
                .list();

        var outcomes = new ArrayList<CaseFigures.Outcome>();
        OUTCOMES.forEach((procedure, actions) -> {
            for (var action : actions) {
                if (DECISIONS.contains(action)) {
                    for (var kind : ProposalKind.values()) {
                        long count = rows.stream()
                                .filter(r -> r.procedure() == procedure
                                        && r.action() == action
                                        && kind.name().equals(r.kind()))
                                .mapToLong(Row::count)
                                .sum();
                        if (count > 0) {
                            outcomes.add(new CaseFigures.Outcome(
                                    procedure, action.id() + ":" + kind.name(), kind.labelKey(), count, true));
                        }
                    }
                } else {
                    long count = rows.stream()
                            .filter(r -> r.procedure() == procedure && r.action() == action)
                            .mapToLong(Row::count)
                            .sum();
                    if (count > 0) {
                        outcomes.add(new CaseFigures.Outcome(
                                procedure, action.id(), action.labelKey(), count, decides(procedure, action)));
                    }
                }
            }
        });

        var fines = amount(rows.stream()
                .filter(r -> DECISIONS.contains(r.action())
                        && ProposalKind.FINE.name().equals(r.kind()))
                .toList());
        var paid = amount(rows.stream()
                .filter(r -> r.action() == CaseAction.RECORD_PAYMENT
                        && ProposalKind.FINE.name().equals(r.kind()))
                .toList());
        return new CaseFigures(
                opened,
                List.copyOf(outcomes),
                fines,
                paid,
                sum(rows, CaseAction.APPLY_TO_COURT),
                sum(rows, CaseAction.REQUEST_HEARING),
                sum(rows, CaseAction.HOLD_HEARING),
                sum(rows, CaseAction.START_INSPECTION));
    }

    /**
     * The decisions made in the period by month, counted as {@link #figures} counts them (every outcome that is a
     * decision), for the yearly report's trends; a month without a decision is absent.
     */
    public Map<java.time.YearMonth, Long> decisionsByMonth(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        var months = new java.util.TreeMap<java.time.YearMonth, Long>();
        db.sql(
                        """
                        select to_char(a.acted_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, c.procedure,
                            a.action, c.proposal_kind is not null as kind_named, count(*) as count
                        from cases.case_act a join cases.enforcement_case c on c.id = a.case_id
                        where c.unit_id in (:units)
                            and (a.acted_at at time zone 'Asia/Shanghai')::date between :from and :to
                            and a.action in (:actions)
                        group by 1, 2, 3, 4
                        """)
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .param(
                        "actions",
                        ids(OUTCOMES.values().stream().flatMap(List::stream).toList()))
                .query((rs, n) -> {
                    var procedure = ProcedureKind.valueOf(rs.getString("procedure"));
                    var action = CaseAction.of(rs.getString("action"));
                    // a penalty decision counts under the kind of penalty it names, as in the figures
                    boolean decision = OUTCOMES.getOrDefault(procedure, List.of())
                                    .contains(action)
                            && (DECISIONS.contains(action) ? rs.getBoolean("kind_named") : decides(procedure, action));
                    return Map.entry(
                            java.time.YearMonth.parse(rs.getString("month")), decision ? rs.getLong("count") : 0L);
                })
                .list()
                .forEach(month -> months.merge(month.getKey(), month.getValue(), Long::sum));
        months.values().removeIf(count -> count == 0);
        return java.util.Collections.unmodifiableMap(months);
    }

    private static Map<ProcedureKind, List<CaseAction>> outcomes() {
        var outcomes = new LinkedHashMap<ProcedureKind, List<CaseAction>>();
        outcomes.put(
                ProcedureKind.GENERAL_PENALTY, List.of(CaseAction.DECIDE, CaseAction.DECLINE, CaseAction.TRANSFER));
        outcomes.put(ProcedureKind.SIMPLE_PENALTY, List.of(CaseAction.DECIDE_ON_THE_SPOT));
        outcomes.put(
                ProcedureKind.LICENSING,
                List.of(CaseAction.GRANT_LICENCE, CaseAction.REFUSE_LICENCE, CaseAction.REFUSE_APPLICATION));
        outcomes.put(
                ProcedureKind.INSPECTION,
                List.of(
                        CaseAction.NO_PROBLEM,
                        CaseAction.ORDER_RECTIFICATION,
                        CaseAction.TURN_INTO_CASE,
                        CaseAction.ESCALATE));
        outcomes.put(
                ProcedureKind.COERCION,
                List.of(
                        CaseAction.SEIZE,
                        CaseAction.APPROVE_SEIZURE,
                        CaseAction.RELEASE,
                        CaseAction.HAND_OVER_TO_CASE,
                        CaseAction.RECORD_CONFISCATION,
                        CaseAction.DESTROY_SEIZED));
        return java.util.Collections.unmodifiableMap(outcomes);
    }

    private static List<CaseAction> counted() {
        var actions = new ArrayList<CaseAction>();
        OUTCOMES.values().forEach(actions::addAll);
        actions.addAll(Arrays.asList(
                CaseAction.RECORD_PAYMENT,
                CaseAction.APPLY_TO_COURT,
                CaseAction.REQUEST_HEARING,
                CaseAction.HOLD_HEARING,
                CaseAction.START_INSPECTION));
        return List.copyOf(actions);
    }

    /** Whether the action decides in the procedure, as the procedure declares. */
    private static boolean decides(ProcedureKind procedure, CaseAction action) {
        return Procedures.of(procedure).transitions().stream()
                .anyMatch(t -> t.action() == action && t.is(ActionTrait.DECIDES));
    }

    private static List<String> ids(List<CaseAction> actions) {
        return actions.stream().map(CaseAction::id).toList();
    }

    /** One count: a procedure, an action and, for a penalty decision, the kind of penalty; and the fines named. */
    private record Row(ProcedureKind procedure, CaseAction action, String kind, long count, BigDecimal fines) {}

    private static CaseFigures.Amount amount(List<Row> rows) {
        return new CaseFigures.Amount(
                rows.stream().mapToLong(Row::count).sum(),
                rows.stream().map(Row::fines).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static long sum(List<Row> rows, CaseAction action) {
        return rows.stream()
                .filter(r -> r.action() == action)
                .mapToLong(Row::count)
                .sum();
    }
}
