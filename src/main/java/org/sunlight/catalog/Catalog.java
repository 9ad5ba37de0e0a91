package org.sunlight.catalog;

import java.util.UUID;
import org.springframework.stereotype.Service;

/** What the portal and other modules ask of the published lists. */
@Service
public class Catalog {

    private final PublishedLists published;

    Catalog(PublishedLists published) {
        this.published = published;
    }

    /**
     * The band of the discretion standard for the item and circumstance, as published by the unit or, failing that,
     * by the nearest unit above it (standards are often set by the city or province).
     */
    public java.util.Optional<DiscretionBand> discretionBand(UUID unitId, String itemCode, String circumstance) {
        return published.discretionBand(unitId, itemCode, circumstance);
    }

    /** How many entries the units have published in the list, all units together. */
    public long publishedEntries(ListKind kind) {
        return published.count(kind);
    }
}
