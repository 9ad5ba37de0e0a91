package org.sunlight.cases;

import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The 询问笔录 part of the inquiry's form on the case page: the inputs are named {@code inquiry.place},
 * {@code inquiry.exchanges[0].question} …, as the refusals name the field at fault. Only a form that says it carries a
 * record ({@code inquiry.recorded}) gives one.
 */
public class InquiryForm extends TranscriptForm {

    private String intervieweeName;
    private String intervieweeIdNumber;
    private String intervieweeRelation;
    private UUID askerId;
    /** The rows by their number on the page, in order: a map, so that no number makes the binding fail. */
    private SortedMap<Integer, ExchangeRow> exchanges = new TreeMap<>();

    /** The record as typed (blank rows kept, so that the refusal names the row), or null when the form has none. */
    InquiryRecord inquiry() {
        if (!recorded) {
            return null;
        }
        return new InquiryRecord(
                place,
                startedAt,
                endedAt,
                intervieweeName,
                intervieweeIdNumber,
                intervieweeRelation,
                askerId,
                recorderId,
                exchanges.values().stream()
                        .map(row -> row == null
                                ? new InquiryRecord.Exchange(null, null)
                                : new InquiryRecord.Exchange(row.getQuestion(), row.getAnswer()))
                        .toList(),
                signed,
                refusalReason);
    }

    /** One question and its answer as typed. */
    public static class ExchangeRow implements Serializable {
        private String question;
        private String answer;

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }
    }

    public String getIntervieweeName() {
        return intervieweeName;
    }

    public void setIntervieweeName(String intervieweeName) {
        this.intervieweeName = intervieweeName;
    }

    public String getIntervieweeIdNumber() {
        return intervieweeIdNumber;
    }

    public void setIntervieweeIdNumber(String intervieweeIdNumber) {
        this.intervieweeIdNumber = intervieweeIdNumber;
    }

    public String getIntervieweeRelation() {
        return intervieweeRelation;
    }

    public void setIntervieweeRelation(String intervieweeRelation) {
        this.intervieweeRelation = intervieweeRelation;
    }

    public UUID getAskerId() {
        return askerId;
    }

    public void setAskerId(UUID askerId) {
        this.askerId = askerId;
    }

    public SortedMap<Integer, ExchangeRow> getExchanges() {
        return exchanges;
    }

    public void setExchanges(SortedMap<Integer, ExchangeRow> exchanges) {
        this.exchanges = exchanges;
    }
}
