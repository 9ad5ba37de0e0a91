package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * The discloser adds a redaction the detector missed and undoes one it made wrongly before publishing (D11); an ID
 * number is never unmasked, and nothing can be changed after publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedactionChoiceTest {

    private LocalDate today;

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

    @Test
    void theDiscloserAddsAndUndoesRedactionsBeforePublishing() throws Exception {
        // the clinic's public telephone is masked though public; a nickname with no surname is not found (issue 15)
        var entry = decided("该诊所门诊电话0537-4412345，现场配药的人员绰号多多，陈述属实。");
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var preview = admin.get("/console/disclosures/" + entry).body();
        // each redaction shows its kind and why it was found (issue 15)
        assertThat(preview).contains("固定电话", "自然人姓名", "当事人登记信息", "号码的格式与校验位");

        var idRefused = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/redactions", form("kind", "UNDO", "text", "11010519491231002X"));
        assertThat(idRefused.body()).contains("不能撤销脱敏");

        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/redactions", form("kind", "UNDO", "text", "0537-4412345"));
        var added = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/redactions", form("kind", "ADD", "text", "多多"));
        assertThat(added.body()).contains("人工遮盖：“多多”", "撤销脱敏：“0537-4412345”", "＊＊＊");

        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "当场告知"));
        admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());

        var stored = db.sql("select title || ' ' || public_text from disclosure.published_result where entry_id = ?")
                .param(entry)
                .query(String.class)
                .single();
        assertThat(stored).contains("0537-4412345", "＊＊＊").doesNotContain("多多", "11010519491231002X", "赵某某");

        var late = admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/redactions", form("kind", "ADD", "text", "陈述"));
        assertThat(late.body()).contains("已公示");
        assertThat(db.sql("select count(*) from disclosure.redaction_choice where entry_id = ?")
                        .param(entry)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private UUID decided(String summary) throws Exception {
        return new DisclosureFixtures(port, db, clock)
                .decided(
                        "某理发店从业人员未取得健康证明" + UUID.randomUUID().toString().substring(0, 4),
                        summary,
                        DisclosureFixtures.PERSON,
                        100)
                .entry();
    }
}
