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
     * @param status CURRENT (signs now), RETIRED (signs no more) or UNVOUCHED (a closing head names it, with a handover
     *     signature its predecessor did not make: none of its heads verifies)
     * @param firstHead the first head it signed (null: none yet)
     * @param lastHead a retired key's last head (null for the current key, or for a retired key that signed none)
     * @param vouching FIRST (the first key), VOUCHED (its predecessor's closing head vouches for it), GRANDFATHERED (its
     *     predecessor was retired before keys vouched for their successors) or UNVOUCHED
     * @param vouchedBy the id of the key whose closing head names it (null: none)
     * @param handover a retired key's word for its successor, in its closing head (null: none)
     */
    record SigningKeyPeriod(
            String algorithm,
            String keyId,
            String spki,
            String pem,
            String status,
            HeadAt firstHead,
            HeadAt lastHead,
            java.time.Instant retiredAt,
            String vouching,
            String vouchedBy,
            Handover handover) {}

    /**
     * A retiring key's word for the key that follows it: its closing head, and its signature of that head's bytes with
     * the signature type 0x80 followed by the successor's SubjectPublicKeyInfo (docs/api.md).
     */
    record Handover(String successorKeyId, String successorSpki, SignedTreeHead closingHead, String signature) {}

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
     * last head it signed before it was retired (a head it signs after that is forged), and how it came to be trusted:
     * the closing head of the key before it vouches for it.
     */
    @GetMapping("/public-keys")
    List<SigningKeyPeriod> publicKeys() {
        var chain = KeyChain.of(key.keys(), tree.handovers(), tree::newestHeadOf);
        var periods = new java.util.ArrayList<SigningKeyPeriod>();
        for (var link : chain.links()) {
            var k = link.key();
            var last = link.lastHead();
            var closing = link.closing() != null
                    ? link.closing()
                    : tree.handoversBy(k.keyId()).stream().findFirst().orElse(null);
            periods.add(new SigningKeyPeriod(
                    "Ed25519",
                    k.keyId(),
                    Base64.getEncoder().encodeToString(k.spki()),
                    k.pem(),
                    !link.trusted() ? "UNVOUCHED" : link.retired() ? "RETIRED" : "CURRENT",
                    tree.firstHeadSignedBy(k.keyId())
                            .map(h -> new HeadAt(h.treeSize(), h.timestampMs()))
                            .orElse(null),
                    last == null || !link.retired() ? null : new HeadAt(last.treeSize(), last.timestampMs()),
                    link.retired()
                            ? java.time.Instant.ofEpochMilli(
                                    link.retiredAtMs() != null ? link.retiredAtMs() : last.timestampMs())
                            : null,
                    link.vouching().name(),
                    link.vouchedBy(),
                    closing == null
                            ? null
                            : new Handover(
                                    SigningKey.id(closing.successorSpki()),
                                    Base64.getEncoder().encodeToString(closing.successorSpki()),
                                    closing.published(),
                                    Base64.getEncoder().encodeToString(closing.handoverSignature()))));
        }
        return periods;
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
