package org.sunlight.cases;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;

/**
 * What the 询问笔录 and the 现场检查笔录 check alike (行政处罚法 第五十五条: 询问或者检查应当制作笔录; 第四十二条: two
 * officers): a field given and not too long, a time span that ended before now, two different officers of the case, the
 * signature or the refusal with its reason. A refusal names the field at fault as the page names its input.
 */
class TranscriptChecks {

    private final MessageSource messages;

    TranscriptChecks(MessageSource messages) {
        this.messages = messages;
    }

    void text(String field, String value, int max, boolean required, Object... row) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw refusal(field, "case.record.required", row);
            }
            return;
        }
        var stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw new CaseRefusals.InvalidField(field, "case.record.too-long", label(field, row), max);
        }
    }

    /** Began and ended, in that order, and ended by now. */
    void span(String prefix, LocalDateTime startedAt, LocalDateTime endedAt, LocalDateTime now) {
        if (startedAt == null) {
            throw refusal(prefix + ".startedAt", "case.record.required");
        }
        if (endedAt == null) {
            throw refusal(prefix + ".endedAt", "case.record.required");
        }
        if (!endedAt.isAfter(startedAt)) {
            throw refusal(prefix + ".endedAt", "case.record.end-before-start");
        }
        if (endedAt.isAfter(now)) {
            throw refusal(prefix + ".endedAt", "case.record.in-future");
        }
    }

    /** The officer who acts and the one who records: two different officers of the case (行政处罚法 第四十二条). */
    void officers(CaseState state, String actingField, UUID acting, String recorderField, UUID recorder) {
        if (acting == null || !state.officerIds().contains(acting)) {
            throw refusal(actingField, "case.record.officer-not-on-case");
        }
        if (recorder == null || !state.officerIds().contains(recorder)) {
            throw refusal(recorderField, "case.record.officer-not-on-case");
        }
        if (recorder.equals(acting)) {
            throw new CaseRefusals.InvalidField(
                    recorderField, "case.record.same-officer", label(actingField), label(recorderField));
        }
    }

    /** Signed, or refused with the reason the officers noted; a reason without a refusal is refused, not dropped. */
    void signature(String prefix, Boolean signed, String refusalReason, int max) {
        if (signed == null) {
            throw refusal(prefix + ".signed", "case.record.required");
        }
        if (signed) {
            if (refusalReason != null && !refusalReason.isBlank()) {
                throw refusal(prefix + ".refusalReason", "case.record.reason-without-refusal");
            }
        } else {
            text(prefix + ".refusalReason", refusalReason, max, true);
        }
    }

    CaseRefusals.InvalidField refusal(String field, String key, Object... row) {
        return new CaseRefusals.InvalidField(field, key, label(field, row));
    }

    /** The field as the page labels it; a row's field with the row's number. */
    String label(String field, Object... row) {
        var key = "case.input." + field.replaceAll("\\[\\d+]", "");
        return messages.getMessage(key, row, key, Locale.SIMPLIFIED_CHINESE);
    }
}
