package org.sunlight.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.sunlight.platform.ColumnLength;

/** What an admin types for an enforcement body: every field the body list discloses (D4). */
class BodyForm {

    /** A landline with area code and extension, a service number such as 12320, a mobile or a 400/800 number. */
    static final String PHONE = "^((0\\d{2,3}-?)?\\d{5,8}(-\\d{1,6})?|1[3-9]\\d{9}|[48]00-?\\d{3}-?\\d{4})$";

    /** The duties are kept as {@code text}: this cap is the body list's (its import field), not a column's. */
    static final int DUTIES_MAX = 4000;

    @NotNull(groups = AdminForms.OnCreate.class, message = "{admin.body.unit.required}")
    private UUID unitId;

    @NotBlank(message = "{admin.body.name.required}")
    @ColumnLength("organization.enforcement_body.name")
    private String name;

    @NotBlank(message = "{admin.body.nature.required}")
    @ColumnLength("organization.enforcement_body.nature")
    private String nature;

    @NotBlank(message = "{admin.body.funding-source.required}")
    @ColumnLength("organization.enforcement_body.funding_source")
    private String fundingSource;

    @NotBlank(message = "{admin.body.staffing.required}")
    @ColumnLength("organization.enforcement_body.staffing")
    private String staffing;

    @NotNull(message = "{admin.body.body-type.required}")
    private BodyType bodyType;

    @NotBlank(message = "{admin.body.duties.required}")
    @Size(max = DUTIES_MAX, message = "{admin.field.too-long}")
    private String duties;

    @NotBlank(message = "{admin.body.legal-representative.required}")
    @ColumnLength("organization.enforcement_body.legal_representative")
    private String legalRepresentative;

    @NotBlank(message = "{admin.body.address.required}")
    @ColumnLength("organization.enforcement_body.address")
    private String address;

    @NotBlank(message = "{admin.body.complaint-phone.required}")
    @ColumnLength("organization.enforcement_body.complaint_phone")
    @Pattern(regexp = PHONE, message = "{admin.body.complaint-phone.format}")
    private String complaintPhone;

    static BodyForm of(EnforcementBody body) {
        var form = new BodyForm();
        form.setUnitId(body.unitId());
        form.setName(body.name());
        form.setNature(body.nature());
        form.setFundingSource(body.fundingSource());
        form.setStaffing(body.staffing());
        form.setBodyType(body.bodyType());
        form.setDuties(body.duties());
        form.setLegalRepresentative(body.legalRepresentative());
        form.setAddress(body.address());
        form.setComplaintPhone(body.complaintPhone());
        return form;
    }

    EnforcementBody toBody(UUID id, UUID unitId, boolean active) {
        return new EnforcementBody(
                id,
                unitId,
                name,
                nature,
                fundingSource,
                staffing,
                bodyType,
                duties,
                legalRepresentative,
                address,
                complaintPhone,
                active);
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNature() {
        return nature;
    }

    public void setNature(String nature) {
        this.nature = nature;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public void setFundingSource(String fundingSource) {
        this.fundingSource = fundingSource;
    }

    public String getStaffing() {
        return staffing;
    }

    public void setStaffing(String staffing) {
        this.staffing = staffing;
    }

    public BodyType getBodyType() {
        return bodyType;
    }

    public void setBodyType(BodyType bodyType) {
        this.bodyType = bodyType;
    }

    public String getDuties() {
        return duties;
    }

    public void setDuties(String duties) {
        this.duties = duties;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getComplaintPhone() {
        return complaintPhone;
    }

    public void setComplaintPhone(String complaintPhone) {
        this.complaintPhone = complaintPhone;
    }
}
