package org.sunlight.organization;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.sunlight.platform.ColumnLength;

/** What an admin types for an officer and their certificate; the unit is chosen only when the officer is new. */
class OfficerForm {

    @NotNull(groups = AdminForms.OnCreate.class, message = "{admin.officer.unit.required}")
    private UUID unitId;

    private UUID bodyId;

    @NotBlank(message = "{admin.officer.name.required}")
    @ColumnLength("organization.officer.name")
    private String name;

    @NotBlank(message = "{admin.officer.position.required}")
    @ColumnLength("organization.officer.position")
    private String position;

    @NotBlank(message = "{admin.officer.certificate-no.required}")
    @Pattern(regexp = "^[\\p{IsHan}A-Z0-9-]{6,30}$", message = "{admin.officer.certificate-no.format}")
    private String certificateNo;

    @NotEmpty(message = "{admin.officer.categories.required}")
    private Set<EnforcementCategory> categories = new LinkedHashSet<>();

    @NotBlank(message = "{admin.officer.region.required}")
    @ColumnLength("organization.officer.region")
    private String region;

    @NotNull(message = "{admin.officer.issued-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issuedOn;

    @NotNull(message = "{admin.officer.expires-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    @NotNull(message = "{admin.officer.annual-review-status.required}")
    private AnnualReviewStatus annualReviewStatus;

    @Min(value = 1990, message = "{admin.officer.annual-review-year.range}")
    @Max(value = 2100, message = "{admin.officer.annual-review-year.range}")
    private Integer annualReviewYear;

    private boolean revoked;

    @ColumnLength("organization.officer.revoked_reason")
    private String revokedReason;

    static OfficerForm of(Officer officer) {
        var c = officer.certificate();
        var form = new OfficerForm();
        form.setUnitId(officer.unitId());
        form.setBodyId(officer.bodyId());
        form.setName(officer.name());
        form.setPosition(officer.position());
        form.setCertificateNo(c.certificateNo());
        form.setCategories(new LinkedHashSet<>(c.categories()));
        form.setRegion(c.region());
        form.setIssuedOn(c.issuedOn());
        form.setExpiresOn(c.expiresOn());
        form.setAnnualReviewStatus(c.annualReviewStatus());
        form.setAnnualReviewYear(c.annualReviewYear());
        form.setRevoked(c.revoked());
        form.setRevokedReason(c.revokedReason());
        return form;
    }

    Certificate toCertificate() {
        return new Certificate(
                certificateNo,
                categories,
                region,
                issuedOn,
                expiresOn,
                annualReviewStatus,
                annualReviewYear,
                revoked,
                revoked ? revokedReason : null);
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public void setBodyId(UUID bodyId) {
        this.bodyId = bodyId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
    }

    public Set<EnforcementCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<EnforcementCategory> categories) {
        this.categories = categories == null ? new LinkedHashSet<>() : categories;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public AnnualReviewStatus getAnnualReviewStatus() {
        return annualReviewStatus;
    }

    public void setAnnualReviewStatus(AnnualReviewStatus annualReviewStatus) {
        this.annualReviewStatus = annualReviewStatus;
    }

    public Integer getAnnualReviewYear() {
        return annualReviewYear;
    }

    public void setAnnualReviewYear(Integer annualReviewYear) {
        this.annualReviewYear = annualReviewYear;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public void setRevoked(boolean revoked) {
        this.revoked = revoked;
    }

    public String getRevokedReason() {
        return revokedReason;
    }

    public void setRevokedReason(String revokedReason) {
        this.revokedReason = revokedReason;
    }
}
