package org.sunlight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock for tests whose law counts days (a hearing on its day, a payment period, the periods of
 * review and suit before enforcement): the real time in the application's zone, moved forward by what the test says
 * has passed. Import it with {@code @Import(MovableClock.Configuration.class)}; move it back in {@code @AfterEach}.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private final AtomicReference<Duration> passed;

    private MovableClock(ZoneId zone, AtomicReference<Duration> passed) {
        this.zone = zone;
        this.passed = passed;
    }

    /** Days pass: every later reading of the clock is that much later. */
    public void pass(Duration time) {
        passed.updateAndGet(before -> before.plus(time));
    }

    public void passDays(long days) {
        pass(Duration.ofDays(days));
    }

    /** Back to the real time. */
    public void reset() {
        passed.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, passed);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(passed.get());
    }

    /** The clock every bean of the test's application reads. */
    @TestConfiguration
    public static class Configuration {
        @Bean
        @Primary
        MovableClock movableClock(@Qualifier("clock") Clock application) {
            return new MovableClock(application.getZone(), new AtomicReference<>(Duration.ZERO));
        }
    }
}
