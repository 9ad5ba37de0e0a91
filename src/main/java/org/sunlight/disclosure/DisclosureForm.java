package org.sunlight.disclosure;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step's form on an entry's page (issue 18, point 6): the party told (on, how), a redaction (kind, text), a
 * correction (text, reason), a revocation (on, reason) or an annotation (on, proceeding, changed, text). The page binds
 * each step to its own instance ({@code notice}, {@code masking}, {@code correction}, {@code revocation},
 * {@code annotation}), so that a refused step comes back as typed with the refusal under the field at fault.
 */
public class DisclosureForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;

    private String how;
    private String kind;
    private String text;
    private String reason;
    private String proceeding;
    private Boolean changed;

    static DisclosureForm on(LocalDate day) {
        var form = new DisclosureForm();
        form.setOn(day);
        return form;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getProceeding() {
        return proceeding;
    }

    public void setProceeding(String proceeding) {
        this.proceeding = proceeding;
    }

    public Boolean getChanged() {
        return changed;
    }

    public void setChanged(Boolean changed) {
        this.changed = changed;
    }
}
