package org.sunlight.supervision;

/** Answering a flag: which model flagged which record, the decision and its reason. */
public class FlagAnswerForm {

    private String model;
    private String recordId;
    private FlagDecision decision;
    private String reason;

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public FlagDecision getDecision() {
        return decision;
    }

    public void setDecision(FlagDecision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
