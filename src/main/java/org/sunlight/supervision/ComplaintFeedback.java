package org.sunlight.supervision;

import java.time.Instant;

/** What the complainant was told, and when. */
record ComplaintFeedback(Instant at, String kind, String note) {

    public String labelKey() {
        return "supervision.feedback." + kind;
    }
}
