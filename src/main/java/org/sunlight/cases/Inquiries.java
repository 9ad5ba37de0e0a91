package org.sunlight.cases;

import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Checks a structured inquiry record before the act is taken (行政处罚法 第五十五条; 卫生行政执法文书规范: the 询问笔录 states
 * the time, place, the person asked, the officers who asked and recorded, the questions and answers, and the person's
 * signature or the officers' note of the refusal). A record refused names the field at fault and changes nothing.
 */
class Inquiries {

    private final MessageSource messages;

    Inquiries(MessageSource messages) {
        this.messages = messages;
    }

    void check(CaseState state, Inquiry inquiry, LocalDateTime now) {
        text("inquiry.place", inquiry.place(), Inquiry.PLACE_MAX, true);
        if (inquiry.startedAt() == null) {
            throw refusal("inquiry.startedAt", "case.inquiry.required");
        }
        if (inquiry.endedAt() == null) {
            throw refusal("inquiry.endedAt", "case.inquiry.required");
        }
        if (!inquiry.endedAt().isAfter(inquiry.startedAt())) {
            throw new CaseRefusals.InvalidField("inquiry.endedAt", "case.inquiry.end-before-start");
        }
        if (inquiry.endedAt().isAfter(now)) {
            throw new CaseRefusals.InvalidField("inquiry.endedAt", "case.inquiry.in-future");
        }
        text("inquiry.intervieweeName", inquiry.intervieweeName(), Inquiry.NAME_MAX, true);
        text("inquiry.intervieweeIdNumber", inquiry.intervieweeIdNumber(), Inquiry.ID_NUMBER_MAX, false);
        text("inquiry.intervieweeRelation", inquiry.intervieweeRelation(), Inquiry.RELATION_MAX, true);
        if (inquiry.askerId() == null || !state.officerIds().contains(inquiry.askerId())) {
            throw new CaseRefusals.InvalidField("inquiry.askerId", "case.inquiry.officer-not-on-case");
        }
        if (inquiry.recorderId() == null || !state.officerIds().contains(inquiry.recorderId())) {
            throw new CaseRefusals.InvalidField("inquiry.recorderId", "case.inquiry.officer-not-on-case");
        }
        if (inquiry.recorderId().equals(inquiry.askerId())) {
            throw new CaseRefusals.InvalidField("inquiry.recorderId", "case.inquiry.same-officer");
        }
        var exchanges = inquiry.exchanges();
        if (exchanges == null || exchanges.isEmpty()) {
            throw new CaseRefusals.InvalidField("inquiry.exchanges[0].question", "case.inquiry.no-exchange");
        }
        if (exchanges.size() > Inquiry.EXCHANGES_MAX) {
            throw new CaseRefusals.InvalidField(
                    "inquiry.exchanges", "case.inquiry.too-many-exchanges", Inquiry.EXCHANGES_MAX);
        }
        for (int i = 0; i < exchanges.size(); i++) {
            var exchange = exchanges.get(i);
            var row = "inquiry.exchanges[" + i + "]";
            text(row + ".question", exchange == null ? null : exchange.question(), Inquiry.QUESTION_MAX, true, i + 1);
            text(row + ".answer", exchange.answer(), Inquiry.ANSWER_MAX, true, i + 1);
        }
        if (inquiry.signed() == null) {
            throw refusal("inquiry.signed", "case.inquiry.required");
        }
        if (inquiry.signed()) {
            if (inquiry.refusalReason() != null && !inquiry.refusalReason().isBlank()) {
                throw new CaseRefusals.InvalidField("inquiry.refusalReason", "case.inquiry.reason-without-refusal");
            }
        } else {
            // the officers note the refusal on the record (行政处罚法 第五十五条)
            text("inquiry.refusalReason", inquiry.refusalReason(), Inquiry.REFUSAL_MAX, true);
        }
    }

    private void text(String field, String value, int max, boolean required, Object... row) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw refusal(field, "case.inquiry.required", row);
            }
            return;
        }
        if (value.strip().codePointCount(0, value.strip().length()) > max) {
            throw new CaseRefusals.InvalidField(field, "case.inquiry.too-long", label(field, row), max);
        }
    }

    private CaseRefusals.InvalidField refusal(String field, String key, Object... row) {
        return new CaseRefusals.InvalidField(field, key, label(field, row));
    }

    /** The field as the page labels it; a question or answer with its row's number. */
    private String label(String field, Object... row) {
        var key = "case.input." + field.replaceAll("\\[\\d+]", "");
        return messages.getMessage(key, row, key, Locale.SIMPLIFIED_CHINESE);
    }
}
