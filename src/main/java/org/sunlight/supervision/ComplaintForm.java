package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The complaint form: on the portal (channel ONLINE, received today, with the challenge's answer) and in the console
 * (a channel and the day received, registered by a supervisor).
 */
public class ComplaintForm {

    private UUID unitId;
    private ComplaintChannel channel;
    private boolean anonymous;
    private String complainantName;
    private String complainantPhone;
    private String officer;
    private String caseReference;
    private String facts;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    private String challengeAnswer;

    /** Files the complainant attaches on the portal. */
    private java.util.List<org.springframework.web.multipart.MultipartFile> attachments = new java.util.ArrayList<>();

    ComplaintData online(LocalDate today) {
        return new ComplaintData(
                unitId,
                ComplaintChannel.ONLINE,
                anonymous,
                complainantName,
                complainantPhone,
                officer,
                caseReference,
                facts,
                today);
    }

    ComplaintData registered() {
        return new ComplaintData(
                unitId,
                channel,
                anonymous,
                complainantName,
                complainantPhone,
                officer,
                caseReference,
                facts,
                receivedOn);
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public void setChannel(ComplaintChannel channel) {
        this.channel = channel;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public void setComplainantName(String complainantName) {
        this.complainantName = complainantName;
    }

    public String getComplainantPhone() {
        return complainantPhone;
    }

    public void setComplainantPhone(String complainantPhone) {
        this.complainantPhone = complainantPhone;
    }

    public String getOfficer() {
        return officer;
    }

    public void setOfficer(String officer) {
        this.officer = officer;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public void setCaseReference(String caseReference) {
        this.caseReference = caseReference;
    }

    public String getFacts() {
        return facts;
    }

    public void setFacts(String facts) {
        this.facts = facts;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getChallengeAnswer() {
        return challengeAnswer;
    }

    public void setChallengeAnswer(String challengeAnswer) {
        this.challengeAnswer = challengeAnswer;
    }

    public java.util.List<org.springframework.web.multipart.MultipartFile> getAttachments() {
        return attachments;
    }

    public void setAttachments(java.util.List<org.springframework.web.multipart.MultipartFile> attachments) {
        this.attachments = attachments;
    }
}
