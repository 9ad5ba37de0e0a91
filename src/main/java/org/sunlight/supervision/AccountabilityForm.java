package org.sunlight.supervision;

import java.util.UUID;

/** Opening a matter of accountability, and the acts on it: statements and the outcome. */
public class AccountabilityForm {

    private AccountabilitySource source;
    private UUID complaintId;
    private UUID caseId;
    private String title;
    private String facts;
    private String person;
    private String statement;
    private AccountabilityOutcome outcome;
    private String responsible;
    private UUID officerId;
    private String reason;
    private int version;

    public AccountabilitySource getSource() {
        return source;
    }

    public void setSource(AccountabilitySource source) {
        this.source = source;
    }

    public UUID getComplaintId() {
        return complaintId;
    }

    public void setComplaintId(UUID complaintId) {
        this.complaintId = complaintId;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public void setCaseId(UUID caseId) {
        this.caseId = caseId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public AccountabilityOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AccountabilityOutcome outcome) {
        this.outcome = outcome;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
