package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.CaseSteps;
import org.sunlight.DaysPassingTest;

/**
 * What supervision keeps of each act for its models, taken from the act's event rather than read back from the case:
 * after every act of a general-procedure case over the API its copy of the periods is the case's own, also after the
 * leader extends the 90-day limit (行政处罚法 第六十条); the two certified officers who act at each step of the
 * investigation are kept with their certificates (第四十二条); and the fine the party was told (第四十五条).
 */
class CaseRecordsHttpTest extends DaysPassingTest {

    @Test
    void supervisionKeepsThePeriodsTheOfficersAndTheToldFineOfEveryActAsTheCaseHasThem() throws Exception {
        var first = steps.officerOf("qufu-officer");
        var second = steps.officerOf("qufu-officer2");
        var id = steps.open(officer, "GENERAL_PENALTY", false, first, second);
        steps.act(leader, id, "file", "{}");
        assertThat(keptPeriods(id)).isNotEmpty().isEqualTo(casePeriods(id));

        steps.act(officer, id, "begin-investigation", "{}");
        steps.act(officer, id, "inquire", "{\"reason\":\"执法记录仪故障\"}");
        steps.act(officer, id, "conclude-investigation", "{}");
        assertThat(officersWhoActed(id, "begin-investigation"))
                .containsExactlyInAnyOrder(first + " true", second + " true");
        assertThat(officersWhoActed(id, "inquire")).containsExactlyInAnyOrder(first + " true", second + " true");
        assertThat(officersWhoActed(id, "file")).isEmpty();

        var filedOn = LocalDate.parse(CaseSteps.deadline(steps.view(officer, id), "case-limit")
                .get("startedOn")
                .asText());
        steps.act(leader, id, "extend-limit", "{\"reason\":\"案情复杂需进一步调查\",\"days\":30}");
        assertThat(keptPeriods(id)).isEqualTo(casePeriods(id));
        assertThat(keptDue(id, "case-limit"))
                .isEqualTo(workingDays.addCalendarDays(filedOn, 120).due());

        steps.act(officer, id, "propose", proposal("FINE", "3000", false));
        steps.act(officer, id, "notify", "{}");
        assertThat(keptPeriods(id)).isEqualTo(casePeriods(id));
        assertThat(db.sql("select notified_fine from supervision.case_record where case_id = ?")
                        .param(id)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("3000");

        steps.act(officer, id, "close-statement", "{\"waived\":true}");
        steps.act(leader, id, "decide", "{}");
        assertThat(keptPeriods(id)).isEqualTo(casePeriods(id));
        assertThat(keptPeriods(id)).anyMatch(period -> period.startsWith("case-limit ") && !period.endsWith(" null"));
    }

    /** The case's periods as the cases module keeps them: rule, start, due day and the day met. */
    private List<String> casePeriods(UUID id) {
        return periods("cases.case_deadline", id);
    }

    /** Supervision's copy of them. */
    private List<String> keptPeriods(UUID id) {
        return periods("supervision.case_deadline", id);
    }

    private List<String> periods(String table, UUID id) {
        return db.sql("select rule, started_on, due_on, met_on from " + table + " where case_id = ? order by rule,"
                        + " started_on")
                .param(id)
                .query((rs, row) -> rs.getString(1) + " " + rs.getDate(2) + " " + rs.getDate(3) + " " + rs.getDate(4))
                .list();
    }

    private LocalDate keptDue(UUID id, String rule) {
        return db.sql("select due_on from supervision.case_deadline where case_id = ? and rule = ?")
                .params(id, rule)
                .query(LocalDate.class)
                .single();
    }

    /** The officers kept as having acted in the step, each with whether their certificate let them act that day. */
    private List<String> officersWhoActed(UUID id, String action) {
        return db.sql("select officer_id, may_act from supervision.officer_act where case_id = ? and action = ?")
                .params(id, action)
                .query((rs, row) -> rs.getString(1) + " " + rs.getBoolean(2))
                .list();
    }
}
