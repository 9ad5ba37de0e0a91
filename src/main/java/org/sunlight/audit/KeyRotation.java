package org.sunlight.audit;

import org.springframework.stereotype.Service;

/**
 * Rotates the key that signs the audit log's tree heads (issue 14): the {@code rotate-key} command ({@code java -jar
 * sunlight.jar rotate-key}, with the product's data and key directory settings). The old key is retired: its private
 * key never signs again, its public key stays published (at {@code /api/transparency/public-keys}) with the heads it
 * signed, and {@code verify} and {@code monitor} refuse any head it would sign afterwards.
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

    KeyRotation(Integrator integrator) {
        this.integrator = integrator;
    }

    public Rotated rotate() {
        return integrator.rotateKey();
    }
}
