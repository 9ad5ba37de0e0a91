package org.sunlight.inspection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of random inspection ({@code sunlight.inspection.*}).
 *
 * @param recentDays a subject inspected within this many days before the draw is left out of it
 * @param publicValueSource the public value of the draw day that, with the unit's secret, fixes the seed
 */
@ConfigurationProperties("sunlight.inspection")
record InspectionProperties(
        @DefaultValue("30") int recentDays, @DefaultValue("上证综合指数（000001.SH）当日收盘点位") String publicValueSource) {}
