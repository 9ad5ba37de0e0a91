package org.sunlight.disclosure;

import java.util.UUID;

/** A change pushed to the government platform: its idempotency key is the same for every delivery of it. */
interface Pushed {

    UUID messageId();
}
