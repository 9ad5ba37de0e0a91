package org.sunlight.platform;

import java.util.Optional;

/**
 * The audit log's newest signed tree head, for what carries it out of the product (the push to the government
 * platform), so that heads are kept outside the database that a rollback could take back with the log. Implemented by
 * the audit module.
 */
public interface TreeHeads {

    /** The newest signed tree head, or empty before the first is signed. */
    Optional<SignedTreeHead> latest();
}
