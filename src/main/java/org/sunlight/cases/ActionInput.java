package org.sunlight.cases;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What an action may carry besides itself.
 *
 * @param proposal the proposed decision, for "propose" and the on-the-spot decision
 * @param reason the written reason some actions need (an extension, a refusal)
 * @param hearingOn the day of the hearing, when a hearing is requested
 * @param days a period the officer sets (a rectification period, an extension in days)
 * @param waived the party gave up stating and defending (recorded with its statement)
 * @param receivedOn the day the party received the document served (service, the advance notice): the party's
 *     periods run from it
 * @param serviceMethod how the document was served
 * @param consented the party agreed in writing to electronic service (行政处罚法 第六十一条)
 * @param officerId the officer the act is about: the one who joins the case
 * @param companionId the second officer acting with the one who takes the action (行政处罚法 第四十二条)
 * @param refusedToSign the party refused to sign for the document delivered on the spot (行政处罚法 第五十二条): the
 *     refusal is noted on it
 * @param requestedOn the day the party asked for a hearing (行政处罚法 第六十四条第一项), when not the day recorded
 * @param returnedOn the day the seized goods were returned to the party on release (行政强制法 第二十八条第二款)
 * @param validUntil the last day of a licence's term (有效期至), granted or renewed (行政许可法 第三十九条、第五十条)
 * @param inquiry the structured 询问笔录 of an inquiry (问答, place, time, interviewee, officers, signature), or null
 * @param siteRecord the structured 现场检查笔录 of an act that issues one (place, time, officers, persons present, what
 *     was inspected and found, signature), or null
 * @param hearingPlace the place of the hearing (听证地点), which the 听证通知书 names (行政处罚法 第六十四条第二项、行政许可法
 *     第四十八条第一款第一项)
 */
public record ActionInput(
        String note,
        Proposal proposal,
        String reason,
        LocalDate hearingOn,
        Integer days,
        boolean waived,
        LocalDate receivedOn,
        ServiceMethod serviceMethod,
        boolean consented,
        UUID officerId,
        UUID companionId,
        boolean refusedToSign,
        LocalDate requestedOn,
        LocalDate returnedOn,
        LocalDate validUntil,
        InquiryRecord inquiry,
        SiteRecord siteRecord,
        String hearingPlace) {

    public ActionInput(
            String note,
            Proposal proposal,
            String reason,
            LocalDate hearingOn,
            Integer days,
            boolean waived,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            boolean consented,
            UUID officerId,
            UUID companionId,
            boolean refusedToSign,
            LocalDate requestedOn,
            LocalDate returnedOn) {
        this(
                note,
                proposal,
                reason,
                hearingOn,
                days,
                waived,
                receivedOn,
                serviceMethod,
                consented,
                officerId,
                companionId,
                refusedToSign,
                requestedOn,
                returnedOn,
                null,
                null,
                null,
                null);
    }

    public ActionInput(
            String note,
            Proposal proposal,
            String reason,
            LocalDate hearingOn,
            Integer days,
            boolean waived,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            boolean consented,
            UUID officerId,
            UUID companionId,
            boolean refusedToSign,
            LocalDate requestedOn) {
        this(
                note,
                proposal,
                reason,
                hearingOn,
                days,
                waived,
                receivedOn,
                serviceMethod,
                consented,
                officerId,
                companionId,
                refusedToSign,
                requestedOn,
                null);
    }

    public ActionInput(
            String note,
            Proposal proposal,
            String reason,
            LocalDate hearingOn,
            Integer days,
            boolean waived,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            boolean consented,
            UUID officerId,
            UUID companionId,
            boolean refusedToSign) {
        this(
                note,
                proposal,
                reason,
                hearingOn,
                days,
                waived,
                receivedOn,
                serviceMethod,
                consented,
                officerId,
                companionId,
                refusedToSign,
                null,
                null);
    }

    public ActionInput(
            String note,
            Proposal proposal,
            String reason,
            LocalDate hearingOn,
            Integer days,
            boolean waived,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            boolean consented) {
        this(
                note,
                proposal,
                reason,
                hearingOn,
                days,
                waived,
                receivedOn,
                serviceMethod,
                consented,
                null,
                null,
                false,
                null,
                null);
    }

    public ActionInput(
            String note, Proposal proposal, String reason, LocalDate hearingOn, Integer days, boolean waived) {
        this(note, proposal, reason, hearingOn, days, waived, null, null, false, null, null, false, null, null);
    }

    public static ActionInput none() {
        return new ActionInput(null, null, null, null, null, false);
    }
}
