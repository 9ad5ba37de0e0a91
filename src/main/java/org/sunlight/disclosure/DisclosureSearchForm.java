package org.sunlight.disclosure;

import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The console's filters on the disclosure entries (issue 18, point 6): status, due within so many days, overdue, unit
 * and words of the case's title.
 */
public class DisclosureSearchForm {

    /** How far ahead "due within" looks at most, as the case search does. */
    static final int MAX_DUE_WITHIN_DAYS = 366;

    static final int MAX_TEXT = 100;

    private String status;
    private Integer dueWithinDays;
    private boolean overdue;
    private UUID unitId;
    private String text;

    /** The filters as query parameters, for the pager's links: the same filters, another page. */
    String query(String path) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "status", status);
        add(uri, "dueWithinDays", dueWithinDays);
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        add(uri, "unitId", unitId);
        add(uri, "text", text);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString());
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Integer getDueWithinDays() {
        return dueWithinDays;
    }

    public void setDueWithinDays(Integer dueWithinDays) {
        this.dueWithinDays = dueWithinDays;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
