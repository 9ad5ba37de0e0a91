package org.sunlight.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Rotates the key that signs the audit log's tree heads (issue 14): the {@code rotate-key} command ({@code java -jar
 * sunlight.jar rotate-key}, with the product's data and key directory settings) and the province administrators'
 * button on the integrity page. The old key is retired: its private key never signs again, its public key stays
 * published (at {@code /api/transparency/public-keys}) with the heads it signed, and {@code verify} and {@code monitor}
 * refuse any head it would sign afterwards. The rotation is itself logged ({@code KEY_ROTATED}, with who asked for it),
 * and that entry is signed by the new key.
 */
@Service
public class KeyRotation {

    /**
     * What a rotation did.
     *
     * @param retiredKeyId the key that signs no more
     * @param currentKeyId the key that signs from now on
     * @param treeSize the tree size of the old key's last head and the new key's first
     * @param at when the new key signed its first head (milliseconds since the epoch)
     */
    public record Rotated(String retiredKeyId, String currentKeyId, long treeSize, long at) {}

    private final Integrator integrator;
    private final AuditLog log;
    private final Clock clock;

    KeyRotation(Integrator integrator, AuditLog log, Clock clock) {
        this.integrator = integrator;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Rotates the key now.
     *
     * @param actor who asked for it (null: the command line)
     * @param address from where (null: the command line)
     */
    public Rotated rotate(String actor, String address) {
        var rotated = integrator.rotateKey();
        log.append(new LeafData(
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
        return rotated;
    }
}
