package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.CaseSteps.deadline;
import static org.sunlight.CaseSteps.proposal;
import static org.sunlight.StaffClient.form;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.DaysPassingTest;
import org.sunlight.ReviewSteps;

/**
 * The licensing hearing of 行政许可法 第四十六条至第四十八条 over the API and the console, days passing on the
 * application's clock: the applicant told of the right to a hearing asks within 5 days; the hearing is set within 20
 * (working) days of the request and told 7 days before, presided by someone other than the examiner; its record is
 * signed by the participants and the decision rests on it (reviewed on the record); its time is not counted in the
 * licensing limit (第四十五条). A hearing the organ deems in the public interest is announced.
 */
class LicensingHearingHttpTest extends DaysPassingTest {

    private UUID accepted() throws Exception {
        var id = steps.open(
                officer, "LICENSING", false, steps.officerOf("qufu-officer"), steps.officerOf("qufu-officer2"));
        steps.act(officer, id, "receive", "{}");
        steps.act(officer, id, "accept", "{}");
        return id;
    }

    private LocalDate limitEnds(UUID id) throws Exception {
        return LocalDate.parse(deadline(steps.view(officer, id), "licensing-decision")
                .get("dueOn")
                .asText());
    }

    /** 行政许可法 第四十八条第一款第一项: the notice names the hearing's time and place. */
    private static final String PLACE = "曲阜市卫生健康局三楼听证室";

    private static String hearing(LocalDate hearingOn, UUID presiding) {
        return "{\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"hearingPlace\":\"%s\"}"
                .formatted(hearingOn, presiding, PLACE);
    }

    private String presidingName(UUID presiding) {
        return db.sql("select name from organization.officer where id = ?")
                .param(presiding)
                .query(String.class)
                .single();
    }

    @Test
    void theApplicantToldOfTheRightAsksInFiveDaysAndTheDecisionRestsOnTheSignedRecord() throws Exception {
        var id = accepted();
        var limit = limitEnds(id);
        var presiding = steps.notOnTheCase("qufu-officer", id);
        var examiner = steps.officerOf("qufu-officer");

        // 第四十七条: no request before the applicant was told of the right
        var untold = steps.refused(
                officer,
                id,
                "request-licensing-hearing",
                hearing(workingDays.addWorkingDays(today(), 7).due(), presiding));
        assertThat(untold.get("rule").asText()).isEqualTo("LICENSING_HEARING_REQUEST_IN_TIME");
        assertThat(untold.get("detail").asText()).contains("第四十七条");

        var told = steps.act(officer, id, "inform-licensing-hearing-right", "{\"reason\":\"申请设置的医疗机构与相邻居民存在重大利益关系\"}");
        // five days, moved to the next working day when the fifth is a rest day
        var askBy = workingDays.addCalendarDays(today(), 5).due();
        assertThat(deadline(told, "licensing-hearing-request").get("dueOn").asText())
                .isEqualTo(askBy.toString());
        assertThat(steps.document(id, "LICENSING_HEARING_RIGHTS_NOTICE"))
                .startsWith("行政许可听证告知书")
                .contains("五日内提出听证申请")
                .contains("相邻居民")
                .contains(askBy.toString());
        var twice = steps.refused(officer, id, "inform-licensing-hearing-right", "{\"reason\":\"再次告知\"}");
        assertThat(twice.get("rule").asText()).isEqualTo("LICENSING_HEARING_NOT_OPEN");

        // the applicant asks on the third day
        clock.passDays(3);
        var earliest = workingDays.addWorkingDays(today(), 7).due();
        var latest = workingDays.addWorkingDays(today(), 20).due();
        var tooSoon =
                steps.refused(officer, id, "request-licensing-hearing", hearing(earliest.minusDays(1), presiding));
        assertThat(tooSoon.get("rule").asText()).isEqualTo("LICENSING_HEARING_SCHEDULED");
        assertThat(tooSoon.get("detail").asText()).contains("七日前").contains(earliest.toString());
        var tooLate = steps.refused(officer, id, "request-licensing-hearing", hearing(latest.plusDays(1), presiding));
        assertThat(tooLate.get("rule").asText()).isEqualTo("LICENSING_HEARING_SCHEDULED");
        assertThat(tooLate.get("detail").asText()).contains("二十日内").contains(latest.toString());
        var examinerPresides = steps.refused(officer, id, "request-licensing-hearing", hearing(earliest, examiner));
        assertThat(examinerPresides.get("rule").asText()).isEqualTo("PRESIDING_NOT_INVESTIGATOR");
        assertThat(examinerPresides.get("detail").asText()).contains("审查").contains("第四十八条第一款第三项");

        var requestedOn = today();
        var requested = steps.act(officer, id, "request-licensing-hearing", hearing(earliest, presiding));
        assertThat(requested.get("stage").asText()).isEqualTo("licensing-hearing");
        assertThat(deadline(requested, "licensing-hearing-request").get("metOn").asText())
                .isEqualTo(requestedOn.toString());
        assertThat(deadline(requested, "licensing-hearing").get("dueOn").asText())
                .isEqualTo(latest.toString());
        assertThat(steps.document(id, "LICENSING_HEARING_NOTICE"))
                .startsWith("行政许可听证通知书")
                .contains("七日前")
                .contains("听证日期：" + earliest)
                .contains("听证地点：" + PLACE)
                .contains("听证主持人：" + presidingName(presiding));

        // not before its day; a record the participants did not sign is no record
        passUntil(earliest.minusDays(1));
        var early = steps.refused(officer, id, "hold-licensing-hearing", "{\"note\":\"听证记录\",\"reason\":\"执法记录仪故障\"}");
        assertThat(early.get("rule").asText()).isEqualTo("HEARING_DAY_REACHED");
        passUntil(earliest);
        var unsigned = steps.refused(
                officer,
                id,
                "hold-licensing-hearing",
                "{\"note\":\"申请人、利害关系人质证\",\"reason\":\"执法记录仪故障\",\"refusedToSign\":true}");
        assertThat(unsigned.get("rule").asText()).isEqualTo("LICENSING_HEARING_RECORD_SIGNED");
        assertThat(unsigned.get("detail").asText()).contains("签字或者盖章");
        var empty = steps.refused(officer, id, "hold-licensing-hearing", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(empty.get("rule").asText()).isEqualTo("LICENSING_HEARING_RECORD_SIGNED");

        var held = steps.act(
                officer,
                id,
                "hold-licensing-hearing",
                "{\"note\":\"审查人员陈述审查意见，申请人、相邻居民代表提出证据并质证\",\"reason\":\"执法记录仪故障\"}");
        assertThat(held.get("stage").asText()).isEqualTo("accepted");
        // 第四十五条: the working days from the request to the hearing are not counted
        var hearingDays = workingDays.workingDaysBetween(requestedOn, earliest);
        var afterHearing = workingDays.addWorkingDays(limit, hearingDays).due();
        assertThat(limitEnds(id)).isEqualTo(afterHearing);
        assertThat(steps.document(id, "LICENSING_HEARING_RECORD"))
                .startsWith("听证笔录")
                .contains("相邻居民代表提出证据并质证")
                .contains("根据本笔录作出行政许可决定")
                .contains("听证所需 " + hearingDays + " 个工作日不计入许可期限，许可期限至 " + afterHearing);

        // 第四十八条第二款: the decision rests on the record: after a hearing it is reviewed before it is made
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        var unreviewed = steps.refused(leader, id, "grant-licence", "{}");
        assertThat(unreviewed.get("rule").asText()).isEqualTo("MAJOR_DECISION_REVIEWED");
        steps.act(officer, id, "submit-for-review", "{}");
        ReviewSteps.agree(steps.staff("qufu-reviewer"), id);
        assertThat(steps.act(leader, id, "grant-licence", "{}").get("stage").asText())
                .isEqualTo("decided");
    }

    @Test
    void aRequestAfterTheFiveDaysIsRefused() throws Exception {
        var id = accepted();
        steps.act(officer, id, "inform-licensing-hearing-right", "{\"reason\":\"直接涉及申请人与他人之间重大利益关系\"}");
        var told = today();
        var askBy = workingDays.addCalendarDays(told, 5).due();
        passUntil(askBy.plusDays(1));
        var late = steps.refused(
                officer,
                id,
                "request-licensing-hearing",
                hearing(workingDays.addWorkingDays(today(), 7).due(), steps.notOnTheCase("qufu-officer", id)));
        assertThat(late.get("rule").asText()).isEqualTo("LICENSING_HEARING_REQUEST_IN_TIME");
        assertThat(late.get("detail").asText())
                .contains(told.toString())
                .contains(askBy.toString())
                .contains("已逾期");
        // the period over, the licence is decided without a hearing
        steps.act(officer, id, "propose", proposal("LICENCE_GRANT", null, false));
        assertThat(steps.act(leader, id, "grant-licence", "{}").get("stage").asText())
                .isEqualTo("decided");
    }

    @Test
    void theLeaderAnnouncesAHearingInThePublicInterest() throws Exception {
        var id = accepted();
        var presiding = steps.notOnTheCase("qufu-officer", id);
        var hearingOn = workingDays.addWorkingDays(today(), 7).due();
        // the organ announces it: its leader, not the examining officer
        steps.refused(
                officer,
                id,
                "announce-licensing-hearing",
                "{\"reason\":\"涉及公共利益\",\"hearingOn\":\"%s\",\"officerId\":\"%s\"}".formatted(hearingOn, presiding));
        var unstated = steps.refused(leader, id, "announce-licensing-hearing", hearing(hearingOn, presiding));
        assertThat(unstated.get("rule").asText()).isEqualTo("REASON_GIVEN");

        var announced = steps.act(
                leader,
                id,
                "announce-licensing-hearing",
                "{\"reason\":\"集中式供水单位卫生许可涉及公共利益\",\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"hearingPlace\":\"%s\"}"
                        .formatted(hearingOn, presiding, PLACE));
        assertThat(announced.get("stage").asText()).isEqualTo("licensing-hearing");
        assertThat(steps.document(id, "LICENSING_HEARING_ANNOUNCEMENT"))
                .startsWith("行政许可听证公告")
                .contains("向社会公告")
                .contains("涉及公共利益")
                .contains("听证日期：" + hearingOn)
                .contains("听证地点：" + PLACE);
    }

    @Test
    void theConsoleRefusesTheExaminerAsPresidingOfficerInChinese() throws Exception {
        var id = accepted();
        steps.act(officer, id, "inform-licensing-hearing-right", "{\"reason\":\"直接涉及申请人与他人之间重大利益关系\"}");
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/request-licensing-hearing",
                form(
                        "hearingOn",
                        workingDays.addWorkingDays(today(), 8).due().toString(),
                        "officerId",
                        steps.officerOf("qufu-officer").toString()));
        assertThat(page.body()).contains("不能主持听证").contains("第四十八条第一款第三项");
        assertThat(steps.stage(officer, id)).isEqualTo("accepted");
        assertThat(officer.get("/console/cases/" + id).body()).contains("听证主持人").contains("申请人、利害关系人申请听证");
    }
}
