package org.sunlight.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole product, in the zone the law's days are counted in. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${sunlight.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
