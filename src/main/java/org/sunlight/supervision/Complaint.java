package org.sunlight.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint about enforcement (投诉举报, A6) as staff see it. */
record Complaint(
        UUID id,
        UUID unitId,
        String number,
        ComplaintChannel channel,
        boolean anonymous,
        String complainantName,
        String complainantPhone,
        String officer,
        String caseReference,
        String facts,
        LocalDate receivedOn,
        Instant receivedAt,
        String registeredBy,
        LocalDate acknowledgeDue,
        ComplaintStatus status,
        LocalDate acknowledgedOn,
        String acknowledgedBy,
        String notAcceptedReason,
        String assignedTo,
        LocalDate resultDue,
        String result,
        Boolean upheld,
        LocalDate concludedOn,
        UUID caseId,
        int version) {

    /** Not yet told whether it is accepted, and the 5 working days are over: red for supervisors. */
    public boolean acknowledgementOverdue(LocalDate today) {
        return status.awaitsAcknowledgement() && today.isAfter(acknowledgeDue);
    }

    /** Told, but after the 5 working days. */
    public boolean acknowledgedLate() {
        return acknowledgedOn != null && acknowledgedOn.isAfter(acknowledgeDue);
    }

    /** Accepted, not concluded, and past the day the result was due. */
    public boolean resultOverdue(LocalDate today) {
        return status.underWay() && resultDue != null && today.isAfter(resultDue);
    }

    /** One of the two deadlines missed and still open. */
    public boolean overdue(LocalDate today) {
        return acknowledgementOverdue(today) || resultOverdue(today);
    }
}
