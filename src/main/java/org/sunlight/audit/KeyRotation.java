package org.sunlight.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Rotates the key that signs the audit log's tree heads (issue 14): the {@code rotate-key} command ({@code java -jar
 * sunlight.jar rotate-key}, with the product's data and key directory settings) and the province administrators'
 * button on the integrity page. The old key is retired: its private key never signs again, its public key stays
 * published (at {@code /api/transparency/public-keys}) with the heads it signed, and {@code verify} and {@code monitor}
 * refuse any head it would sign afterwards. The old key's last head (its closing head) vouches for the new key, so that
 * a monitor that trusted only the old key can trust the new one. The rotation is itself logged ({@code KEY_ROTATED},
 * with who asked for it, both keys and the closing head's tree size), in the same transaction as the two heads, and the
 * new key's opening head covers that entry.
 */
@Service
public class KeyRotation {

    /**
     * What a rotation did.
     *
     * @param retiredKeyId the key that signs no more
     * @param currentKeyId the key that signs from now on
     * @param treeSize the tree size of the old key's closing head (the new key's opening head also covers the entry
     *     that records the rotation)
     * @param at when the old key signed its closing head and the new key its opening head (ms since the epoch)
     */
    public record Rotated(String retiredKeyId, String currentKeyId, long treeSize, long at) {}

    private final Integrator integrator;
    private final Clock clock;

    KeyRotation(Integrator integrator, Clock clock) {
        this.integrator = integrator;
        this.clock = clock;
    }

    /**
     * Rotates the key now; or, when a rotation was committed and its key files were not yet promoted, finishes that
     * one (see {@link Integrator#rotateKey} for what each crash leaves).
     *
     * @param actor who asked for it (null: the command line)
     * @param address from where (null: the command line)
     */
    public Rotated rotate(String actor, String address) {
        // the entry is written in the rotation's own transaction, with the old key's closing head and the new key's
        // opening head, which covers it
        return integrator.rotateKey(rotated -> new LeafData(
                "KEY_ROTATED",
                clock.instant(),
                actor,
                address,
                "signing-key",
                rotated.currentKeyId(),
                null,
                null,
                "{\"retired\":\"%s\",\"current\":\"%s\",\"treeSize\":%d}"
                        .formatted(rotated.retiredKeyId(), rotated.currentKeyId(), rotated.treeSize())));
    }
}
