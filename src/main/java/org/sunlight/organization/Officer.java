package org.sunlight.organization;

import java.util.UUID;

/** Certified enforcement staff (执法人员) of a unit, with their certificate. */
public record Officer(
        UUID id, UUID unitId, UUID bodyId, String name, String position, Certificate certificate, boolean active) {}
