package org.sunlight.cases;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the 询问笔录 and the 现场检查笔录 forms share (行政处罚法 第五十五条): whether the form carries a record, the place,
 * the start and end to the minute, the recording officer, and the signature or the refusal with its reason.
 */
public abstract class TranscriptForm implements Serializable {

    static final String TIME = "yyyy-MM-dd'T'HH:mm";

    protected boolean recorded;
    protected String place;

    @DateTimeFormat(pattern = TIME)
    protected LocalDateTime startedAt;

    @DateTimeFormat(pattern = TIME)
    protected LocalDateTime endedAt;

    protected UUID recorderId;
    protected Boolean signed;
    protected String refusalReason;

    public boolean isRecorded() {
        return recorded;
    }

    public void setRecorded(boolean recorded) {
        this.recorded = recorded;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(LocalDateTime startedAt) {
        this.startedAt = startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(LocalDateTime endedAt) {
        this.endedAt = endedAt;
    }

    public UUID getRecorderId() {
        return recorderId;
    }

    public void setRecorderId(UUID recorderId) {
        this.recorderId = recorderId;
    }

    public Boolean getSigned() {
        return signed;
    }

    public void setSigned(Boolean signed) {
        this.signed = signed;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }
}
