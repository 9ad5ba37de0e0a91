package org.sunlight.supervision;

import java.util.Set;
import java.util.UUID;

/**
 * Which flags a supervisor lists: one model, optionally one unit they see, by answer (unanswered, acknowledged,
 * dismissed or all), first raised from and to a day (ISO dates, both included), a page from 1. Kept as typed so a bad
 * value is named rather than coerced.
 */
public class FlagFilterForm {

    /** What the form resolves to: the model, the units to show, the answer filter and the page from 0. */
    record Filter(
            DetectionModel model,
            Set<UUID> units,
            StoredFlags.AnswerFilter answer,
            java.time.LocalDate from,
            java.time.LocalDate to,
            int page) {}

    private String model;
    private String unit;
    private String answer;
    private String from;
    private String to;
    private String page;

    /** The filter, or a refusal naming the field that cannot be read. */
    Filter resolve(DetectionModels models, Set<UUID> visible) {
        var detector = models.all().stream()
                .filter(m -> m.code().equals(model))
                .findFirst()
                .orElseThrow(() -> new ComplaintRefusals.BadField("model", "supervision.flag.model.unknown"));
        Set<UUID> units = visible;
        if (unit != null && !unit.isBlank()) {
            UUID id;
            try {
                id = UUID.fromString(unit.strip());
            } catch (IllegalArgumentException e) {
                throw new ComplaintRefusals.BadField("unit", "supervision.flags.unit.unknown");
            }
            if (!visible.contains(id)) {
                throw new ComplaintRefusals.BadField("unit", "supervision.flags.unit.unknown");
            }
            units = Set.of(id);
        }
        var filter = StoredFlags.AnswerFilter.ALL;
        if (answer != null && !answer.isBlank()) {
            try {
                filter = StoredFlags.AnswerFilter.valueOf(answer.strip());
            } catch (IllegalArgumentException e) {
                throw new ComplaintRefusals.BadField("answer", "supervision.flags.answer.unknown");
            }
        }
        var since = day("from", from);
        var until = day("to", to);
        if (since != null && until != null && until.isBefore(since)) {
            throw new ComplaintRefusals.BadField("to", "supervision.flags.to.before-from");
        }
        int number = 1;
        if (page != null && !page.isBlank()) {
            try {
                number = Integer.parseInt(page.strip());
            } catch (NumberFormatException e) {
                throw new ComplaintRefusals.BadField("page", "supervision.flags.page.invalid");
            }
            if (number < 1) {
                throw new ComplaintRefusals.BadField("page", "supervision.flags.page.invalid");
            }
        }
        return new Filter(detector, units, filter, since, until, number - 1);
    }

    private static java.time.LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ComplaintRefusals.BadField(field, "supervision.flags.day.invalid");
        }
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
