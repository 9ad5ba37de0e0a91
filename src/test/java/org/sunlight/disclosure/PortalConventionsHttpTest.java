package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 18, point 11: the portal's pages say where they sit (当前位置：首页 › section › 正文), the footer states the
 * site's sponsor, website code and ICP number from the settings, every public list dates what it shows, and the
 * certificate lookup tells a visitor who left out the province's abbreviation, and shows the complaint telephone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sunlight.portal.site-code=3708000001", "sunlight.portal.icp-number=鲁ICP备12345678号"})
class PortalConventionsHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void portalPagesSayWhereTheySit() throws Exception {
        var visitor = StaffClient.anonymous(port);
        assertThat(trail(visitor.get("/").body()))
                .as("the home page is the top")
                .isEmpty();

        assertThat(trail(visitor.get("/portal/results").body())).containsExactly("首页", "行政执法结果");
        assertThat(visitor.get("/portal/results").body()).contains("<a href=\"/\">首页</a>");
        assertThat(trail(visitor.get("/portal/items").body())).containsExactly("首页", "行政执法事项清单");
        assertThat(trail(visitor.get("/portal/items/changes").body())).containsExactly("首页", "行政执法事项清单", "变更记录");
        assertThat(visitor.get("/portal/items/changes").body()).contains("<a href=\"/portal/items\">行政执法事项清单</a>");
        assertThat(trail(visitor.get("/portal/certificates").body())).containsExactly("首页", "执法证件查询");
        assertThat(trail(visitor.get("/portal/complaints/progress").body())).containsExactly("首页", "投诉举报", "办理进度查询");

        var published = new DisclosureFixtures(port, db, clock).publishedOnAPerson("某诊所超范围执业" + suffix());
        var result = db.sql("select id from disclosure.published_result where entry_id = ?")
                .param(published)
                .query(UUID.class)
                .single();
        var page = visitor.get("/portal/results/" + result).body();
        assertThat(trail(page)).containsExactly("首页", "行政执法结果", "正文");
        assertThat(page).contains("<a href=\"/portal/results\">行政执法结果</a>");
        assertThat(page).contains("aria-current=\"page\">正文</span>");

        assertThat(trail(
                        StaffClient.loggedIn(port, "qufu-admin").get("/console").body()))
                .as("the console has its own navigation")
                .isEmpty();
    }

    @Test
    void theFooterStatesTheSponsorTheWebsiteCodeAndTheIcpNumber() {
        for (var path : new String[] {"/", "/portal/results", "/portal/officers"}) {
            assertThat(StaffClient.anonymous(port).get(path).body())
                    .as(path)
                    .contains("主办单位：山东省卫生健康委员会", "网站标识码：3708000001", "ICP 备案号：鲁ICP备12345678号");
        }
    }

    @Test
    void everyPublicResultIsDatedByItsPublication() throws Exception {
        var title = "某游泳馆未公示水质检测结果" + suffix();
        var entry = new DisclosureFixtures(port, db, clock).publishedOnAPerson(title);
        var publishedOn = db.sql("select published_on::text from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(String.class)
                .single();
        var list = StaffClient.anonymous(port)
                .get("/portal/results?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .body();
        assertThat(list).containsPattern(Pattern.quote(title) + "[\\s\\S]*?公示日期 " + publishedOn);
    }

    @Test
    void theCatalogListsAndThePersonnelListAreDated() {
        var visitor = StaffClient.anonymous(port);
        var items = visitor.get("/portal/items").body();
        var published = db.sql(
                        """
                        select distinct (published_at at time zone 'Asia/Shanghai')::date::text from catalog.list_version
                        where kind = 'ITEMS' and status = 'PUBLISHED'
                        """)
                .query(String.class)
                .list();
        assertThat(published).isNotEmpty();
        assertThat(items).contains("<th>发布日期</th>");
        var shown = Pattern.compile("data-test=\"published-on\">([0-9-]+)<")
                .matcher(items)
                .results()
                .map(match -> match.group(1))
                .toList();
        assertThat(shown).isNotEmpty();
        assertThat(published).containsAll(shown);

        var updated = db.sql(
                        "select (max(updated_at) at time zone 'Asia/Shanghai')::date::text from organization.officer")
                .query(String.class)
                .single();
        assertThat(visitor.get("/portal/officers").body()).contains("名单更新日期：" + updated);
    }

    @Test
    void aCertificateNumberWithoutItsProvinceIsToldSoAndTheComplaintPhoneIsShown() {
        var number = db.sql(
                        """
                        select certificate_no from organization.officer
                        where active and not revoked and certificate_no like '鲁%' order by certificate_no limit 1
                        """)
                .query(String.class)
                .single();
        var visitor = StaffClient.anonymous(port);

        var bare = visitor.get("/portal/certificates?no=" + number.substring(1)).body();
        assertThat(bare)
                .contains("未查到编号为“" + number.substring(1) + "”的执法证件")
                .contains("缺少省份简称")
                .contains("查询“" + number + "”")
                .doesNotContain("id=\"lookup-result\"");

        var nothing = visitor.get("/portal/certificates?no=99999999999").body();
        assertThat(nothing).contains("缺少省份简称").doesNotContain("data-test=\"suggestion\"");
        assertThat(nothing).contains("href=\"/portal/complaints\"");

        var phone = db.sql(
                        """
                        select b.complaint_phone from organization.officer o
                        join organization.enforcement_body b on b.id = o.body_id where o.certificate_no = ?
                        """)
                .param(number)
                .query(String.class)
                .optional()
                .orElseGet(() -> db.sql(
                                """
                                select b.complaint_phone from organization.officer o
                                join organization.enforcement_body b on b.unit_id = o.unit_id
                                where o.certificate_no = ? and b.active order by b.name limit 1
                                """)
                        .param(number)
                        .query(String.class)
                        .single());
        var found = visitor.get("/portal/certificates?no=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .body();
        assertThat(found).contains("id=\"lookup-result\"").doesNotContain("缺少省份简称");
        assertThat(found).containsPattern("投诉电话：</span><a href=\"tel:" + Pattern.quote(phone) + "\">");
    }

    private static java.util.List<String> trail(String body) {
        return org.sunlight.PortalPages.trail(body);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
