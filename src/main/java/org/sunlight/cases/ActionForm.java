package org.sunlight.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * One action's form on the case page. On a refusal the page shows it again as typed, with the refusal beside the field
 * at fault (issue 18, point 2): a refused proposal keeps its kind, amount, text, item and circumstance.
 */
public class ActionForm {

    /** The fields, as the page names its inputs. */
    static final List<String> FIELDS = List.of(
            "note",
            "proposalKind",
            "proposalFine",
            "proposalText",
            "proposalMajor",
            "itemCode",
            "circumstance",
            "outOfRangeReason",
            "mitigation",
            "ground",
            "listDepartureReason",
            "reason",
            "hearingOn",
            "hearingPlace",
            "days",
            "waived",
            "receivedOn",
            "serviceMethod",
            "consented",
            "officerId",
            "companionId",
            "refusedToSign",
            "requestedOn",
            "returnedOn",
            "validUntil",
            "inquiry.place",
            "inquiry.startedAt",
            "inquiry.endedAt",
            "inquiry.intervieweeName",
            "inquiry.intervieweeIdNumber",
            "inquiry.intervieweeRelation",
            "inquiry.askerId",
            "inquiry.recorderId",
            "inquiry.signed",
            "inquiry.refusalReason",
            "siteRecord.place",
            "siteRecord.startedAt",
            "siteRecord.endedAt",
            "siteRecord.inspectorId",
            "siteRecord.recorderId",
            "siteRecord.inspected",
            "siteRecord.findings",
            "siteRecord.signed",
            "siteRecord.refusalReason");

    private String note;
    private ProposalKind proposalKind;
    private BigDecimal proposalFine;
    private String proposalText;
    private boolean proposalMajor;
    private String itemCode;
    private String circumstance;
    private String outOfRangeReason;
    private Mitigation mitigation;
    private LegalGround ground;
    private String listDepartureReason;
    private String reason;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate hearingOn;

    private String hearingPlace;

    private Integer days;
    private boolean waived;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private ServiceMethod serviceMethod;
    private boolean consented;
    private UUID officerId;
    private UUID companionId;
    private boolean refusedToSign;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate requestedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate returnedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;

    private InquiryForm inquiry = new InquiryForm();
    private SiteRecordForm siteRecord = new SiteRecordForm();

    ActionInput input() {
        var proposal = proposalKind == null
                ? null
                : new Proposal(
                        proposalKind,
                        proposalFine,
                        proposalText,
                        proposalMajor,
                        blankToNull(itemCode),
                        blankToNull(circumstance),
                        outOfRangeReason,
                        mitigation,
                        ground,
                        listDepartureReason);
        return new ActionInput(
                note,
                proposal,
                reason,
                hearingOn,
                days,
                waived,
                receivedOn,
                serviceMethod,
                consented,
                officerId,
                companionId,
                refusedToSign,
                requestedOn,
                returnedOn,
                validUntil,
                inquiry.inquiry(),
                siteRecord.siteRecord(),
                hearingPlace);
    }

    public SiteRecordForm getSiteRecord() {
        return siteRecord;
    }

    public void setSiteRecord(SiteRecordForm siteRecord) {
        this.siteRecord = siteRecord;
    }

    public InquiryForm getInquiry() {
        return inquiry;
    }

    public void setInquiry(InquiryForm inquiry) {
        this.inquiry = inquiry;
    }

    /** What was typed into each field, exactly (a malformed amount as written), to fill the form again. */
    static Map<String, String> typed(BindingResult binding) {
        var typed = new LinkedHashMap<String, String>();
        for (var field : FIELDS) {
            var value = binding.getFieldValue(field);
            if (value != null && !value.toString().isEmpty()) {
                typed.put(field, value.toString());
            }
        }
        return typed;
    }

    /** The input a refusal's field names ({@code proposal.fine} is the input {@code proposalFine}). */
    static String inputOf(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "proposal.kind" -> "proposalKind";
            case "proposal.fine" -> "proposalFine";
            case "proposal.text" -> "proposalText";
            case "proposal.itemCode" -> "itemCode";
            case "proposal.circumstance" -> "circumstance";
            case "proposal.outOfRangeReason" -> "outOfRangeReason";
            case "proposal.listDepartureReason" -> "listDepartureReason";
            default -> field;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ProposalKind getProposalKind() {
        return proposalKind;
    }

    public void setProposalKind(ProposalKind proposalKind) {
        this.proposalKind = proposalKind;
    }

    public BigDecimal getProposalFine() {
        return proposalFine;
    }

    public void setProposalFine(BigDecimal proposalFine) {
        this.proposalFine = proposalFine;
    }

    public String getProposalText() {
        return proposalText;
    }

    public void setProposalText(String proposalText) {
        this.proposalText = proposalText;
    }

    public boolean isProposalMajor() {
        return proposalMajor;
    }

    public void setProposalMajor(boolean proposalMajor) {
        this.proposalMajor = proposalMajor;
    }

    public String getItemCode() {
        return itemCode;
    }

    public void setItemCode(String itemCode) {
        this.itemCode = itemCode;
    }

    public String getCircumstance() {
        return circumstance;
    }

    public void setCircumstance(String circumstance) {
        this.circumstance = circumstance;
    }

    public String getOutOfRangeReason() {
        return outOfRangeReason;
    }

    public void setOutOfRangeReason(String outOfRangeReason) {
        this.outOfRangeReason = outOfRangeReason;
    }

    public Mitigation getMitigation() {
        return mitigation;
    }

    public void setMitigation(Mitigation mitigation) {
        this.mitigation = mitigation;
    }

    public String getListDepartureReason() {
        return listDepartureReason;
    }

    public void setListDepartureReason(String listDepartureReason) {
        this.listDepartureReason = listDepartureReason;
    }

    public LegalGround getGround() {
        return ground;
    }

    public void setGround(LegalGround ground) {
        this.ground = ground;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getHearingOn() {
        return hearingOn;
    }

    public void setHearingOn(LocalDate hearingOn) {
        this.hearingOn = hearingOn;
    }

    public String getHearingPlace() {
        return hearingPlace;
    }

    public void setHearingPlace(String hearingPlace) {
        this.hearingPlace = hearingPlace;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public boolean isWaived() {
        return waived;
    }

    public void setWaived(boolean waived) {
        this.waived = waived;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public ServiceMethod getServiceMethod() {
        return serviceMethod;
    }

    public void setServiceMethod(ServiceMethod serviceMethod) {
        this.serviceMethod = serviceMethod;
    }

    public boolean isConsented() {
        return consented;
    }

    public void setConsented(boolean consented) {
        this.consented = consented;
    }

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public UUID getCompanionId() {
        return companionId;
    }

    public void setCompanionId(UUID companionId) {
        this.companionId = companionId;
    }

    public boolean isRefusedToSign() {
        return refusedToSign;
    }

    public void setRefusedToSign(boolean refusedToSign) {
        this.refusedToSign = refusedToSign;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public void setReturnedOn(LocalDate returnedOn) {
        this.returnedOn = returnedOn;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
