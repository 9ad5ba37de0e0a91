package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * A list goes draft → checked → published (D1): the city's administrator drafts, the city's reviewer returns it with a
 * reason or publishes it; every publication is a version whose changes the public can read; drafts never go public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListWorkflowTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    UUID city;
    String base;

    @BeforeEach
    void startFromNothing() {
        city = db.sql("select id from organization.unit where division_code = '370800'")
                .query(UUID.class)
                .single();
        db.sql(
                        "delete from catalog.list_version where unit_id = ? and kind = 'ITEMS' and status in ('DRAFT', 'SUBMITTED')")
                .param(city)
                .update();
        base = "/console/lists/items?unit=" + city;
    }

    @Test
    void aDraftIsReturnedWithAReasonThenPublishedAndOnlyThenPublic() throws Exception {
        var admin = StaffClient.loggedIn(port, "city-admin");
        var code = "370800-XZCF-" + UUID.randomUUID().toString().substring(0, 6);
        admin.get(base);
        admin.postFormAndFollow("/console/lists/items/draft?unit=" + city, form());
        admin.get("/console/lists/items/entries/form?unit=" + city);
        var saved = admin.postForm("/console/lists/items/entries?unit=" + city, anItem(code, "济宁市卫生健康综合监督执法支队"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(admin.get(base).body()).contains(code).contains("已保存");

        assertThat(publicItems(code)).as("a draft is not public").isZero();

        admin.postFormAndFollow("/console/lists/items/submit?unit=" + city, form());
        // only the unit's legal reviewers approve a list: the route policy refuses an administrator (issue 14)
        var refused = admin.postForm("/console/lists/items/approve?unit=" + city, form());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(admin.get(base).body()).contains("待审核");
        assertThat(publicItems(code)).as("a submitted version is not public").isZero();

        var reviewer = StaffClient.loggedIn(port, "city-reviewer");
        reviewer.get(base);
        var noReason = reviewer.postFormAndFollow("/console/lists/items/return?unit=" + city, form("reason", ""));
        assertThat(noReason.body()).contains("退回时必须写明理由");
        reviewer.postFormAndFollow("/console/lists/items/return?unit=" + city, form("reason", "承办机构名称有误，应为执法支队全称"));

        var returned = admin.get(base).body();
        assertThat(returned).contains("承办机构名称有误，应为执法支队全称").contains("草稿");
        admin.postFormAndFollow(
                "/console/lists/items/entries?unit=" + city,
                withPrevious(anItem(code, "济宁市卫生健康综合监督执法支队（济宁市卫生计生监督所）"), code));
        admin.postFormAndFollow("/console/lists/items/submit?unit=" + city, form());
        reviewer.get(base);
        var approved = reviewer.postFormAndFollow("/console/lists/items/approve?unit=" + city, form());

        assertThat(approved.body()).contains("审核通过，新版本已发布");
        assertThat(publicItems(code)).isEqualTo(1);
        var portal = StaffClient.anonymous(port).get("/portal/items?q=" + code).body();
        assertThat(portal).contains(code).contains("济宁市卫生健康综合监督执法支队（济宁市卫生计生监督所）");
    }

    @Test
    void theChangeLogShowsWhatEachVersionAddedAndChanged() throws Exception {
        var admin = StaffClient.loggedIn(port, "city-admin");
        var reviewer = StaffClient.loggedIn(port, "city-reviewer");
        var first = "370800-XZJC-" + UUID.randomUUID().toString().substring(0, 6);
        var second = "370800-XZJC-" + UUID.randomUUID().toString().substring(0, 6);
        publish(admin, reviewer, anItem(first, "济宁市卫生健康委员会"), null);
        var renamed = anItem(first, "济宁市卫生健康综合监督执法支队");
        publish(admin, reviewer, renamed, first);
        admin.postFormAndFollow("/console/lists/items/draft?unit=" + city, form());
        admin.postFormAndFollow("/console/lists/items/entries?unit=" + city, anItem(second, "济宁市卫生健康委员会"));
        admin.postFormAndFollow("/console/lists/items/submit?unit=" + city, form());
        reviewer.get(base);
        reviewer.postFormAndFollow("/console/lists/items/approve?unit=" + city, form());

        var changes = StaffClient.anonymous(port)
                .get("/portal/items/changes?unit=" + city)
                .body();

        assertThat(changes).contains("变更记录").contains(second).contains("新增");
        assertThat(changes).contains("承办机构：由“济宁市卫生健康委员会”改为“济宁市卫生健康综合监督执法支队”");
    }

    @Test
    void aBadEntryIsRefusedFieldByFieldAndNothingIsSaved() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        var code = "370800-BAD-" + UUID.randomUUID().toString().substring(0, 6);
        admin.get(base);
        var item = anItem(code, "济宁市卫生健康委员会");
        item.put("legalBasis", "医疗机构管理条例第二十四条");
        item.put("category", "");

        var response = admin.postForm("/console/lists/items/entries?unit=" + city, item);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("请改正标出的字段后再保存")
                .contains("格式不正确，应为《法律法规名称》第X条")
                .contains("必须填写");
        assertThat(db.sql("select count(*) from catalog.list_entry where entry_key = ?")
                        .param(code)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anotherCountysAdministratorCannotSeeTheList() {
        var zoucheng = StaffClient.loggedIn(port, "zoucheng-admin");

        assertThat(zoucheng.get(base).statusCode()).isEqualTo(404);
        assertThat(zoucheng.postForm("/console/lists/items/draft?unit=" + city, form())
                        .statusCode())
                .isEqualTo(404);
        assertThat(db.sql(
                                "select count(*) from catalog.list_version where unit_id = ? and created_by = 'zoucheng-admin'")
                        .param(city)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPublishedVersionCannotBeChangedEvenInTheDatabase() {
        var published = db.sql("select id from catalog.list_version where status = 'PUBLISHED' limit 1")
                .query(UUID.class)
                .single();

        assertThatThrownBy(() -> db.sql("update catalog.list_entry set title = 'x' where version_id = ?")
                        .param(published)
                        .update())
                .hasMessageContaining("is published and cannot change");
    }

    @Test
    void aBodyListIsDraftedFromTheRegistryAndOnlyTheUnitsOwnReviewerMayCheckIt() {
        var zoucheng = db.sql("select id from organization.unit where division_code = '370883'")
                .query(UUID.class)
                .single();
        db.sql(
                        "delete from catalog.list_version where unit_id = ? and kind = 'BODIES' and status in ('DRAFT', 'SUBMITTED')")
                .param(zoucheng)
                .update();
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/console/lists/bodies?unit=" + zoucheng);

        var drafted = admin.postFormAndFollow("/console/lists/bodies/from-registry?unit=" + zoucheng, form());

        assertThat(drafted.body()).contains("邹城市卫生健康综合监督执法大队").contains("受委托组织").contains("草稿");
        admin.postFormAndFollow("/console/lists/bodies/submit?unit=" + zoucheng, form());
        var cityReviewer = StaffClient.loggedIn(port, "city-reviewer");
        cityReviewer.get("/console/lists/bodies?unit=" + zoucheng);
        var refused = cityReviewer.postFormAndFollow("/console/lists/bodies/approve?unit=" + zoucheng, form());
        assertThat(refused.body()).contains("只有本单位的法制审核人员可以审核清单").contains("待审核");
    }

    @Test
    void randomInspectionItemsMergedWithTheItemListArePublishedUnderTheJointTitle() {
        db.sql("delete from catalog.list_version where unit_id = ? and kind = 'RANDOM_INSPECTION_ITEMS'"
                        + " and status in ('DRAFT', 'SUBMITTED')")
                .param(city)
                .update();
        var admin = StaffClient.loggedIn(port, "city-admin");
        var reviewer = StaffClient.loggedIn(port, "city-reviewer");
        var list = "/console/lists/random-inspection-items";
        admin.get(list + "?unit=" + city);
        admin.postFormAndFollow(list + "/draft?unit=" + city, form());
        admin.postFormAndFollow(
                list + "/entries?unit=" + city,
                form(
                        "code", "370800-SJ-" + UUID.randomUUID().toString().substring(0, 4),
                        "name", "医疗机构依法执业监督抽查",
                        "inspectingBody", "济宁市卫生健康委员会",
                        "legalBasis", "《医疗机构管理条例》第四十条",
                        "object", "辖区内医疗机构",
                        "content", "执业许可、人员资质、医疗废物处置",
                        "method", "现场检查",
                        "ratio", "5",
                        "frequency", "每年1次"));
        admin.postFormAndFollow(list + "/merged?unit=" + city, form("merged", "true"));
        admin.postFormAndFollow(list + "/submit?unit=" + city, form());
        reviewer.get(list + "?unit=" + city);
        reviewer.postFormAndFollow(list + "/approve?unit=" + city, form());

        var page = StaffClient.anonymous(port)
                .get("/portal/random-inspection-items?unit=" + city)
                .body();

        assertThat(page).contains("行政执法事项（随机抽查事项）清单").contains("医疗机构依法执业监督抽查");
    }

    private void publish(StaffClient admin, StaffClient reviewer, Map<String, String> item, String previousKey) {
        admin.get(base);
        admin.postFormAndFollow("/console/lists/items/draft?unit=" + city, form());
        var entry = previousKey == null ? item : withPrevious(item, previousKey);
        admin.postFormAndFollow("/console/lists/items/entries?unit=" + city, entry);
        admin.postFormAndFollow("/console/lists/items/submit?unit=" + city, form());
        reviewer.get(base);
        assertThat(reviewer.postFormAndFollow("/console/lists/items/approve?unit=" + city, form())
                        .body())
                .contains("审核通过，新版本已发布");
    }

    private long publicItems(String code) throws Exception {
        var response = StaffClient.anonymous(port).getJson("/api/public/items?unit=" + city + "&q=" + code);
        return json.readTree(response.body()).get("totalElements").asLong();
    }

    private static Map<String, String> withPrevious(Map<String, String> item, String previousKey) {
        var copy = new java.util.LinkedHashMap<>(item);
        copy.put("previousKey", previousKey);
        return copy;
    }

    private static Map<String, String> anItem(String code, String organ) {
        return form(
                "category", "INSPECTION",
                "name", "对医疗机构依法执业情况的监督检查",
                "code", code,
                "legalBasis", "《医疗机构管理条例》第四十条",
                "discretionStandard", "",
                "handlingOrgan", organ,
                "timeLimit", "");
    }
}
