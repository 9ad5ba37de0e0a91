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
 */
public record SignedTreeHead(
        long treeSize, String rootHash, long timestamp, Instant signedAt, String signature, String keyId) {}
