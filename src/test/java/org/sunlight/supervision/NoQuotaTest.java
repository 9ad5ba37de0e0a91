package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * No fine quotas (A10; 实施方案 四(一): 杜绝任何形式的设定罚款指标、将收费罚款数额与部门经费挂钩): no column anywhere sets or
 * measures a fine target, and the yearly report shows the fines decided and paid with no target beside them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoQuotaTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void noColumnOfAnyModuleSetsOrMeasuresAFineTarget() {
        var columns = db.sql(
                        """
                        select table_schema || '.' || table_name || '.' || column_name from information_schema.columns
                        where table_schema not in ('pg_catalog', 'information_schema')
                        """)
                .query(String.class)
                .list();
        assertThat(columns).as("the schema was read").anyMatch(c -> c.startsWith("cases."));
        assertThat(columns)
                .filteredOn(column -> column.matches("(?i).*(quota|target|指标|budget|revenue|funding_share).*"))
                .isEmpty();
    }

    @Test
    void theYearlyReportShowsFinesWithoutTargets() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var unit = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        var page = admin.get(
                "/console/reports/" + unit + "/" + LocalDate.now(clock).getYear());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("罚款").doesNotContain("指标", "目标", "任务数", "完成率");
        var json = admin.getJson(
                "/api/reports/" + unit + "/" + LocalDate.now(clock).getYear());
        assertThat(json.body())
                .contains("\"fines\"")
                .doesNotContainIgnoringCase("target")
                .doesNotContainIgnoringCase("quota");
    }
}
