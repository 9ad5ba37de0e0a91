package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.cases.DocumentKind;

/**
 * Issue 18, point 11: the portal's 文书样式 lists every kind of document the product issues and shows each as the
 * document template writes it, from sample content marked 样式 that names no real party, unit or officer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentSamplesHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    MessageSource messages;

    @Test
    void theIndexListsEveryKindByItsTitleAndTheHomePageLinksIt() {
        var visitor = StaffClient.anonymous(port);
        var home = visitor.get("/").body();
        assertThat(home)
                .contains("id=\"section-document-samples\"")
                .contains("href=\"/portal/document-samples\"")
                .contains("已公示 " + DocumentKind.values().length + " 项");

        var index = visitor.get("/portal/document-samples");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<h1>文书样式</h1>", "共 " + DocumentKind.values().length + " 种文书");
        for (var kind : DocumentKind.values()) {
            assertThat(index.body())
                    .as(kind.name())
                    .contains("href=\"/portal/document-samples/" + DocumentSamples.slug(kind) + "\"")
                    .contains(">" + title(kind) + "</a>");
        }
    }

    @Test
    void everyKindsSampleIsTheTemplatesDocumentMarkedAsASampleWithNoRealParty() throws Exception {
        // a real case with its party, so that there is a real party the samples must not show
        var steps = new CaseSteps(port, db);
        steps.open(
                steps.staff("qufu-officer"),
                "GENERAL_PENALTY",
                false,
                steps.officerOf("qufu-officer"),
                steps.colleagueOf("qufu-officer"));
        var parties = db.sql("select distinct name from cases.case_party")
                .query(String.class)
                .list();
        var units =
                db.sql("select name from organization.unit").query(String.class).list();
        var officers = db.sql("select name from organization.officer")
                .query(String.class)
                .list();
        assertThat(parties).contains("曲阜市某某诊所");
        assertThat(units).isNotEmpty();

        var visitor = StaffClient.anonymous(port);
        for (var kind : DocumentKind.values()) {
            var response = visitor.get("/portal/document-samples/" + DocumentSamples.slug(kind));
            var page = response.body();
            assertThat(response.statusCode()).as(kind.name()).isEqualTo(200);
            assertThat(page)
                    .as(kind.name())
                    .contains("<h1>" + title(kind) + "（样式）</h1>")
                    .contains("data-test=\"sample-mark\">样式</span>")
                    .contains("不对应任何真实案件")
                    // written by the documents' own template: its article, the kind's title and body paragraph
                    .contains("<article class=\"official-document\" data-kind=\"" + kind.name() + "\">")
                    .contains("<h1>" + title(kind) + "</h1>")
                    .contains(messages.getMessage(
                            "records.body." + kind.name(), new Object[] {"××有限公司（样式）"}, Locale.SIMPLIFIED_CHINESE))
                    .contains("××有限公司（样式）")
                    .doesNotContain("??");
            assertThat(trail(page)).as(kind.name()).containsExactly("首页", "文书样式", "正文");
            var document = page.substring(page.indexOf("<article"), page.indexOf("</article>"));
            for (var party : parties) {
                assertThat(document).as(kind.name() + " names a real party").doesNotContain(party);
            }
            for (var unit : units) {
                assertThat(document).as(kind.name() + " names a real unit").doesNotContain(unit);
            }
            for (var officer : officers) {
                assertThat(document).as(kind.name() + " names a real officer").doesNotContain(officer);
            }
        }
        // the decisions state their fixed paragraphs as issued documents do
        assertThat(visitor.get("/portal/document-samples/penalty-decision").body())
                .contains("罚款金额：人民币 ×××××.×× 元", "不停止执行", "申请行政复议");
        assertThat(visitor.get("/portal/document-samples/inquiry-record").body())
                .contains("data-test=\"inquiry-question\"", "被询问人签名");
    }

    @Test
    void anUnknownKindIsNotFound() {
        var response = StaffClient.anonymous(port).get("/portal/document-samples/no-such-document");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("您访问的页面不存在");
    }

    private String title(DocumentKind kind) {
        return messages.getMessage(kind.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
    }

    private static java.util.List<String> trail(String page) {
        var nav = java.util.regex.Pattern.compile("<nav class=\"breadcrumb\"[\\s\\S]*?</nav>")
                .matcher(page);
        if (!nav.find()) {
            return java.util.List.of();
        }
        return java.util.regex.Pattern.compile("<li>(?:<a[^>]*>|<span[^>]*>)([^<]+)<")
                .matcher(nav.group())
                .results()
                .map(match -> match.group(1))
                .toList();
    }
}
