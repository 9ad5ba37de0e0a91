package org.sunlight.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the demo data is loaded: {@code AUTO} loads it into the embedded database on its first start only,
 * {@code ALWAYS} also into an external one (still only when it is empty), {@code NEVER} never.
 */
@ConfigurationProperties("sunlight.demo-data")
public record DemoDataProperties(@DefaultValue("AUTO") Mode mode) {

    public enum Mode {
        AUTO,
        ALWAYS,
        NEVER
    }
}
