package org.sunlight.audit;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.sunlight.platform.Verification;

/**
 * The verification as the administrators' page runs it: in the background, one run at a time, with its progress
 * readable while it runs and its report kept until the next run.
 */
@Component
class IntegrityRuns {

    private static final Logger log = LoggerFactory.getLogger(IntegrityRuns.class);

    /** What the page shows: whether a run is going, where it is, and the last report. */
    record State(
            boolean running,
            String startedBy,
            Instant startedAt,
            String check,
            long checked,
            Verification.Report report,
            String failure) {}

    private final Verification verification;
    private final Clock clock;
    private volatile State state = new State(false, null, null, null, 0, null, null);

    IntegrityRuns(Verification verification, Clock clock) {
        this.verification = verification;
        this.clock = clock;
    }

    State state() {
        return state;
    }

    /** Starts a run unless one is going; answers whether this call started it. */
    synchronized boolean start(String by) {
        if (state.running()) {
            return false;
        }
        var started = clock.instant();
        state = new State(true, by, started, null, 0, null, null);
        var thread = new Thread(
                () -> {
                    try {
                        var report = verification.run(
                                (check, checked) -> state = new State(true, by, started, check, checked, null, null));
                        state = new State(false, by, started, null, 0, report, null);
                    } catch (RuntimeException e) {
                        log.error("Integrity verification failed", e);
                        state = new State(
                                false, by, started, null, 0, null, e.getClass().getSimpleName());
                    }
                },
                "integrity-verification");
        thread.setDaemon(true);
        thread.start();
        return true;
    }
}
