package org.sunlight.supervision;

import java.util.UUID;

/** Publishing a warning case (A7): the unit, title, facts, analysis, lessons, and the accountability matter if any. */
public class WarningCaseForm {

    private UUID unitId;
    private String title;
    private String facts;
    private String analysis;
    private String lessons;
    private UUID accountabilityId;

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
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

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public String getLessons() {
        return lessons;
    }

    public void setLessons(String lessons) {
        this.lessons = lessons;
    }

    public UUID getAccountabilityId() {
        return accountabilityId;
    }

    public void setAccountabilityId(UUID accountabilityId) {
        this.accountabilityId = accountabilityId;
    }

    WarningCases.Draft draft() {
        return new WarningCases.Draft(unitId, title, facts, analysis, lessons, accountabilityId);
    }
}
