package org.sunlight.organization;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A staff member's login account. Reviewers are accounts with the REVIEWER role; the flag records legal background. */
public record UserAccount(
        UUID id,
        String username,
        String displayName,
        UUID unitId,
        Set<Role> roles,
        UUID officerId,
        boolean legalBackground,
        boolean active,
        int failedAttempts,
        Instant lockedUntil,
        Instant lastLoginAt) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
