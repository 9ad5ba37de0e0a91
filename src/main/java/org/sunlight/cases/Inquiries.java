package org.sunlight.cases;

import java.time.LocalDateTime;

/**
 * Checks a structured inquiry record before the act is taken (行政处罚法 第五十五条: 询问应当制作笔录; 第四十二条: two
 * officers): the time, place, the person asked and their relation to the case, the officers who asked and recorded, the
 * questions and answers, and the person's signature or the officers' note of the refusal. A record refused names the
 * field at fault and changes nothing.
 */
class Inquiries {

    private final TranscriptChecks checks;

    Inquiries(TranscriptChecks checks) {
        this.checks = checks;
    }

    void check(CaseState state, InquiryRecord inquiry, LocalDateTime now) {
        checks.text("inquiry.place", inquiry.place(), InquiryRecord.PLACE_MAX, true);
        checks.span("inquiry", inquiry.startedAt(), inquiry.endedAt(), now);
        checks.text("inquiry.intervieweeName", inquiry.intervieweeName(), InquiryRecord.NAME_MAX, true);
        checks.text("inquiry.intervieweeIdNumber", inquiry.intervieweeIdNumber(), InquiryRecord.ID_NUMBER_MAX, false);
        checks.text("inquiry.intervieweeRelation", inquiry.intervieweeRelation(), InquiryRecord.RELATION_MAX, true);
        checks.officers(state, "inquiry.askerId", inquiry.askerId(), "inquiry.recorderId", inquiry.recorderId());
        var exchanges = inquiry.exchanges();
        if (exchanges == null || exchanges.isEmpty()) {
            throw new CaseRefusals.InvalidField("inquiry.exchanges[0].question", "case.inquiry.no-exchange");
        }
        if (exchanges.size() > InquiryRecord.EXCHANGES_MAX) {
            throw new CaseRefusals.InvalidField(
                    "inquiry.exchanges", "case.inquiry.too-many-exchanges", InquiryRecord.EXCHANGES_MAX);
        }
        for (int i = 0; i < exchanges.size(); i++) {
            var exchange = exchanges.get(i);
            var row = "inquiry.exchanges[" + i + "]";
            checks.text(
                    row + ".question",
                    exchange == null ? null : exchange.question(),
                    InquiryRecord.QUESTION_MAX,
                    true,
                    i + 1);
            checks.text(row + ".answer", exchange.answer(), InquiryRecord.ANSWER_MAX, true, i + 1);
        }
        checks.signature("inquiry", inquiry.signed(), inquiry.refusalReason(), InquiryRecord.REFUSAL_MAX);
    }
}
