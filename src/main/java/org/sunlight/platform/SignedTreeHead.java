package org.sunlight.platform;

import java.time.Instant;

/**
 * A signed tree head of the audit log (RFC 6962 §3.5), as the product publishes it at {@code /api/transparency/sth}
 * and as it leaves the product with every push to the government platform.
 *
 * @param timestamp milliseconds since the epoch, as signed
 * @param rootHash hex
 * @param signature base64 Ed25519 signature of the 50 bytes described in docs/api.md
 * @param keyId SHA-256 (hex) of the signing key's SubjectPublicKeyInfo
 * @param handover on a key's closing head, the key it vouches for as its successor (null on every other head)
 */
public record SignedTreeHead(
        long treeSize,
        String rootHash,
        long timestamp,
        Instant signedAt,
        String signature,
        String keyId,
        Handover handover) {

    /**
     * The retiring key's word for the key that follows it.
     *
     * @param keyId the successor's id
     * @param spki the successor's SubjectPublicKeyInfo (base64 DER)
     * @param signature base64 Ed25519 signature, by the head's key, of the head's 50 signed bytes with the signature
     *     type 0x80 followed by the successor's SubjectPublicKeyInfo (docs/api.md)
     */
    public record Handover(String keyId, String spki, String signature) {}
}
