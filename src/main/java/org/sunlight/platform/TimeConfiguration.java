package org.sunlight.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole product, in the zone the law's days are counted in: the system's, except on a thread that runs
 * {@link Backdating backdated} work (the demo's history).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${sunlight.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Backdating.clock(zone);
    }
}
