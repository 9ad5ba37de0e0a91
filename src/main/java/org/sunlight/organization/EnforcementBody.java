package org.sunlight.organization;

import java.util.UUID;

/** A body entitled to enforce (执法主体), with the fields the body list discloses (D4). */
public record EnforcementBody(
        UUID id,
        UUID unitId,
        String name,
        String nature,
        String fundingSource,
        String staffing,
        BodyType bodyType,
        String duties,
        String legalRepresentative,
        String address,
        String complaintPhone,
        boolean active) {}
