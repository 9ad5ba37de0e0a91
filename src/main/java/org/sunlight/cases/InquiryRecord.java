package org.sunlight.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The 询问笔录 as the officers write it during an inquiry (行政处罚法 第五十五条: officers show their certificates and
 * the person asked answers truthfully; the record is read to or by the interviewee, who signs it, or the officers note
 * the refusal): where and when, who was asked and in what relation to the case, who asked and who recorded, the
 * questions and answers in order, and the signature or the refusal with its reason.
 *
 * @param place where the inquiry was held
 * @param startedAt when it began (local time of the unit)
 * @param endedAt when it ended: after the start, not later than now
 * @param intervieweeName the person asked
 * @param intervieweeIdNumber the person's ID number, or null
 * @param intervieweeRelation the person's role or relation to the party (当事人本人, 法定代表人, 员工, 证人 …)
 * @param askerId the case officer who asked
 * @param recorderId the case officer who recorded, another than the one who asked
 * @param exchanges the questions and answers, at least one
 * @param signed the interviewee read the record and signed it; false when they refused
 * @param refusalReason why the interviewee refused to sign, as the officers noted it; only with a refusal
 */
public record InquiryRecord(
        String place,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        String intervieweeName,
        String intervieweeIdNumber,
        String intervieweeRelation,
        UUID askerId,
        UUID recorderId,
        List<Exchange> exchanges,
        Boolean signed,
        String refusalReason) {

    /** One question and its answer. */
    public record Exchange(String question, String answer) {}

    public static final int PLACE_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int ID_NUMBER_MAX = 40;
    public static final int RELATION_MAX = 100;
    public static final int QUESTION_MAX = 1000;
    public static final int ANSWER_MAX = 4000;
    public static final int EXCHANGES_MAX = 200;
    public static final int REFUSAL_MAX = 500;
}
