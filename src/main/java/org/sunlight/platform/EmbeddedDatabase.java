package org.sunlight.platform;

/** Marker bean present when the product runs on its embedded PostgreSQL rather than an external one. */
public final class EmbeddedDatabase {
    EmbeddedDatabase() {}
}
