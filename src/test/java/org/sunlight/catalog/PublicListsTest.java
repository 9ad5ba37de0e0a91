package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** The published lists as the public reads them: the portal pages and the open-data API, and never a draft. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicListsTest {

    private final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void theDemoCountysItemListIsPublishedWithAtLeastSixtyItemsAcrossCategories() throws Exception {
        var page = get("/api/public/items?unit=" + qufu() + "&size=200");

        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(60);
        var first = page.get("content").get(0);
        assertThat(first.get("unitName").asText()).isEqualTo("曲阜市卫生健康局");
        for (var field : new String[] {"category", "name", "code", "legalBasis", "handlingOrgan", "timeLimit"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(page.findValuesAsText("category")).contains("PENALTY", "LICENSING", "COERCION", "INSPECTION");
    }

    @Test
    void pagesFiltersAndSearchesAsAsked() throws Exception {
        var all = get("/api/public/items?unit=" + qufu() + "&size=10&page=1");
        assertThat(all.get("size").asInt()).isEqualTo(10);
        assertThat(all.get("number").asInt()).isEqualTo(1);
        assertThat(all.get("content")).hasSize(10);

        var licensing = get("/api/public/items?unit=" + qufu() + "&category=LICENSING&size=200");
        assertThat(licensing.get("totalElements").asLong()).isPositive();
        licensing.get("content").forEach(item -> assertThat(item.get("category").asText())
                .isEqualTo("LICENSING"));

        var search = get("/api/public/items?q=医疗废物&size=200");
        assertThat(search.get("totalElements").asLong()).isPositive();
        search.get("content").forEach(item -> assertThat(item.toString()).contains("医疗废物"));
    }

    @Test
    void aBadCategoryIsABadRequestNamingTheField() throws Exception {
        var response = StaffClient.anonymous(port).getJson("/api/public/items?category=REWARD");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("category");
    }

    @Test
    void eachListDownloadsAsCsvThatExcelReads() {
        var response = StaffClient.anonymous(port).get("/api/public/items?format=csv&category=LICENSING");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        var lines = response.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFF\"unitName\",\"category\",\"name\",\"code\"");
        assertThat(lines.length).isGreaterThan(1);
        assertThat(lines[1]).contains("\"LICENSING\"");
    }

    @Test
    void theOtherListsAreOpenDataToo() throws Exception {
        assertThat(get("/api/public/random-inspection-items")
                        .get("totalElements")
                        .asLong())
                .isPositive();
        assertThat(get("/api/public/service-guides").get("totalElements").asLong())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aDraftNeverReachesThePublic() throws Exception {
        var qufu = qufu();
        var code = "370881-DRAFT-" + UUID.randomUUID().toString().substring(0, 6);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/lists/items?unit=" + qufu);
        db.sql(
                        "delete from catalog.list_version where unit_id = ? and kind = 'ITEMS' and status in ('DRAFT', 'SUBMITTED')")
                .param(qufu)
                .update();
        admin.postForm("/console/lists/items/draft?unit=" + qufu, StaffClient.form());
        admin.postForm(
                "/console/lists/items/entries?unit=" + qufu,
                StaffClient.form(
                        "category", "PENALTY",
                        "name", "草稿中的事项",
                        "code", code,
                        "legalBasis", "《医疗机构管理条例》第四十三条",
                        "handlingOrgan", "曲阜市卫生健康综合监督执法大队"));
        try {
            assertThat(get("/api/public/items?q=" + code).get("totalElements").asLong())
                    .isZero();
            assertThat(StaffClient.anonymous(port)
                            .get("/portal/items?q=" + code)
                            .body())
                    .contains("共 0 项")
                    .doesNotContain("草稿中的事项");
            assertThat(StaffClient.anonymous(port)
                            .get("/api/public/items?format=csv")
                            .body())
                    .doesNotContain(code);
        } finally {
            admin.postForm("/console/lists/items/discard?unit=" + qufu, StaffClient.form());
        }
    }

    @Test
    void theServiceGuidePageShowsEveryFieldAndPrints() throws Exception {
        var guide = get("/api/public/service-guides?size=1").get("content").get(0);

        var page = StaffClient.anonymous(port)
                .get("/portal/service-guides/" + guide.get("code").asText() + "?unit="
                        + guide.get("unitId").asText());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(guide.get("name").asText())
                .contains("办理条件")
                .contains("申请材料")
                .contains("救济渠道")
                .contains("打印");
    }

    @Test
    void theItemListPageFiltersByCategory() {
        var page = StaffClient.anonymous(port)
                .get("/portal/items?category=LICENSING")
                .body();

        assertThat(page).contains("行政执法事项清单").contains("行政许可").doesNotContain(">行政处罚</span>");
    }

    @Test
    void theBodyListDisclosesEveryD4FieldAndTheEntrustment() throws Exception {
        var bodies = get("/api/public/bodies?size=200");

        assertThat(bodies.get("totalElements").asLong()).isGreaterThanOrEqualTo(6);
        var body = bodies.get("content").get(0);
        for (var field : new String[] {
            "name",
            "nature",
            "fundingSource",
            "staffing",
            "bodyType",
            "duties",
            "legalRepresentative",
            "address",
            "complaintPhone"
        }) {
            assertThat(body.get(field).asText()).as(field).isNotBlank();
        }
        assertThat(bodies.findValuesAsText("bodyType")).contains("受委托组织", "法定行政机关");
        assertThat(StaffClient.anonymous(port).get("/portal/bodies").body())
                .contains("行政执法主体资格清单")
                .contains("卫生健康综合监督执法大队")
                .contains("行政执法委托书");
    }

    @Test
    void discretionStandardsNarrowTheFineOfAtLeastTenPenaltyItems() throws Exception {
        var standards = get("/api/public/discretion-standards?size=200");

        var items = new java.util.HashSet<String>(standards.findValuesAsText("itemCode"));
        assertThat(items).hasSizeGreaterThanOrEqualTo(10);
        standards.get("content").forEach(band -> assertThat(
                        new java.math.BigDecimal(band.get("fineMin").asText()))
                .isLessThanOrEqualTo(
                        new java.math.BigDecimal(band.get("fineMax").asText())));
    }

    @Test
    void theReviewAndRecordingListsArePublishedWithTheirSeededContent() throws Exception {
        assertThat(get("/api/public/review-elements").get("totalElements").asLong())
                .isEqualTo(11);
        var recording = get("/api/public/recording-requirements");
        assertThat(recording.findValuesAsText("name"))
                .contains("调查询问", "现场检查（勘验）", "抽样取证", "先行登记保存证据", "听证", "行政强制", "送达");
        assertThat(get("/api/public/review-scope-rules").findValuesAsText("name"))
                .contains("经过听证程序作出的决定");
        assertThat(get("/api/public/rights-notice").findValuesAsText("name")).contains("陈述权、申辩权", "要求听证的权利");
    }

    @Test
    void anUnknownListIsNotFound() {
        assertThat(StaffClient.anonymous(port)
                        .getJson("/api/public/no-such-list")
                        .statusCode())
                .isEqualTo(404);
        assertThat(StaffClient.anonymous(port).get("/portal/no-such-list").statusCode())
                .isEqualTo(404);
    }

    private JsonNode get(String path) throws Exception {
        var response = StaffClient.anonymous(port).getJson(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private UUID qufu() {
        return db.sql("select id from organization.unit where division_code = '370881'")
                .query(UUID.class)
                .single();
    }
}
