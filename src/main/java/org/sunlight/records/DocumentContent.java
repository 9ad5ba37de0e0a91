package org.sunlight.records;

import java.util.List;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.Party;
import org.sunlight.cases.ProposalKind;

/**
 * What the document template shows, gathered at issue from the case, the unit and its officers.
 *
 * @param organ the issuing unit's name
 * @param number the 文号, or null
 * @param cause the case's title (案由)
 * @param proposal the penalty, for the kinds that state one, else null
 * @param clauses the kind's fixed paragraphs as printed: rights, payment, remedies (naming the unit's bank, organ of
 *     reconsideration and court where they are configured)
 * @param basis the substantive basis of a decision as printed (行政处罚法 第五十九条第一款第三项): the item's provisions
 *     and the discretion standard applied; empty for other documents
 * @param surcharge the 加处罚款 to the day of issue as printed, on the execution documents, or null
 * @param correction what this document corrects, or null
 * @param inquiry the structured 询问笔录 of the inquiry that issues it, or null
 * @param siteRecord the structured 现场检查笔录 of the inspecting act that issues it, or null
 */
record DocumentContent(
        DocumentKind kind,
        String title,
        String organ,
        String number,
        String cause,
        String addressee,
        List<Party> parties,
        String summary,
        List<Note> notes,
        Penalty proposal,
        List<String> clauses,
        List<Signatory> officers,
        String issuedOn,
        Correction correction,
        List<String> basis,
        String surcharge,
        PrintedInquiry inquiry,
        PrintedSiteRecord siteRecord) {

    /** The same content with its 文号 (or none). */
    DocumentContent numbered(String number) {
        return new DocumentContent(
                kind,
                title,
                organ,
                number,
                cause,
                addressee,
                parties,
                summary,
                notes,
                proposal,
                clauses,
                officers,
                issuedOn,
                correction,
                basis,
                surcharge,
                inquiry,
                siteRecord);
    }

    /**
     * The inquiry as printed (行政处罚法 第五十五条): place, time from and to, the person asked, the officers who asked and
     * recorded, the questions and answers, and the signature line or the officers' note of the refusal.
     */
    record PrintedInquiry(
            String place,
            String time,
            String intervieweeName,
            String intervieweeIdNumber,
            String intervieweeRelation,
            Signatory asker,
            Signatory recorder,
            List<org.sunlight.cases.InquiryRecord.Exchange> exchanges,
            boolean signed,
            String refusal) {}

    /**
     * The inspection as printed (行政处罚法 第五十五条): place, time from and to, the officers who inspected and recorded,
     * the persons present, what was inspected and found, and the signature line or the officers' note of the refusal.
     */
    record PrintedSiteRecord(
            String place,
            String time,
            Signatory inspector,
            Signatory recorder,
            List<org.sunlight.cases.SiteRecord.Person> present,
            String inspected,
            String findings,
            boolean signed,
            String signature) {}

    /** A note written with an act of the case. */
    record Note(String on, String action, String text) {}

    /**
     * The penalty stated or intended: its kind, the amount in yuan as printed, and the officer's words; with 从轻 or
     * 减轻 (行政处罚法 第三十二条) as printed, or null, and the ground of that or of not punishing as printed, or null.
     */
    record Penalty(ProposalKind kind, String fine, String text, String mitigation, String ground) {}

    /** An officer named on the document, with the enforcement certificate they showed. */
    record Signatory(String name, String certificateNo) {}

    /** The document corrected, the reason and the corrected text. */
    record Correction(String corrected, String correctedOn, String reason, String text) {}
}
