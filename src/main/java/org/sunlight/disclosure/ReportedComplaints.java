package org.sunlight.disclosure;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What the yearly report asks of the module that keeps complaints about enforcement: implemented there, so that the
 * report counts complaints without depending on it.
 */
public interface ReportedComplaints {

    /** The complaints received by the units between the two days, both included. */
    ComplaintFigures figures(Set<UUID> units, LocalDate from, LocalDate to);
}
