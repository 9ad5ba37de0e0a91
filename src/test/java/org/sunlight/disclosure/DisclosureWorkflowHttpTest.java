package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Issue 18, point 6: an entry's page walks the disclosure in order — the party told, the text previewed, the redactions
 * adjusted, the publication confirmed, then withdrawal — each step saying what is done and what is next; a refused step
 * comes back on that page with its input as typed and the refusal under the field at fault; the list is paged and
 * filtered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureWorkflowHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void theDiscloserGoesFromTheNoticeToThePublishedResultOnOnePage() throws Exception {
        var title = "某浴室未公示卫生检测结果" + suffix();
        var entry = decided(title);
        var today = LocalDate.now(clock);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var page = "/console/disclosures/" + entry;

        var first = admin.get(page).body();
        assertThat(state(first, "notice")).isEqualTo("CURRENT");
        assertThat(state(first, "publish")).isEqualTo("TODO");
        assertThat(first).contains("下一步：在第 1 步记录告知当事人的日期和方式", "请先完成第 1 步：告知当事人");
        assertThat(first).as("no publication offered before the party is told").doesNotContain("确认公示</button>");

        var told = admin.postForm(page + "/party-notified", form("on", today.toString(), "how", "决定书中载明"));
        assertThat(told.statusCode()).isEqualTo(302);
        assertThat(StaffClient.location(told)).endsWith(page + "#step-notice");
        var notified = admin.get(page).body();
        assertThat(notified).contains("已记录告知当事人", today + " 已告知（决定书中载明）");
        assertThat(state(notified, "notice")).isEqualTo("DONE");
        assertThat(state(notified, "preview")).isEqualTo("CURRENT");
        assertThat(notified).contains("下一步：在第 2 步核对公示文本").contains("确认公示</button>");
        assertThat(notified).containsPattern("data-confirm=\"[^\"]*不能撤回");

        var masked = admin.postFormAndFollow(page + "/redactions", form("kind", "ADD", "text", "检测结果"));
        assertThat(masked.body()).contains("已记录，预览已更新", "人工遮盖：“检测结果”");

        var published = admin.postForm(page + "/publish", form());
        assertThat(StaffClient.location(published)).endsWith(page + "#step-publish");
        var after = admin.get(page).body();
        assertThat(after).contains("已公示。", "已于 " + today + " 公示。", "/portal/results/");
        assertThat(state(after, "publish")).isEqualTo("DONE");
        assertThat(state(after, "after")).isEqualTo("CURRENT");
        assertThat(after).contains("发布更正", "撤下公示信息").doesNotContain("记录告知</button>");
        var stored = db.sql("select title || ' ' || public_text from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(String.class)
                .single();
        assertThat(stored).contains("＊＊＊").doesNotContain("检测结果");

        admin.postFormAndFollow(page + "/withdraw", form());
        var withdrawn = admin.get(page).body();
        assertThat(withdrawn).contains("已撤下，办理结束");
        for (var step : DisclosureConsoleController.STEPS) {
            assertThat(state(withdrawn, step)).as(step).isEqualTo("DONE");
        }
    }

    @Test
    void aRefusedNoticeComesBackUnderItsFieldAsTyped() throws Exception {
        var entry = decided("某宾馆公共用品未消毒" + suffix());
        var decidedOn = LocalDate.now(clock);
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var page = "/console/disclosures/" + entry;
        admin.get(page);

        var early = admin.postForm(
                page + "/party-notified", form("on", decidedOn.minusDays(2).toString(), "how", "电话告知当事人负责人"));
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body())
                .containsPattern("data-test=\"notice-on-error\"[^>]*>请填写不早于决定日期、不晚于今天的告知日期")
                .containsPattern("id=\"notice-how\"[^>]*value=\"电话告知当事人负责人\"")
                .containsPattern("id=\"notice-on\"[^>]*value=\"" + decidedOn.minusDays(2) + "\"");
        assertThat(notifiedOn(entry)).as("a refused notice wrote nothing").isNull();
        // the refused form's address, opened again, is the entry's page
        assertThat(StaffClient.location(admin.get(page + "/party-notified"))).endsWith(page);

        var malformed = admin.postForm(page + "/party-notified", form("on", "12月1日", "how", "当场告知"));
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body())
                .containsPattern("data-test=\"notice-on-error\"[^>]*>请输入有效的日期")
                .containsPattern("id=\"notice-on\"[^>]*value=\"12月1日\"")
                .containsPattern("id=\"notice-how\"[^>]*value=\"当场告知\"");
        assertThat(notifiedOn(entry)).isNull();

        // publishing first: refused at the publication step, which points to the notice on the same page
        var tooSoon = admin.postForm(page + "/publish", form());
        assertThat(tooSoon.statusCode()).isEqualTo(200);
        assertThat(tooSoon.body()).contains("公示前应当告知当事人，请先记录告知情况", "请先在这里记录告知情况", "href=\"#step-notice\"");
        assertThat(db.sql("select count(*) from disclosure.published_result where entry_id = ?")
                        .param(entry)
                        .query(Long.class)
                        .single())
                .isZero();

        // a refused redaction keeps what was typed
        var blank = admin.postForm(page + "/redactions", form("kind", "ADD", "text", " "));
        assertThat(blank.body()).containsPattern("data-test=\"masking-text-error\"[^>]*>请填写要遮盖或撤销的文字");
    }

    @Test
    void theListIsPagedAndFilteredByStatusDueDayUnitAndText() throws Exception {
        var stem = "某游泳池水质浑浊" + suffix();
        var one = decided(stem + "甲");
        var two = decided(stem + "乙");
        new DisclosureFixtures(port, db, clock).publish(two);
        var admin = StaffClient.loggedIn(port, "qufu-admin");

        var both = admin.get("/console/disclosures?text=" + encode(stem)).body();
        assertThat(both).contains("共 2 项。", "/console/disclosures/" + one, "/console/disclosures/" + two);
        assertThat(both).contains("待告知当事人", "已公示");

        var waiting = admin.get("/console/disclosures?status=PENDING&text=" + encode(stem))
                .body();
        assertThat(waiting)
                .contains("共 1 项。", "/console/disclosures/" + one)
                .doesNotContain("/console/disclosures/" + two);

        // due within 20 days: the one still waiting (due in 7 working days); not overdue
        var soon = admin.get("/console/disclosures?dueWithinDays=20&text=" + encode(stem))
                .body();
        assertThat(soon).contains("共 1 项。", "/console/disclosures/" + one);
        assertThat(admin.get("/console/disclosures?overdue=true&text=" + encode(stem))
                        .body())
                .contains("没有符合条件的执法决定");
        var unit = db.sql("select unit_id from disclosure.disclosure_entry where id = ?")
                .param(one)
                .query(UUID.class)
                .single();
        assertThat(admin.get("/console/disclosures?unitId=" + unit + "&text=" + encode(stem))
                        .body())
                .contains("共 2 项。");
        // another county's unit is not offered, and not searched
        var zoucheng = db.sql("select id from organization.unit where name like '邹城%' limit 1")
                .query(UUID.class)
                .single();
        assertThat(admin.get("/console/disclosures?unitId=" + zoucheng).body()).contains("只能查找本单位及下级单位的执法决定");

        var bad = admin.get("/console/disclosures?dueWithinDays=七天&text=" + encode(stem))
                .body();
        assertThat(bad)
                .contains("请填写 0 至 366 之间的整数天数")
                .containsPattern("id=\"dueWithinDays\"[^>]*value=\"七天\"")
                .containsPattern("id=\"text\"[^>]*value=\"" + Pattern.quote(stem) + "\"");

        var all = admin.get("/console/disclosures").body();
        assertThat(Pattern.compile("data-entry=").matcher(all).results().count())
                .as("20 a page")
                .isLessThanOrEqualTo(20);
        long total = db.sql(
                        """
                        select count(*) from disclosure.disclosure_entry e
                        where e.unit_id in (select unit_id from disclosure.disclosure_entry where id = ?)
                        """)
                .param(one)
                .query(Long.class)
                .single();
        if (total > 20) {
            assertThat(all).contains("下一页");
            assertThat(admin.get("/console/disclosures?page=1").body()).contains("上一页");
        }
    }

    private UUID decided(String title) throws Exception {
        return new DisclosureFixtures(port, db, clock)
                .decided(title, "", DisclosureFixtures.organisation("曲阜市某某公司" + suffix()), 200)
                .entry();
    }

    private LocalDate notifiedOn(UUID entry) {
        return db.sql("select party_notified_on from disclosure.disclosure_entry where id = ?")
                .param(entry)
                .query((rs, row) -> rs.getObject(1, LocalDate.class))
                .list()
                .get(0);
    }

    /** The state the page gives a step: DONE, CURRENT or TODO. */
    private static String state(String body, String step) {
        var matcher = Pattern.compile("<li[^>]*data-step=\"" + step + "\"[^>]*data-state=\"([A-Z]+)\"")
                .matcher(body);
        assertThat(matcher.find()).as("step " + step + " listed").isTrue();
        return matcher.group(1);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
