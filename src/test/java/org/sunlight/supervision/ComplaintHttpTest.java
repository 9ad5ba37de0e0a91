package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.calendar.WorkingDays;

/**
 * Complaints about enforcement (A6) over real HTTP: filed on the portal anonymously with a number and a query code,
 * told within 5 working days whether accepted, handled to a result the public reads; refused input leaves nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Autowired
    WorkingDays workingDays;

    ComplaintSteps steps;
    LocalDate today;

    @BeforeEach
    void setUp() {
        steps = new ComplaintSteps(port, db);
        today = LocalDate.now(clock);
    }

    @Test
    void anAnonymousComplaintGetsANumberAQueryCodeAndIsDueForAcknowledgementInFiveWorkingDays() {
        var citizen = StaffClient.anonymous(port);
        var filed = steps.fileAnonymously(citizen, "执法人员检查时未出示执法证件，态度粗暴。");

        // 实施方案 三(三)3: numbered, and told within 5 working days whether accepted
        assertThat(filed.number()).matches("TS-370881-" + today.getYear() + "-\\d{4}");
        assertThat(filed.code()).matches("[A-HJ-NP-Z2-9]{8}");
        assertThat(filed.acknowledgeDue())
                .isEqualTo(workingDays.addWorkingDays(today, 5).due());
        var row = db.sql(
                        "select anonymous, complainant_name, channel, status from supervision.complaint where number = ?")
                .param(filed.number())
                .query((rs, n) ->
                        rs.getBoolean(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4))
                .single();
        assertThat(row).isEqualTo("true|null|ONLINE|RECEIVED");

        var progress = citizen.get("/portal/complaints/progress?number=" + filed.number() + "&code=" + filed.code());
        assertThat(progress.body()).contains("待告知受理情况");
        var wrongCode = citizen.get("/portal/complaints/progress?number=" + filed.number() + "&code=AAAAAAAA");
        assertThat(wrongCode.body()).contains("编号或查询码不正确").doesNotContain("待告知受理情况");

        // kept in the audit log, by the public, from the client's address
        assertThat(db.sql("select count(*) from audit.entry where kind = 'COMPLAINT_RECEIVED' and actor = 'public'"
                                + " and record_id = ? and address is not null")
                        .param(steps.idOf(filed.number()).toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void numbersRunWithoutGapsAndARefusedComplaintTakesNone() {
        var citizen = StaffClient.anonymous(port);
        var first = steps.fileAnonymously(citizen, "第一件：检查时只有一名执法人员。");
        var before = steps.complaints();

        // a wrong answer to the question, a name on an anonymous complaint: field errors, nothing written
        var wrong = steps.post(citizen, with(steps.anonymousAbout("第二件"), "challengeAnswer", "-1"), null, null);
        assertThat(wrong.body()).contains("计算结果不正确").doesNotContain("data-test=\"query-code\"");
        var named = steps.post(citizen, with(steps.anonymousAbout("第二件"), "complainantName", "张三"), null, null);
        assertThat(named.body()).contains("匿名投诉举报请勿填写姓名");
        var empty = steps.post(citizen, with(steps.anonymousAbout(""), "facts", ""), null, null);
        assertThat(empty.body()).contains("请填写投诉举报的事项");
        assertThat(steps.complaints()).isEqualTo(before);

        var second = steps.fileAnonymously(citizen, "第二件：罚款未出具决定书。");
        assertThat(sequence(second.number())).isEqualTo(sequence(first.number()) + 1);
    }

    @Test
    void theOfficerNamedOneOverItsColumnIsAFieldErrorOnThePortalAndAtItIsFiled() {
        // issue 14, item 1: the limit is the database's own, asked of it here
        var max = db.sql(
                        """
                        select character_maximum_length from information_schema.columns
                         where table_schema = 'supervision' and table_name = 'complaint' and column_name = 'officer'
                        """)
                .query(Integer.class)
                .single();
        var citizen = StaffClient.anonymous(port);
        var before = steps.complaints();

        var over =
                steps.post(citizen, with(steps.anonymousAbout("执法人员姓名很长"), "officer", "李".repeat(max + 1)), null, null);
        assertThat(over.statusCode()).isEqualTo(200);
        assertThat(over.body()).contains("不能超过 " + max + " 个字").doesNotContain("data-test=\"query-code\"");
        assertThat(steps.complaints()).isEqualTo(before);

        var filed = ComplaintSteps.filed(
                steps.post(citizen, with(steps.anonymousAbout("执法人员姓名很长"), "officer", "李".repeat(max)), null, null));
        assertThat(db.sql("select officer from supervision.complaint where number = ?")
                        .param(filed.number())
                        .query(String.class)
                        .single())
                .isEqualTo("李".repeat(max));
    }

    @Test
    void anAttachmentIsStoredByItsHashAndTooLargeOneIsRefusedWithNothingWritten() {
        var citizen = StaffClient.anonymous(port);
        var before = steps.complaints();
        var tooLarge = new byte[5 * 1024 * 1024 + 1];
        var refused = steps.post(citizen, steps.anonymousAbout("附件过大"), "photo.jpg", tooLarge);
        assertThat(refused.body()).contains("每个附件不能超过 5 MB");
        assertThat(steps.complaints()).isEqualTo(before);
        // shown as "photoexe.jpg"... a right-to-left override hides what the file is
        var disguised = steps.post(citizen, steps.anonymousAbout("附件改名"), "photo\u202egpj.exe", new byte[] {1});
        assertThat(disguised.body()).contains("显示出的名称与实际不符");
        assertThat(steps.complaints()).isEqualTo(before);

        var photo = "JPEG-bytes-of-the-scene".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var filed = ComplaintSteps.filed(steps.post(citizen, steps.anonymousAbout("附现场照片"), "现场.jpg", photo));
        var id = steps.idOf(filed.number());
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        var page = supervisor.get("/console/supervision/complaints/" + id);
        assertThat(page.body()).contains("现场.jpg");
        var attachmentId = db.sql("select id from supervision.complaint_attachment where complaint_id = ?")
                .param(id)
                .query(java.util.UUID.class)
                .single();
        var download = supervisor.download("/console/supervision/complaints/" + id + "/attachments/" + attachmentId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(photo);
        // the public never reads it
        var anonymousDownload = StaffClient.anonymous(port)
                .download("/console/supervision/complaints/" + id + "/attachments/" + attachmentId);
        assertThat(anonymousDownload.statusCode()).isNotEqualTo(200);
    }

    @Test
    void anAcceptedComplaintIsAssignedInvestigatedAndItsResultFedBackToThePublic() {
        var citizen = StaffClient.anonymous(port);
        var filed = steps.fileAnonymously(citizen, "检查中索要财物。");
        var id = steps.idOf(filed.number());
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");

        var accepted = steps.act(supervisor, id, "accept", form("note", "属于受理范围，已受理，将依法调查核实。"));
        assertThat(accepted.body()).contains("已受理并告知投诉举报人", "5 个工作日内");
        // a second acceptance decision is refused: the complaint has moved on
        var again = steps.act(supervisor, id, "not-accept", form("reason", "重复"));
        assertThat(again.body()).contains("投诉举报当前状态不能办理此项");

        steps.act(supervisor, id, "assign", form("assignee", "法制科 王某"));
        steps.act(supervisor, id, "progress", form("note", "已调取执法记录仪视频，正在询问当事执法人员。"));
        var noChoice = steps.act(supervisor, id, "conclude", form("result", "经查属实"));
        assertThat(noChoice.body()).contains("请选择是否查证属实");
        steps.act(supervisor, id, "conclude", form("result", "经查属实，已对相关人员批评教育。", "upheld", "true"));

        var progress = citizen.get("/portal/complaints/progress?number=" + filed.number() + "&code=" + filed.code());
        assertThat(progress.body()).contains("已办结", "属于受理范围，已受理", "正在询问当事执法人员", "已对相关人员批评教育");
        assertThat(db.sql("select count(*) from audit.entry where record_id = ? and kind like 'COMPLAINT_%'")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(5);
    }

    @Test
    void aComplaintNotAcceptedCarriesItsReasonsToThePublic() {
        var citizen = StaffClient.anonymous(port);
        var filed = steps.fileAnonymously(citizen, "邻居噪音扰民。");
        var id = steps.idOf(filed.number());
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        var noReason = steps.act(supervisor, id, "not-accept", form("reason", ""));
        assertThat(noReason.body()).contains("此项必须填写");
        steps.act(supervisor, id, "not-accept", form("reason", "不属于受理范围：噪音扰民请向生态环境部门反映。"));
        var progress = citizen.get("/portal/complaints/progress?number=" + filed.number() + "&code=" + filed.code());
        assertThat(progress.body()).contains("不予受理", "请向生态环境部门反映");
    }

    @Test
    void aComplaintRegisteredFromTheHotlineLongAgoTurnsRedForSupervisors() {
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        supervisor.get("/console/supervision/complaints/new");
        var receivedOn = today.minusDays(20);
        var registered = supervisor.postFormAndFollow(
                "/console/supervision/complaints",
                form(
                        "unitId", steps.unit(ComplaintSteps.QUFU).toString(),
                        "channel", "HOTLINE",
                        "receivedOn", receivedOn.toString(),
                        "complainantName", "刘某",
                        "complainantPhone", "13812345678",
                        "facts", "电话反映：现场检查未制作笔录。"));
        assertThat(registered.body()).contains("已登记", "请告知投诉举报人查询码", "已超过告知受理情况期限");
        var number = ComplaintSteps.group(
                java.util.regex.Pattern.compile("data-test=\"number\">([^<]+)<"), registered.body());
        assertThat(number).startsWith("TS-370881-" + receivedOn.getYear() + "-");

        var overdue = supervisor.get("/console/supervision/complaints?overdue=true");
        assertThat(overdue.body()).contains(number, "data-test=\"overdue\"");
        var accepted = steps.act(supervisor, steps.idOf(number), "accept", form("note", "已受理。"));
        assertThat(accepted.body()).contains("超过 5 个工作日");
        assertThat(supervisor
                        .get("/console/supervision/complaints?overdue=true")
                        .body())
                .doesNotContain(number);

        // registering from the portal's channel, or a day to come, is refused on the form
        var future = supervisor.postForm(
                "/console/supervision/complaints",
                form(
                        "unitId",
                        steps.unit(ComplaintSteps.QUFU).toString(),
                        "channel",
                        "LETTER",
                        "receivedOn",
                        today.plusDays(1).toString(),
                        "anonymous",
                        "true",
                        "facts",
                        "来信"));
        assertThat(future.body()).contains("收到日期不能晚于今天");
    }

    @Test
    void onlySupervisorsAndLeadersOpenTheComplaintsAndOnlySupervisorsAct() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(officer.get("/console/supervision/complaints").statusCode()).isEqualTo(403);
        var leader = StaffClient.loggedIn(port, "qufu-leader");
        assertThat(leader.get("/console/supervision/complaints").statusCode()).isEqualTo(200);
        var filed = steps.fileAnonymously(StaffClient.anonymous(port), "领导只读测试。");
        var id = steps.idOf(filed.number());
        var page = leader.get("/console/supervision/complaints/" + id);
        assertThat(page.body()).doesNotContain("/accept\"");
        leader.get("/console/supervision/complaints/" + id);
        var refused = leader.postForm(
                "/console/supervision/complaints/" + id + "/accept", form("version", "0", "note", "受理"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(db.sql("select status from supervision.complaint where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("RECEIVED");
        // another county's supervisor does not see it at all
        var other = StaffClient.loggedIn(port, "zoucheng-supervisor");
        assertThat(other.get("/console/supervision/complaints/" + id).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theYearlyReportCountsTheComplaintsReceived() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var unit = steps.unit(ComplaintSteps.QUFU);
        var before = received(admin, unit);
        steps.fileAnonymously(StaffClient.anonymous(port), "年报计数测试。");
        assertThat(received(admin, unit)).isEqualTo(before + 1);
        // and the city's report adds up the county's
        var city = StaffClient.loggedIn(port, "city-admin");
        assertThat(received(city, steps.unit("370800"))).isGreaterThanOrEqualTo(before + 1);
        var page = admin.get("/console/reports/" + unit + "/" + today.getYear());
        assertThat(page.body()).contains("收到投诉举报");
    }

    private long received(StaffClient client, java.util.UUID unit) throws Exception {
        var response = client.getJson("/api/reports/" + unit + "/" + today.getYear());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper()
                .readTree(response.body())
                .get("complaints")
                .get("received")
                .asLong();
    }

    private static int sequence(String number) {
        return Integer.parseInt(number.substring(number.lastIndexOf('-') + 1));
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        var copy = new java.util.LinkedHashMap<>(fields);
        copy.put(key, value);
        return copy;
    }
}
