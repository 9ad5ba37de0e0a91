package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sunlight.CaseSteps;
import org.sunlight.DaysPassingTest;

/**
 * Hearings as 行政处罚法 第六十三条、第六十四条 hold them, over the API and the console, with days passing on the
 * application's clock: the request within 5 working days of receiving the advance notice, the 听证通知书 reaching the
 * party 7 working days before the hearing, a presiding officer who did not investigate, the hearing held on its day and
 * not before, and the end of a hearing the party does not come to; the hearing clause only where there is a right.
 */
class HearingHttpTest extends DaysPassingTest {

    /** 降低资质等级 gives a hearing right whatever the amount (第六十三条) and is not on the review list. */
    private UUID told(String kind) throws Exception {
        var id = steps.inDiscussion(officer, leader);
        steps.act(officer, id, "propose", CaseSteps.proposal(kind, null, false));
        steps.act(officer, id, "notify", "{\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + today() + "\"}");
        return id;
    }

    private String request(UUID id, LocalDate hearingOn, UUID presiding) {
        return withPlace(hearingOn, presiding, CaseSteps.HEARING_PLACE);
    }

    private static String withPlace(LocalDate hearingOn, UUID presiding, String place) {
        return "{\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"hearingPlace\":%s}"
                .formatted(hearingOn, presiding, place == null ? "null" : "\"" + place + "\"");
    }

    @Test
    void aHearingPresidedByAnOfficerWhoDidNotInvestigateIsHeldOnItsDayAndNotBefore() throws Exception {
        var id = told("DEMOTION");
        assertThat(steps.document(id, "ADVANCE_NOTICE")).contains("有权要求听证");
        var investigator = steps.officerOf("qufu-officer");
        var presiding = steps.notOnTheCase("qufu-officer", id);
        var earliest = workingDays.addWorkingDays(today(), 7).due();

        var noPresiding = steps.refused(officer, id, "request-hearing", "{\"hearingOn\":\"" + earliest + "\"}");
        assertThat(noPresiding.get("rule").asText()).isEqualTo("PRESIDING_NOT_INVESTIGATOR");
        var ownInvestigator = steps.refused(officer, id, "request-hearing", request(id, earliest, investigator));
        assertThat(ownInvestigator.get("rule").asText()).isEqualTo("PRESIDING_NOT_INVESTIGATOR");
        assertThat(ownInvestigator.get("detail").asText()).contains("调查人员").contains("第六十四条第四项");
        var tooSoon = steps.refused(officer, id, "request-hearing", request(id, earliest.minusDays(1), presiding));
        assertThat(tooSoon.get("field").asText()).isEqualTo("hearingOn");
        assertThat(tooSoon.get("detail").asText()).contains(earliest.toString());

        // 第六十四条第二项: the notice names the place; none, a blank one or one longer than kept is refused, never cut
        for (var place : new String[] {null, "  ", "听".repeat(201)}) {
            var placeless = steps.refused(officer, id, "request-hearing", withPlace(earliest, presiding, place));
            assertThat(placeless.get("field").asText()).isEqualTo("hearingPlace");
            assertThat(placeless.get("detail").asText()).contains("听证地点").contains("200");
        }
        assertThat(steps.stage(officer, id)).isEqualTo("advance-notice");

        var requested = steps.act(officer, id, "request-hearing", request(id, earliest, presiding));
        assertThat(requested.get("stage").asText()).isEqualTo("hearing-notice");
        assertThat(requested.get("hearingOn").asText()).isEqualTo(earliest.toString());
        assertThat(requested.get("hearingPlace").asText()).isEqualTo(CaseSteps.HEARING_PLACE);
        var presidingName = db.sql("select name from organization.officer where id = ?")
                .param(presiding)
                .query(String.class)
                .single();
        // 第六十四条第二项: the notice says when and who presides
        assertThat(steps.document(id, "HEARING_NOTICE"))
                .startsWith("听证通知书")
                .doesNotContain("听证告知书")
                .contains("听证日期：" + earliest)
                .contains("听证地点：" + CaseSteps.HEARING_PLACE)
                .contains("听证主持人：" + presidingName);

        // the day before the hearing it is neither held nor ended
        passUntil(earliest.minusDays(1));
        var early = steps.refused(officer, id, "hold-hearing", "{\"reason\":\"执法记录仪故障\"}");
        assertThat(early.get("rule").asText()).isEqualTo("HEARING_DAY_REACHED");
        assertThat(early.get("detail").asText()).contains(earliest.toString());
        assertThat(steps.refused(officer, id, "end-hearing", "{\"reason\":\"当事人未到场\"}")
                        .get("rule")
                        .asText())
                .isEqualTo("HEARING_DAY_REACHED");

        passUntil(earliest);
        var held = steps.act(officer, id, "hold-hearing", "{\"note\":\"当事人到场陈述申辩\",\"reason\":\"执法记录仪故障\"}");
        assertThat(held.get("stage").asText()).isEqualTo("decision-pending");
        // the hearing is held when the application's clock says, the clock of every rule, not the database's
        var heldAt = db.sql("select hearing_held_at from cases.enforcement_case where id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        assertThat(java.time.LocalDate.ofInstant(heldAt, clock.getZone())).isEqualTo(earliest);
        // the 听证笔录 names where the hearing was held as well as who presided (第六十四条第二项、第八项)
        assertThat(steps.document(id, "HEARING_RECORD"))
                .contains("听证主持人：" + presidingName)
                .contains("非本案调查人员主持")
                .contains("听证地点：" + CaseSteps.HEARING_PLACE);
    }

    @Test
    void aPartyWhoDoesNotComeGivesUpTheHearingAndTheCaseGoesOnToItsDecision() throws Exception {
        var id = told("DEMOTION");
        var hearingOn = workingDays.addWorkingDays(today(), 7).due();
        steps.act(officer, id, "request-hearing", request(id, hearingOn, steps.notOnTheCase("qufu-officer", id)));
        passUntil(hearingOn);
        assertThat(steps.refused(officer, id, "end-hearing", "{}").get("rule").asText())
                .isEqualTo("REASON_GIVEN");

        var ended = steps.act(officer, id, "end-hearing", "{\"reason\":\"当事人经通知无正当理由拒不出席听证\"}");
        assertThat(ended.get("stage").asText()).isEqualTo("decision-pending");
        assertThat(steps.document(id, "HEARING_RECORD")).contains("无正当理由拒不出席听证");
        // no hearing was held: the decision needs no review on a hearing record (第五十八条)
        assertThat(ended.get("proposalMajor").asBoolean()).isFalse();
        assertThat(steps.act(leader, id, "decide", "{}").get("stage").asText()).isEqualTo("decided");
    }

    @Test
    void theRequestWindowRunsFiveWorkingDaysFromTheDayTheNoticeWasReceived() throws Exception {
        var id = steps.inDiscussion(officer, leader);
        steps.act(officer, id, "propose", CaseSteps.proposal("DEMOTION", null, false));
        // recorded two days after the party received it by post
        var opened = today();
        clock.passDays(2);
        var received = opened;
        steps.act(officer, id, "notify", "{\"serviceMethod\":\"POST\",\"receivedOn\":\"" + received + "\"}");
        var lastDay = workingDays.addWorkingDays(received, 5).due();
        assertThat(CaseSteps.deadline(steps.view(officer, id), "statement")
                        .get("dueOn")
                        .asText())
                .isEqualTo(lastDay.toString());
        var presiding = steps.notOnTheCase("qufu-officer", id);

        passUntil(lastDay.plusDays(1));
        var late = steps.refused(
                officer,
                id,
                "request-hearing",
                request(id, workingDays.addWorkingDays(today(), 7).due(), presiding));
        assertThat(late.get("rule").asText()).isEqualTo("HEARING_REQUEST_IN_TIME");
        assertThat(late.get("detail").asText()).contains(received.toString()).contains(lastDay.toString());
        var beforeNotice = steps.refused(
                officer,
                id,
                "request-hearing",
                "{\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"requestedOn\":\"%s\",\"hearingPlace\":\"%s\"}"
                        .formatted(
                                workingDays.addWorkingDays(today(), 7).due(),
                                presiding,
                                received.minusDays(1),
                                CaseSteps.HEARING_PLACE));
        assertThat(beforeNotice.get("field").asText()).isEqualTo("requestedOn");

        // the party asked on the last day, by a letter recorded today
        var requested = steps.act(
                officer,
                id,
                "request-hearing",
                "{\"hearingOn\":\"%s\",\"officerId\":\"%s\",\"requestedOn\":\"%s\",\"hearingPlace\":\"%s\"}"
                        .formatted(
                                workingDays.addWorkingDays(today(), 7).due(),
                                presiding,
                                lastDay,
                                CaseSteps.HEARING_PLACE));
        assertThat(requested.get("stage").asText()).isEqualTo("hearing-notice");
    }

    @Test
    void noHearingClauseIsPrintedWhereThereIsNoHearingRight() throws Exception {
        // 第六十三条 does not list 限制开展生产经营活动
        var id = told("RESTRICTION");
        assertThat(steps.document(id, "ADVANCE_NOTICE")).contains("陈述和申辩").doesNotContain("要求听证");
        var refused = steps.refused(
                officer,
                id,
                "request-hearing",
                request(id, workingDays.addWorkingDays(today(), 7).due(), steps.notOnTheCase("qufu-officer", id)));
        assertThat(refused.get("rule").asText()).isEqualTo("HEARING_THRESHOLD_MET");
    }

    @Test
    void theConsoleRefusesAnInvestigatorAsPresidingOfficerInChinese() throws Exception {
        var id = told("DEMOTION");
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/request-hearing",
                form(
                        "hearingOn",
                        workingDays.addWorkingDays(today(), 8).due().toString(),
                        "officerId",
                        steps.officerOf("qufu-officer").toString()));
        assertThat(page.body()).contains("不能主持听证").contains("第六十四条第四项");
        assertThat(steps.stage(officer, id)).isEqualTo("advance-notice");
        assertThat(officer.get("/console/cases/" + id).body()).contains("听证主持人");
    }

    @Test
    void theConsoleRefusesAHearingWithoutItsPlaceAndKeepsWhatWasTyped() throws Exception {
        var id = told("DEMOTION");
        var hearingOn = workingDays.addWorkingDays(today(), 8).due().toString();
        var presiding = steps.notOnTheCase("qufu-officer", id).toString();
        var tooLong = "曲阜市卫生健康局" + "听".repeat(200);
        var page = officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/request-hearing",
                form("hearingOn", hearingOn, "officerId", presiding, "hearingPlace", tooLong));
        // refused in Chinese with the place as typed, whole, and the day kept
        assertThat(page.body())
                .contains("请填写听证地点")
                .contains("value=\"" + tooLong + "\"")
                .contains("value=\"" + hearingOn + "\"");
        assertThat(steps.stage(officer, id)).isEqualTo("advance-notice");

        officer.postFormAndFollow(
                "/console/cases/" + id + "/actions/request-hearing",
                form("hearingOn", hearingOn, "officerId", presiding, "hearingPlace", CaseSteps.HEARING_PLACE));
        assertThat(steps.stage(officer, id)).isEqualTo("hearing-notice");
        assertThat(steps.document(id, "HEARING_NOTICE")).contains("听证地点：" + CaseSteps.HEARING_PLACE);
    }
}
