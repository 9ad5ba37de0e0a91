package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Warning cases (A7) and the portal's 行政执法责任制 section over real HTTP: a supervisor publishes a case with its
 * analysis; the public reads it beside the powers-to-posts list, the complaint channels and the supervision results.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarningCaseHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aSupervisorPublishesAWarningCaseWithItsAnalysisOnThePortal() {
        var qufu = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        assertThat(supervisor.get("/console/supervision/warnings").body()).contains("id=\"publish\"");
        long before = count();
        var missing = supervisor.postForm(
                "/console/supervision/warnings",
                form(
                        "unitId",
                        qufu.toString(),
                        "title",
                        "未经法制审核作出重大处罚决定",
                        "facts",
                        "某单位对一家医疗机构罚款二十万元。",
                        "analysis",
                        " "));
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("id=\"analysis-error\"", "请填写此项");
        var badMatter = supervisor.postForm(
                "/console/supervision/warnings",
                form(
                        "unitId",
                        qufu.toString(),
                        "title",
                        "标题",
                        "facts",
                        "案情",
                        "analysis",
                        "分析",
                        "accountabilityId",
                        "不是编号"));
        assertThat(badMatter.body()).contains("id=\"accountabilityId-error\"");
        assertThat(count()).isEqualTo(before);

        var published = supervisor.postForm(
                "/console/supervision/warnings",
                form(
                        "unitId", qufu.toString(),
                        "title", "未经法制审核作出重大处罚决定",
                        "facts", "某执法机构对一家医疗机构作出罚款二十万元的决定，未经法制审核。",
                        "analysis", "罚款数额达到重大执法决定标准，依照行政处罚法第五十八条应当在决定前进行法制审核。",
                        "lessons", "重大执法决定一律先审核后决定。"));
        assertThat(published.statusCode()).isEqualTo(302);
        var path = java.net.URI.create(StaffClient.location(published)).getPath();
        assertThat(path).startsWith("/portal/responsibility/warnings/");

        var citizen = StaffClient.anonymous(port);
        var page = citizen.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("未经法制审核作出重大处罚决定", "第五十八条", "先审核后决定", "曲阜市卫生健康局");
        var section = citizen.get("/portal/responsibility");
        assertThat(section.body())
                .contains("id=\"warnings\"", path, "id=\"results\"", "id=\"channels\"", "执法职权分解和岗位责任清单");
        assertThat(citizen.get("/portal/responsibility/warnings/" + java.util.UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        assertThat(officer.postForm("/console/supervision/warnings", form("title", "x"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(db.sql("select count(*) from audit.entry where kind = 'WARNING_CASE_PUBLISHED' and record_id = ?")
                        .param(path.substring(path.lastIndexOf('/') + 1))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    // A7: a warning case taken off the portal with the reason; the record and the console keep it, marked
    @Test
    void aSupervisorOfTheUnitWithdrawsAWarningCaseFromThePortalWithTheReasonOnce() {
        var qufu = new ComplaintSteps(port, db).unit(ComplaintSteps.QUFU);
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console/supervision/warnings");
        var published = supervisor.postForm(
                "/console/supervision/warnings",
                form(
                        "unitId", qufu.toString(),
                        "title", "超期送达处罚决定书",
                        "facts", "某执法机构作出处罚决定后二十日才送达当事人。",
                        "analysis", "行政处罚法第六十一条规定决定书应当在宣告后当场交付或七日内送达。"));
        assertThat(published.statusCode()).isEqualTo(302);
        var path = java.net.URI.create(StaffClient.location(published)).getPath();
        var id = path.substring(path.lastIndexOf('/') + 1);
        var citizen = StaffClient.anonymous(port);
        assertThat(citizen.get(path).statusCode()).isEqualTo(200);

        var elsewhere = StaffClient.loggedIn(port, "zoucheng-supervisor");
        elsewhere.get("/console/supervision/warnings");
        assertThat(elsewhere
                        .postForm("/console/supervision/warnings/" + id + "/withdrawal", form("reason", "不是本单位的"))
                        .statusCode())
                .isEqualTo(403);
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        assertThat(officer.postForm("/console/supervision/warnings/" + id + "/withdrawal", form("reason", "无"))
                        .statusCode())
                .isEqualTo(403);
        var noReason = supervisor.postForm("/console/supervision/warnings/" + id + "/withdrawal", form("reason", "  "));
        assertThat(noReason.statusCode()).isEqualTo(200);
        assertThat(noReason.body()).contains("data-test=\"withdrawal-errors\"", "请填写此项");
        assertThat(citizen.get(path).statusCode())
                .as("nothing withdrawn without a reason")
                .isEqualTo(200);

        var withdrawn = supervisor.postFormAndFollow(
                "/console/supervision/warnings/" + id + "/withdrawal", form("reason", "案例中的单位可被识别，需重新脱敏后公布"));
        assertThat(withdrawn.body()).contains("警示案例已从门户撤回", "已撤回", "案例中的单位可被识别，需重新脱敏后公布", "超期送达处罚决定书");
        assertThat(citizen.get(path).statusCode()).isEqualTo(404);
        assertThat(citizen.get("/portal/responsibility").body()).doesNotContain(path);
        assertThat(db.sql("select title from supervision.warning_case where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .as("the case stays as published")
                .isEqualTo("超期送达处罚决定书");
        assertThat(db.sql("select count(*) from audit.entry where kind = 'WARNING_CASE_WITHDRAWN' and record_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        var again = supervisor.postForm("/console/supervision/warnings/" + id + "/withdrawal", form("reason", "再次撤回"));
        assertThat(again.body()).contains("该警示案例已经撤回");
        assertThat(db.sql("select reason from supervision.warning_case_withdrawal where warning_case_id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("案例中的单位可被识别，需重新脱敏后公布");
        assertThat(supervisor
                        .postForm(
                                "/console/supervision/warnings/" + java.util.UUID.randomUUID() + "/withdrawal",
                                form("reason", "无此案例"))
                        .statusCode())
                .isEqualTo(404);
    }

    private long count() {
        return db.sql("select count(*) from supervision.warning_case")
                .query(Long.class)
                .single();
    }
}
