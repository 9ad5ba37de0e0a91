package org.sunlight.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Work done as of a moment in the past, on the thread that does it: while it runs, the product's clock read on that
 * thread says that moment and runs on from it, so that every act, deadline, document and audit entry the work makes is
 * dated as if it happened then. Every other thread (people's requests, schedules) keeps the real time. Used to give the
 * demo a year of history made by the product's own engine; a moment in the future is refused.
 */
public final class Backdating {

    private static final ThreadLocal<Duration> BEHIND = new ThreadLocal<>();

    private Backdating() {}

    /** Runs the work on this thread with the product's clock set back to the moment. */
    public static void run(Instant moment, Runnable work) {
        var now = Instant.now();
        if (moment.isAfter(now)) {
            throw new IllegalArgumentException("not in the past: " + moment);
        }
        var before = BEHIND.get();
        BEHIND.set(Duration.between(moment, now));
        try {
            work.run();
        } finally {
            if (before == null) {
                BEHIND.remove();
            } else {
                BEHIND.set(before);
            }
        }
    }

    /** The product's clock in the zone: the system's, set back on a thread that runs backdated work. */
    static Clock clock(ZoneId zone) {
        return new ProductClock(zone);
    }

    private static final class ProductClock extends Clock {

        private final ZoneId zone;

        ProductClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new ProductClock(other);
        }

        @Override
        public Instant instant() {
            var behind = BEHIND.get();
            var now = Instant.now();
            return behind == null ? now : now.minus(behind);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProductClock clock && clock.zone.equals(zone);
        }

        @Override
        public int hashCode() {
            return zone.hashCode() + 1;
        }

        @Override
        public String toString() {
            return "ProductClock[" + zone + "]";
        }
    }
}
