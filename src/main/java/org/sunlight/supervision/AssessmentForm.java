package org.sunlight.supervision;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The forms of the yearly assessment (A8), one object for each of its steps: assessing (unit, year, officer, the two
 * tests), the unit's weights, the statement of the one assessed, making it final (corrected tests, the reply), and the
 * measure a leader records for 不合格. The same names are the API's JSON fields.
 */
public class AssessmentForm {

    private UUID unitId;
    private Integer year;
    private UUID officerId;
    private BigDecimal legalTest;
    private BigDecimal normativeTest;
    private Integer continuousWeight;
    private Integer legalTestWeight;
    private Integer normativeTestWeight;
    private boolean noObjection;
    private String statement;
    private Integer version;
    private String reply;
    private AssessmentMeasure measure;
    private String note;

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public BigDecimal getLegalTest() {
        return legalTest;
    }

    public void setLegalTest(BigDecimal legalTest) {
        this.legalTest = legalTest;
    }

    public BigDecimal getNormativeTest() {
        return normativeTest;
    }

    public void setNormativeTest(BigDecimal normativeTest) {
        this.normativeTest = normativeTest;
    }

    public Integer getContinuousWeight() {
        return continuousWeight;
    }

    public void setContinuousWeight(Integer continuousWeight) {
        this.continuousWeight = continuousWeight;
    }

    public Integer getLegalTestWeight() {
        return legalTestWeight;
    }

    public void setLegalTestWeight(Integer legalTestWeight) {
        this.legalTestWeight = legalTestWeight;
    }

    public Integer getNormativeTestWeight() {
        return normativeTestWeight;
    }

    public void setNormativeTestWeight(Integer normativeTestWeight) {
        this.normativeTestWeight = normativeTestWeight;
    }

    public boolean isNoObjection() {
        return noObjection;
    }

    public void setNoObjection(boolean noObjection) {
        this.noObjection = noObjection;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public AssessmentMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(AssessmentMeasure measure) {
        this.measure = measure;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    AssessmentGrades.Entry entry() {
        return new AssessmentGrades.Entry(unitId, year, officerId, legalTest, normativeTest);
    }
}
