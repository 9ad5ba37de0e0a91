package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * S1 point 7: the supervision view counts from the records — coverage against the plan, inspections past due, subjects
 * not inspected for N years, the inspectors' workload, the repeat inspections the draws avoided.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectionSupervisionTest {

    /** Past years, so that the tasks' periods are over and their open inspections overdue. */
    private static final AtomicInteger YEARS = new AtomicInteger(2010);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void theSupervisorSeesCoverageOverdueNeverInspectedWorkloadAndRepeatsAvoided() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var today = LocalDate.now(clock);
        int year = YEARS.getAndIncrement();
        var drawId = InspectionSteps.aFinishedDraw(admin, year, today, "3050.5");
        var rows = db.sql(
                        """
                        select ds.subject_id, ds.identifier, s.name, ds.certificate1 from inspection.draw_subject ds
                        join inspection.subject s on s.id = ds.subject_id
                        join inspection.inspection_case ic on ic.draw_id = ds.draw_id and ic.subject_id = ds.subject_id
                        where ds.draw_id = ? order by ds.risk_class, ds.rank
                        """)
                .param(drawId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .list();
        assertThat(rows).hasSizeGreaterThan(1);
        var done = rows.get(0);
        var open = rows.get(1);
        admin.get("/console/inspection/draws/" + drawId);
        admin.postFormAndFollow(
                "/console/inspection/draws/" + drawId + "/subjects/" + done[0] + "/outcome",
                Map.of("outcome", "NO_PROBLEM", "note", ""));

        var page = admin.get("/console/inspection/supervision?year=" + year + "&years=3")
                .body();

        // coverage: per class, ⌈operating × ratio⌉ planned, and what was drawn and inspected
        var unitId = db.sql("select unit_id from inspection.draw where id = ?")
                .param(drawId)
                .query(UUID.class)
                .single();
        long operatingD = db.sql(
                        """
                        select count(*) from inspection.subject where unit_id = ? and status = 'OPERATING'
                        and category = 'PUBLIC_PLACE' and risk_class = 'D'
                        """)
                .param(unitId)
                .query(Long.class)
                .single();
        long drawnD = db.sql("select count(*) from inspection.draw_subject where draw_id = ? and risk_class = 'D'")
                .param(drawId)
                .query(Long.class)
                .single();
        var coverageD = section(page, "data-category=\"PUBLIC_PLACE\" data-risk=\"D\"", "</tr>");
        assertThat(coverageD
                        .substring(coverageD.indexOf('>') + 1)
                        .replaceAll("<[^>]+>", " ")
                        .replaceAll("\\s+", " ")
                        .strip())
                .startsWith("公共场所 D " + operatingD + " 30.00% "
                        + DrawFunction.count((int) operatingD, new BigDecimal("30.00")) + " " + drawnD + " ");

        var overdue = section(page, "id=\"overdue\"", "</section>");
        assertThat(overdue).contains(open[1]).doesNotContain(done[1]).contains(year + "-11-30");

        long notInspected = db.sql(
                        """
                        select count(*) from inspection.subject where unit_id = ? and status = 'OPERATING'
                        and (last_inspected_on is null or last_inspected_on < ?)
                        """)
                .params(unitId, today.minusYears(3))
                .query(Long.class)
                .single();
        assertThat(section(page, "id=\"not-inspected\"", "</h2>")).contains(String.format("共 %,d 户", notInspected));

        assertThat(section(page, "id=\"workload\"", "</section>")).contains(open[3]);

        var excluded = db.sql("select outcome from inspection.draw where id = ?")
                .param(drawId)
                .query(String.class)
                .single()
                .lines()
                .filter(line -> line.startsWith("excluded\tRECENTLY_INSPECTED\t"))
                .map(line -> line.substring(line.lastIndexOf('\t') + 1))
                .findFirst()
                .orElseThrow();
        assertThat(section(page, "data-test=\"repeats-avoided\"", "</p>"))
                .contains(year + " 年度")
                .contains(String.format("排除 %,d 户次", Long.parseLong(excluded)));

        // a year written wrong is a field error, not a failure
        var wrong = admin.get("/console/inspection/supervision?year=20x6&years=0");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("年度应为 2000 至 2100 之间的整数").contains("年数应为 1 至 20 之间的整数");
    }

    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        int to = page.indexOf(end, from);
        return page.substring(from, to < 0 ? page.length() : to);
    }
}
