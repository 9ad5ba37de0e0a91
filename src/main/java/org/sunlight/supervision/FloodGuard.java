package org.sunlight.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * At most so many online complaints from one address within an hour (per node: a guard against floods, not a quota
 * on people, who can always call the hotline or write).
 */
@Component
class FloodGuard {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final ConcurrentHashMap<String, ArrayDeque<Instant>> recent = new ConcurrentHashMap<>();
    private final SupervisionProperties properties;
    private final Clock clock;

    FloodGuard(SupervisionProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Counts a submission from the address, or refuses it when the hour's allowance is used up. */
    void admit(String address) {
        var now = clock.instant();
        var key = address == null ? "" : address;
        var times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= properties.onlineComplaintsPerHour()) {
                throw new ComplaintRefusals.TooMany();
            }
            times.addLast(now);
        }
        if (recent.size() > 10_000) {
            recent.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    return entry.getValue().isEmpty()
                            || !entry.getValue().peekLast().isAfter(now.minus(WINDOW));
                }
            });
        }
    }
}
