package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** A law is amended: the items resting on it await revision, and are overdue a month later (A1, A4). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmendmentTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @BeforeEach
    void todayFromTheApplicationsClock() {
        today = LocalDate.now(clock);
    }

    private LocalDate today;

    @AfterEach
    void forgetAmendments() {
        db.sql("delete from catalog.law_amendment where note like '测试%'").update();
    }

    @Test
    void anAmendedLawPutsTheItemsRestingOnItOnTheToReviseList() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/lists/amendments");
        var resting = itemsResting("公共场所卫生管理条例");
        assertThat(resting).isPositive();

        var page = admin.postFormAndFollow(
                "/console/lists/amendments",
                form("lawName", "《公共场所卫生管理条例》", "amendedOn", today.plusDays(1).toString(), "note", "测试修订"));

        assertThat(page.body()).contains("已登记").contains("待修订（").contains("《公共场所卫生管理条例》");
        assertThat(page.body())
                .contains(today.plusDays(1).plusMonths(1).toString())
                .contains("未超期");
        assertThat(admin.get("/console").body()).contains("因所依据的法律法规修订而待修订");
    }

    @Test
    void aMonthAfterTheAmendmentAnItemNotRepublishedIsOverdue() {
        var qufu = db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
        var version = db.sql(
                        "select id from catalog.list_version where unit_id = ? and kind = 'ITEMS' and status = 'PUBLISHED'")
                .param(qufu)
                .query(UUID.class)
                .single();
        var publishedAt = db.sql("select published_at::text from catalog.list_version where id = ?")
                .param(version)
                .query(String.class)
                .single();
        db.sql("update catalog.list_version set published_at = now() - interval '90 days' where id = ?")
                .param(version)
                .update();
        try {
            db.sql(
                            "insert into catalog.law_amendment (law_name, amended_on, note, recorded_by) values (?, ?, '测试超期', 'test')")
                    .params("生活饮用水卫生监督管理办法", today.minusDays(40))
                    .update();

            var page = StaffClient.loggedIn(port, "qufu-admin")
                    .get("/console/lists/amendments")
                    .body();

            assertThat(page).contains("《生活饮用水卫生监督管理办法》").contains("已超期");
            assertThat(StaffClient.loggedIn(port, "qufu-admin").get("/console").body())
                    .contains("已超过重新发布期限");
        } finally {
            db.sql("update catalog.list_version set published_at = cast(? as timestamptz) where id = ?")
                    .params(publishedAt, version)
                    .update();
        }
    }

    @Test
    void aLawMustBeNamed() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/lists/amendments");

        var page =
                admin.postFormAndFollow("/console/lists/amendments", form("lawName", "《》", "amendedOn", "2026-01-01"));

        assertThat(page.body()).contains("请填写法律法规名称");
    }

    @Test
    void onlyAdministratorsRecordAmendments() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console/lists/amendments");

        var response = officer.postForm(
                "/console/lists/amendments", form("lawName", "护士条例", "amendedOn", "2026-01-01", "note", "测试"));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    private long itemsResting(String law) {
        return db.sql(
                        """
                        select count(*) from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                        where v.status = 'PUBLISHED' and v.kind = 'ITEMS' and e.data ->> 'legalBasis' like ?
                        """)
                .param("%《" + law + "》%")
                .query(Long.class)
                .single();
    }
}
