package org.sunlight.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of the audit log to carry it offline (the case files, R6): a case's entries with their
 * exact leaf bytes, a freshly signed tree head, inclusion proofs against it, and the public key that checks it.
 */
@Service
public class AuditTrail {

    /**
     * A case's entry as the tree holds it.
     *
     * @param leaf the canonical bytes hashed into the tree
     * @param leafHash SHA-256(0x00 ‖ leaf)
     */
    public record Entry(long index, String kind, String recordId, byte[] leaf, byte[] leafHash) {}

    /**
     * A signed tree head.
     *
     * @param timestampMs milliseconds since the epoch, as signed
     * @param signature Ed25519 over the 50 bytes described in docs/api.md
     */
    public record TreeHead(long treeSize, byte[] rootHash, long timestampMs, byte[] signature, String keyId) {}

    private final JdbcClient db;
    private final TreeStore tree;
    private final SigningKey key;
    private final Integrator integrator;

    AuditTrail(JdbcClient db, TreeStore tree, SigningKey key, Integrator integrator) {
        this.db = db;
        this.tree = tree;
        this.key = key;
        this.integrator = integrator;
    }

    /**
     * Integrates every committed entry and signs a head over them now (waiting for another node's integrator), so
     * that everything logged so far can be proven.
     */
    public TreeHead signNow() {
        integrator.integrate(true);
        var head = tree.latest().orElseThrow(() -> new IllegalStateException("no signed tree head"));
        return new TreeHead(head.treeSize(), head.rootHash(), head.timestampMs(), head.signature(), head.keyId());
    }

    /** The case's entries inside the tree of the given size, in leaf order. */
    public List<Entry> entriesOfCase(UUID caseId, long treeSize) {
        return db.sql(
                        """
                        select e.*, l.leaf_index from audit.entry e join audit.leaf l on l.entry_id = e.id
                        where e.case_id = ? and l.leaf_index < ? order by l.leaf_index
                        """)
                .params(caseId, treeSize)
                .query((rs, row) -> {
                    var leaf = AuditEntries.leafData(rs);
                    return new Entry(
                            rs.getLong("leaf_index"),
                            leaf.kind(),
                            leaf.record(),
                            leaf.canonical(),
                            rs.getBytes("leaf_hash"));
                })
                .list();
    }

    /** How many of the case's entries the tree of the given size does not hold yet (logged after it was signed). */
    public long unprovenOfCase(UUID caseId, long treeSize) {
        return db.sql(
                        """
                        select count(*) from audit.entry e
                        where e.case_id = ?
                        and not exists (select 1 from audit.leaf l where l.entry_id = e.id and l.leaf_index < ?)
                        """)
                .params(caseId, treeSize)
                .query(Long.class)
                .single();
    }

    /** The audit path of a leaf in the tree of the given size, leaf side first. */
    public List<byte[]> inclusion(long index, long treeSize) {
        return Merkle.inclusion(tree, index, treeSize);
    }

    /**
     * Whether the entry is proven by the signed head: its leaf hash recomputed from its bytes, its audit path from the
     * tree, the root they give equal to the head's, and the head's signature valid under the key it names, a key of the
     * product that had not been retired when it signed.
     */
    public boolean proves(Entry entry, TreeHead head) {
        if (!KeyChain.of(key.keys(), tree.handovers(), tree::newestHeadOf)
                .verifies(new TreeStore.TreeHead(
                        head.treeSize(), head.rootHash(), head.timestampMs(), head.signature(), head.keyId()))) {
            return false;
        }
        var leafHash = Merkle.leafHash(entry.leaf());
        return java.util.Arrays.equals(leafHash, entry.leafHash())
                && Merkle.verifyInclusion(
                        entry.index(),
                        head.treeSize(),
                        leafHash,
                        inclusion(entry.index(), head.treeSize()),
                        head.rootHash());
    }

    /** The current signing key, X.509 SubjectPublicKeyInfo DER. */
    public byte[] publicKeyDer() {
        return key.current().spki();
    }

    /** The current signing key, PEM. */
    public String publicKeyPem() {
        return key.current().pem();
    }

    /** The public key (PEM) of the key that signed a head: current or retired, or empty when it is none of the product's. */
    public java.util.Optional<String> publicKeyPem(String keyId) {
        return KeyChain.of(key.keys(), tree.handovers(), tree::newestHeadOf)
                .trusted(keyId)
                .map(link -> link.key().pem());
    }
}
