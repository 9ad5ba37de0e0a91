package org.sunlight.inspection;

import java.util.UUID;

/** An officer's declaration of a conflict (回避) with a subject, known by its credit code or licence number. */
class ConflictForm {

    private UUID officerId;
    private String identifier;
    private ConflictReason reason;
    private String note;

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public String getIdentifier() {
        return identifier;
    }

    public void setIdentifier(String identifier) {
        this.identifier = identifier;
    }

    public ConflictReason getReason() {
        return reason;
    }

    public void setReason(ConflictReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
