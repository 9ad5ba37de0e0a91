package org.sunlight.organization;

import java.util.UUID;

/** A unit's certified officers and legal reviewers; reviewers should be at least 5 % of officers (L1). */
public record Staffing(UUID unitId, long officers, long reviewers) {

    /** Whether the unit has at least one reviewer for every twenty officers. */
    public boolean reviewersSufficient() {
        return reviewers * 20 >= officers;
    }
}
