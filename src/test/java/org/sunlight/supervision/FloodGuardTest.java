package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The portal's guard against floods: so many online complaints an hour from one address, then refused. */
class FloodGuardTest {

    private final SupervisionProperties properties = new SupervisionProperties(3, 3, DataSize.ofMegabytes(5), 60);

    @Test
    void refusesTheFourthComplaintWithinTheHourFromOneAddressAndAdmitsAnotherAddress() {
        var guard = new FloodGuard(properties, clockAt(Instant.parse("2026-03-02T02:00:00Z")));
        guard.admit("203.0.113.7");
        guard.admit("203.0.113.7");
        guard.admit("203.0.113.7");
        assertThatThrownBy(() -> guard.admit("203.0.113.7"))
                .isInstanceOf(ComplaintRefusals.TooMany.class)
                .satisfies(
                        e -> assertThat(((ComplaintRefusals.TooMany) e).status().value())
                                .isEqualTo(429));
        guard.admit("198.51.100.1");
    }

    @Test
    void admitsAgainOnceTheHourHasPassed() {
        var now = new Instant[] {Instant.parse("2026-03-02T02:00:00Z")};
        var clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Asia/Shanghai");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        var guard = new FloodGuard(properties, clock);
        for (int i = 0; i < 3; i++) {
            guard.admit("203.0.113.7");
        }
        now[0] = now[0].plus(Duration.ofMinutes(59));
        assertThatThrownBy(() -> guard.admit("203.0.113.7")).isInstanceOf(ComplaintRefusals.TooMany.class);
        now[0] = now[0].plus(Duration.ofMinutes(2));
        guard.admit("203.0.113.7");
    }

    private static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneId.of("Asia/Shanghai"));
    }
}
