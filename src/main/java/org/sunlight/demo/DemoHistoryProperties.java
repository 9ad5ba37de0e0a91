package org.sunlight.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's year of history, generated in the background after the first start with demo data.
 *
 * @param enabled whether it is generated (on for the product, off in the tests: only a test that looks at it turns it on)
 * @param casesPerCounty how many cases each demo county gets
 * @param days how far back the history reaches
 */
@ConfigurationProperties("sunlight.demo-data.history")
public record DemoHistoryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("200") int casesPerCounty,
        @DefaultValue("365") int days) {}
