package org.sunlight.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A draw of a task, as the console and the portal show it; the secret only once the draw is finished. */
public record Draw(
        UUID id,
        UUID unitId,
        UUID taskId,
        String status,
        String snapshotSha256,
        String rulesSha256,
        String commitmentSha256,
        String publicValueSource,
        LocalDate publicValueDate,
        int subjects,
        int inspectors,
        String committedBy,
        OffsetDateTime committedAt,
        String secret,
        String publicValue,
        String seed,
        String outcomeSha256,
        Integer drawn,
        OffsetDateTime finishedAt) {

    public boolean finished() {
        return "FINISHED".equals(status);
    }
}
