package org.sunlight.catalog;

import org.springframework.stereotype.Service;

/** What the portal and other modules ask of the published lists. */
@Service
public class Catalog {

    private final PublishedLists published;

    Catalog(PublishedLists published) {
        this.published = published;
    }

    /** How many entries the units have published in the list, all units together. */
    public long publishedEntries(ListKind kind) {
        return published.count(kind);
    }
}
