package org.sunlight.platform;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Tells each module's demo-data loader whether to load, so that every module follows one rule. */
@Component
public class DemoData {

    private final boolean enabled;

    DemoData(DemoDataProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        this.enabled = switch (properties.mode()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> embedded.getIfAvailable() != null;
        };
    }

    /** Whether demo data may be loaded into an empty database. */
    public boolean enabled() {
        return enabled;
    }
}
