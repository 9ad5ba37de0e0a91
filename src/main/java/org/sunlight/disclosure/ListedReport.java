package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.UUID;

/** A published yearly statistics report as the portal lists it: its latest version and when it was published. */
public record ListedReport(
        UUID unitId, String unitName, int year, int version, LocalDate firstPublishedOn, LocalDate latestPublishedOn) {}
