package org.sunlight.inspection;

import java.time.Instant;
import java.util.UUID;

/** A draw was finished: the public value recorded, the seed fixed and the outcome computed, by its SHA-256. */
public record DrawFinished(
        UUID drawId,
        UUID unitId,
        String commitmentSha256,
        String publicValue,
        String seed,
        String outcomeSha256,
        int drawn,
        String finishedBy,
        Instant finishedAt) {}
