package org.sunlight.inspection;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** What a person types for a subject of the pool; checked by {@link SubjectData#problems}, as an import row is. */
class SubjectForm {

    private String name;
    private String creditCode;
    private String licenceNo;
    private SubjectCategory category;
    private String address;
    private String area;
    private RiskClass riskClass;
    private SubjectStatus status = SubjectStatus.OPERATING;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastInspectedOn;

    /** The version the person edited, so that a change made meanwhile is not overwritten. */
    private int version;

    static SubjectForm of(Subject subject) {
        var form = new SubjectForm();
        form.name = subject.name();
        form.creditCode = subject.creditCode();
        form.licenceNo = subject.licenceNo();
        form.category = subject.category();
        form.address = subject.address();
        form.area = subject.area();
        form.riskClass = subject.riskClass();
        form.status = subject.status();
        form.lastInspectedOn = subject.lastInspectedOn();
        form.version = subject.version();
        return form;
    }

    SubjectData data() {
        return new SubjectData(
                name, creditCode, licenceNo, category, address, area, riskClass, status, lastInspectedOn);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = licenceNo;
    }

    public SubjectCategory getCategory() {
        return category;
    }

    public void setCategory(SubjectCategory category) {
        this.category = category;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public void setRiskClass(RiskClass riskClass) {
        this.riskClass = riskClass;
    }

    public SubjectStatus getStatus() {
        return status;
    }

    public void setStatus(SubjectStatus status) {
        this.status = status;
    }

    public LocalDate getLastInspectedOn() {
        return lastInspectedOn;
    }

    public void setLastInspectedOn(LocalDate lastInspectedOn) {
        this.lastInspectedOn = lastInspectedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
