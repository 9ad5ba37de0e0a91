package org.sunlight.audit;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.audit.AuditRefusals.InvalidTreeParameter;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.SignedTreeHead;

/**
 * The public face of the audit log (RFC 6962 style): signed tree heads, inclusion and consistency proofs, the public
 * keys (the current one and every retired one, with the heads each signed), and the entry index of published records.
 * Open to everyone.
 */
@RestController
@RequestMapping("/api/transparency")
class TransparencyController {

    private static final HexFormat HEX = HexFormat.of();

    private final TreeStore tree;
    private final SigningKey key;
    private final AuditEntries entries;

    TransparencyController(TreeStore tree, SigningKey key, AuditEntries entries) {
        this.tree = tree;
        this.key = key;
        this.entries = entries;
    }

    record InclusionProof(long index, long treeSize, String leafHash, List<String> auditPath) {}

    record ConsistencyProof(long first, long second, List<String> proof) {}

    record PublicKey(String algorithm, String keyId, String spki, String pem) {}

    /** A head's place: its tree size and signing time (milliseconds since the epoch). */
    record HeadAt(long treeSize, long timestamp) {}

    /**
     * A signing key and the period it signed.
     *
     * @param status CURRENT (signs now) or RETIRED (signs no more)
     * @param firstHead the first head it signed (null: none yet)
     * @param lastHead a retired key's last head (null for the current key, or for a retired key that signed none)
     */
    record SigningKeyPeriod(
            String algorithm,
            String keyId,
            String spki,
            String pem,
            String status,
            HeadAt firstHead,
            HeadAt lastHead,
            java.time.Instant retiredAt) {}

    record RecordEntries(String recordId, List<AuditEntries.PublicEntry> entries) {}

    @GetMapping("/sth")
    SignedTreeHead latest() {
        return tree.latest().map(TreeStore.TreeHead::published).orElseThrow(() -> new NotFound("tree head"));
    }

    @GetMapping("/sths")
    PageOf<SignedTreeHead> heads(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return tree.heads(PageQuery.of(page, size)).map(TreeStore.TreeHead::published);
    }

    @GetMapping("/proof/inclusion")
    InclusionProof inclusion(
            @RequestParam(required = false) String index, @RequestParam(required = false) String treeSize) {
        long size = number("treeSize", treeSize);
        long available = tree.integratedSize();
        if (size < 1 || size > available) {
            throw new InvalidTreeParameter("treeSize", "audit.refusal.tree-size", String.valueOf(available));
        }
        long leaf = number("index", index);
        if (leaf < 0 || leaf >= size) {
            throw new InvalidTreeParameter("index", "audit.refusal.index", String.valueOf(size));
        }
        return new InclusionProof(
                leaf,
                size,
                HEX.formatHex(tree.node(0, leaf)),
                Merkle.inclusion(tree, leaf, size).stream().map(HEX::formatHex).toList());
    }

    @GetMapping("/proof/consistency")
    ConsistencyProof consistency(
            @RequestParam(required = false) String first, @RequestParam(required = false) String second) {
        long n = number("second", second);
        long available = tree.integratedSize();
        if (n < 0 || n > available) {
            throw new InvalidTreeParameter("second", "audit.refusal.tree-size", String.valueOf(available));
        }
        long m = number("first", first);
        if (m < 0 || m > n) {
            throw new InvalidTreeParameter("first", "audit.refusal.first", String.valueOf(n));
        }
        return new ConsistencyProof(
                m,
                n,
                Merkle.consistency(tree, m, n).stream().map(HEX::formatHex).toList());
    }

    /** The key that signs heads now. */
    @GetMapping("/public-key")
    PublicKey publicKey() {
        var current = key.current();
        return new PublicKey(
                "Ed25519", current.keyId(), Base64.getEncoder().encodeToString(current.spki()), current.pem());
    }

    /**
     * Every key that signed heads, oldest first, with the period it signed: its first head and, for a retired key, the
     * last head it signed before it was retired (a head it signs after that is forged).
     */
    @GetMapping("/public-keys")
    List<SigningKeyPeriod> publicKeys() {
        var keys = key.keys();
        var periods = new java.util.ArrayList<SigningKeyPeriod>();
        for (var retired : keys.retired()) {
            var last = retired.lastHead();
            periods.add(period(
                    retired.key(),
                    "RETIRED",
                    last == null ? null : new HeadAt(last.treeSize(), last.timestampMs()),
                    java.time.Instant.ofEpochMilli(retired.retiredAtMs())));
        }
        periods.add(period(keys.current(), "CURRENT", null, null));
        return periods;
    }

    private SigningKeyPeriod period(SigningKey.Key k, String status, HeadAt lastHead, java.time.Instant retiredAt) {
        return new SigningKeyPeriod(
                "Ed25519",
                k.keyId(),
                Base64.getEncoder().encodeToString(k.spki()),
                k.pem(),
                status,
                tree.firstHeadSignedBy(k.keyId())
                        .map(h -> new HeadAt(h.treeSize(), h.timestampMs()))
                        .orElse(null),
                lastHead,
                retiredAt);
    }

    /** Where a published record (an issued document, a published list version) stands in the log. */
    @GetMapping("/records/{recordId}")
    RecordEntries record(@PathVariable String recordId) {
        var found = entries.publicEntries(recordId);
        if (found.isEmpty()) {
            throw new NotFound("record");
        }
        return new RecordEntries(recordId, found);
    }

    private static long number(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidTreeParameter(field, "audit.refusal.required");
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidTreeParameter(field, "audit.refusal.not-a-number");
        }
    }
}
