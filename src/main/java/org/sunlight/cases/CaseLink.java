package org.sunlight.cases;

import java.util.Optional;
import java.util.UUID;

/**
 * What another module keeps about a case, named in the case's JSON ({@code GET /api/cases/{id}} and every action's
 * answer) under {@link #name()}: the disclosure module names the case's disclosure entry. Implemented by the modules
 * that depend on cases, so that cases never depends on them; an implementation only reads.
 */
public interface CaseLink {

    /** The JSON property, e.g. {@code disclosure}. */
    String name();

    /** What the module keeps for the case, written as JSON; empty when it keeps nothing. */
    Optional<Object> of(UUID caseId);
}
