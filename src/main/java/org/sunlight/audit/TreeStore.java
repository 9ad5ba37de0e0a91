package org.sunlight.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The stored tree: node hashes, the integrated size, and the signed tree heads. */
@Repository
class TreeStore implements Merkle.Nodes {

    /**
     * A signed tree head as stored.
     *
     * @param successorSpki on a key's closing head, the public key it hands over to (null on every other head)
     * @param handoverSignature the signing key's signature of the handover ({@link SigningKey#handoverBytes}), with
     *     {@code successorSpki}
     */
    record TreeHead(
            long treeSize,
            byte[] rootHash,
            long timestampMs,
            byte[] signature,
            String keyId,
            byte[] successorSpki,
            byte[] handoverSignature) {

        TreeHead(long treeSize, byte[] rootHash, long timestampMs, byte[] signature, String keyId) {
            this(treeSize, rootHash, timestampMs, signature, keyId, null, null);
        }

        boolean handsOver() {
            return successorSpki != null && handoverSignature != null;
        }

        /** The head as the product publishes it (hex root, base64 signature and keys). */
        org.sunlight.platform.SignedTreeHead published() {
            var base64 = java.util.Base64.getEncoder();
            return new org.sunlight.platform.SignedTreeHead(
                    treeSize,
                    java.util.HexFormat.of().formatHex(rootHash),
                    timestampMs,
                    java.time.Instant.ofEpochMilli(timestampMs),
                    base64.encodeToString(signature),
                    keyId,
                    handsOver()
                            ? new org.sunlight.platform.SignedTreeHead.Handover(
                                    SigningKey.id(successorSpki),
                                    base64.encodeToString(successorSpki),
                                    base64.encodeToString(handoverSignature))
                            : null);
        }
    }

    private final JdbcClient db;

    TreeStore(JdbcClient db) {
        this.db = db;
    }

    @Override
    public byte[] node(int level, long index) {
        return db.sql("select hash from audit.node where level = ? and idx = ?")
                .params(level, index)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("no stored node " + level + "/" + index));
    }

    /** How many leaves the tree holds: the entries that have a leaf index. */
    long integratedSize() {
        return db.sql("select coalesce(max(leaf_index) + 1, 0) from audit.leaf")
                .query(Long.class)
                .single();
    }

    Optional<TreeHead> latest() {
        return db.sql("select * from audit.tree_head order by tree_size desc, id desc limit 1")
                .query(TreeStore::treeHead)
                .optional();
    }

    PageOf<TreeHead> heads(PageQuery page) {
        var total =
                db.sql("select count(*) from audit.tree_head").query(Long.class).single();
        var heads = db.sql("select * from audit.tree_head order by tree_size desc, id desc limit ? offset ?")
                .params(page.size(), page.offset())
                .query(TreeStore::treeHead)
                .list();
        return new PageOf<>(heads, page.number(), page.size(), total);
    }

    /** Every signed head, smallest tree first, as the verification walks them. */
    List<TreeHead> headsAscending() {
        return db.sql("select * from audit.tree_head order by tree_size, id")
                .query(TreeStore::treeHead)
                .list();
    }

    /** The first head a key signed (smallest tree, then earliest). */
    Optional<TreeHead> firstHeadSignedBy(String keyId) {
        return db.sql("select * from audit.tree_head where key_id = ? order by tree_size, id limit 1")
                .param(keyId)
                .query(TreeStore::treeHead)
                .optional();
    }

    /**
     * How far a key has signed: the largest tree and the latest time of its heads (each on its own, so that a head
     * past either is past this); empty when it signed none.
     */
    Optional<SigningKey.LastHead> newestHeadOf(String keyId) {
        return db.sql(
                        """
                        select max(tree_size) as tree_size, max(timestamp_ms) as timestamp_ms from audit.tree_head
                        where key_id = ?
                        """)
                .param(keyId)
                .query((rs, row) -> rs.getObject("tree_size") == null
                        ? null
                        : new SigningKey.LastHead(rs.getLong("tree_size"), rs.getLong("timestamp_ms")))
                .optional();
    }

    /** Every closing head that hands a key over to its successor, smallest tree first. */
    List<TreeHead> handovers() {
        return db.sql("select * from audit.tree_head where handover_signature is not null order by tree_size, id")
                .query(TreeStore::treeHead)
                .list();
    }

    /** The closing heads the key signed to hand over to a successor (one, unless forged), smallest tree first. */
    List<TreeHead> handoversBy(String keyId) {
        return db.sql(
                        """
                        select * from audit.tree_head where key_id = ? and handover_signature is not null
                        order by tree_size, id
                        """)
                .param(keyId)
                .query(TreeStore::treeHead)
                .list();
    }

    void insertHead(TreeHead head) {
        db.sql(
                        """
                        insert into audit.tree_head (tree_size, root_hash, timestamp_ms, signature, key_id,
                            successor_spki, handover_signature)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        head.treeSize(),
                        head.rootHash(),
                        head.timestampMs(),
                        head.signature(),
                        head.keyId(),
                        head.successorSpki(),
                        head.handoverSignature())
                .update();
    }

    private static TreeHead treeHead(ResultSet rs, int row) throws SQLException {
        return new TreeHead(
                rs.getLong("tree_size"),
                rs.getBytes("root_hash"),
                rs.getLong("timestamp_ms"),
                rs.getBytes("signature"),
                rs.getString("key_id"),
                rs.getBytes("successor_spki"),
                rs.getBytes("handover_signature"));
    }
}
