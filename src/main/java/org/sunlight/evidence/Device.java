package org.sunlight.evidence;

import java.time.Instant;
import java.util.UUID;

/** A recording device of a unit, and the officer holding it when issued. */
public record Device(
        UUID id,
        UUID unitId,
        DeviceKind kind,
        String serialNo,
        String model,
        DeviceStatus status,
        UUID officerId,
        Instant issuedAt) {}
