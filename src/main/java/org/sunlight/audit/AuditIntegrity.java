package org.sunlight.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.IntegrityProblem.Kind;

/**
 * Verifies the audit log from its rows alone: re-hashes every entry's canonical bytes in leaf order, checks each
 * against the leaf hash it was stored with and the leaf the tree holds at its index, checks that the indices run
 * without a gap, recomputes the root at the size of every signed tree head and checks it and the head's signature
 * under the key the head names (a key of the product, current or retired, and not a retired key after its last head),
 * that each retired key's closing head vouches for its successor with a signature the retired key made ({@link KeyChain};
 * keys retired before there was vouching are grandfathered),
 * and recomputes every stored node above the leaves from its two children.
 */
@Component
class AuditIntegrity implements IntegrityCheck {

    private static final HexFormat HEX = HexFormat.of();

    /** Problems beyond this many are counted but not looked into further (where else a moved leaf went). */
    private static final int LOOKED_INTO = 100;

    private final JdbcTemplate streaming;
    private final SealKey seals;
    private final JdbcClient db;
    private final TreeStore tree;
    private final SigningKey key;
    private final TransactionTemplate transactions;
    private final MessageSource messages;

    AuditIntegrity(
            DataSource dataSource,
            JdbcClient db,
            TreeStore tree,
            SigningKey key,
            SealKey seals,
            TransactionTemplate transactions,
            MessageSource messages) {
        this.seals = seals;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(10_000);
        this.db = db;
        this.tree = tree;
        this.key = key;
        this.transactions = transactions;
        this.messages = messages;
    }

    @Override
    public String name() {
        return text("audit.integrity.name");
    }

    @Override
    public long run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        var heads = tree.headsAscending();
        var chain = KeyChain.of(key.keys(), tree.handovers(), tree::newestHeadOf);
        for (var broken : chain.problems()) {
            problems.accept(
                    broken.signedPast()
                            ? problem(
                                    text("audit.integrity.head", String.valueOf(broken.treeSize())),
                                    Kind.UNEXPECTED,
                                    text("audit.integrity.handover-signed-past", broken.keyId(), broken.successorId()))
                            : broken.treeSize() != null
                                    ? problem(
                                            text("audit.integrity.head", String.valueOf(broken.treeSize())),
                                            Kind.UNEXPECTED,
                                            text(
                                                    "audit.integrity.handover-forged",
                                                    broken.keyId(),
                                                    broken.successorId()))
                                    : problem(
                                            text("audit.integrity.key", broken.keyId()),
                                            Kind.MISSING,
                                            text(
                                                    "audit.integrity.handover-missing",
                                                    broken.keyId(),
                                                    broken.successorId())));
        }
        var walk = new Walk(problems, progress, heads, chain);
        transactions.execute(status -> {
            streaming.query(
                    """
                    select l.leaf_index, e.id, e.kind, e.at, e.actor, e.address, e.subject, e.record_id, e.case_id,
                        e.unit_id, e.detail, e.leaf_hash, e.seal, n.hash as tree_hash
                    from audit.leaf l left join audit.entry e on e.id = l.entry_id
                    left join audit.node n on n.level = 0 and n.idx = l.leaf_index
                    order by l.leaf_index
                    """,
                    rs -> {
                        long index = rs.getLong("leaf_index");
                        if (rs.getObject("id") == null) {
                            // the leaf names an entry that is gone: deleted
                            walk.deleted(index);
                            return;
                        }
                        walk.entry(
                                index,
                                AuditEntries.leafData(rs).leafHash(),
                                rs.getBytes("leaf_hash"),
                                rs.getBytes("tree_hash"));
                        if (!seals.sealed(rs.getBytes("leaf_hash"), rs.getBytes("seal"))) {
                            problems.accept(problem(item(index), Kind.UNEXPECTED, text("audit.integrity.unsealed")));
                        }
                    });
            return null;
        });
        walk.end();
        innerNodes(problems);
        long waiting = unsequenced(problems);
        progress.accept(walk.checked + waiting);
        return walk.checked + waiting;
    }

    /**
     * Every stored node above the leaves, recomputed from its two children: the inclusion and consistency proofs the
     * server hands out are read from these rows, so a changed one would make the server prove against its own signed
     * heads falsely while the leaves and roots still verify (issue 14, item 6).
     */
    private void innerNodes(Consumer<IntegrityProblem> problems) {
        transactions.execute(status -> {
            streaming.query(
                    """
                    select p.level, p.idx, p.hash, l.hash as left_hash, r.hash as right_hash
                    from audit.node p
                    left join audit.node l on l.level = p.level - 1 and l.idx = 2 * p.idx
                    left join audit.node r on r.level = p.level - 1 and r.idx = 2 * p.idx + 1
                    where p.level >= 1 order by p.level, p.idx
                    """,
                    rs -> {
                        var left = rs.getBytes("left_hash");
                        var right = rs.getBytes("right_hash");
                        var item = text(
                                "audit.integrity.node",
                                String.valueOf(rs.getInt("level")),
                                String.valueOf(rs.getLong("idx")));
                        if (left == null || right == null) {
                            problems.accept(problem(item, Kind.UNEXPECTED, text("audit.integrity.node.orphan")));
                        } else if (!Arrays.equals(Merkle.nodeHash(left, right), rs.getBytes("hash"))) {
                            problems.accept(problem(item, Kind.CHANGED, text("audit.integrity.node.changed")));
                        }
                    });
            return null;
        });
    }

    /** The entries the integrator has not reached yet: their content must still match their leaf hash. */
    private long unsequenced(Consumer<IntegrityProblem> problems) {
        long[] count = {0};
        db.sql(
                        """
                        select id, kind, at, actor, address, subject, record_id, case_id, unit_id, detail, leaf_hash,
                            seal
                        from audit.entry e where not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                        order by id
                        """)
                .query(rs -> {
                    count[0]++;
                    if (!Arrays.equals(AuditEntries.leafData(rs).leafHash(), rs.getBytes("leaf_hash"))) {
                        problems.accept(problem(
                                text("audit.integrity.pending", String.valueOf(rs.getLong("id"))),
                                Kind.CHANGED,
                                text("audit.integrity.changed")));
                    }
                    if (!seals.sealed(rs.getBytes("leaf_hash"), rs.getBytes("seal"))) {
                        problems.accept(problem(
                                text("audit.integrity.pending", String.valueOf(rs.getLong("id"))),
                                Kind.UNEXPECTED,
                                text("audit.integrity.unsealed")));
                    }
                });
        return count[0];
    }

    private final class Walk {
        final Consumer<IntegrityProblem> problems;
        final LongConsumer progress;
        final java.util.List<TreeStore.TreeHead> heads;
        final KeyChain keys;
        final Merkle.Frontier frontier = new Merkle.Frontier();
        int head;
        long expected;
        long checked;
        long lookedInto;
        boolean broken;

        Walk(
                Consumer<IntegrityProblem> problems,
                LongConsumer progress,
                java.util.List<TreeStore.TreeHead> heads,
                KeyChain keys) {
            this.keys = keys;
            this.problems = problems;
            this.progress = progress;
            this.heads = heads;
            checkHeadsAt(0);
        }

        void entry(long index, byte[] recomputed, byte[] stored, byte[] inTree) {
            if (index != expected) {
                missing(expected, index);
                broken = true;
            }
            expected = index + 1;
            checked++;
            if (!Arrays.equals(recomputed, stored)) {
                problems.accept(problem(item(index), Kind.CHANGED, text("audit.integrity.changed")));
            } else if (inTree == null) {
                problems.accept(problem(item(index), Kind.UNEXPECTED, text("audit.integrity.not-in-tree")));
            } else if (!Arrays.equals(recomputed, inTree)) {
                var elsewhere = lookedInto++ < LOOKED_INTO ? placeInTree(recomputed) : null;
                problems.accept(
                        elsewhere != null
                                ? problem(
                                        item(index),
                                        Kind.OUT_OF_ORDER,
                                        text("audit.integrity.moved", String.valueOf(elsewhere)))
                                : problem(item(index), Kind.CHANGED, text("audit.integrity.tree-differs")));
            }
            if (!broken) {
                frontier.add(recomputed);
                checkHeadsAt(frontier.size());
            }
            if (checked % 10_000 == 0) {
                progress.accept(checked);
            }
        }

        /** A leaf whose entry is gone: the entry is missing at its index, and the tree cannot be recomputed past it. */
        void deleted(long index) {
            if (index != expected) {
                missing(expected, index);
            }
            missing(index, index + 1);
            expected = index + 1;
            broken = true;
        }

        void end() {
            long signed = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).treeSize();
            if (expected < signed) {
                missing(expected, signed);
            }
            for (; head < heads.size(); head++) {
                var h = heads.get(head);
                problems.accept(problem(
                        text("audit.integrity.head", String.valueOf(h.treeSize())),
                        Kind.MISSING,
                        text("audit.integrity.head-unreproducible", String.valueOf(h.treeSize()))));
            }
        }

        private void checkHeadsAt(long size) {
            while (head < heads.size() && heads.get(head).treeSize() <= size) {
                var h = heads.get(head++);
                if (h.treeSize() < size) {
                    continue;
                }
                if (!Arrays.equals(frontier.root(), h.rootHash())) {
                    problems.accept(problem(
                            text("audit.integrity.head", String.valueOf(h.treeSize())),
                            Kind.CHANGED,
                            text(
                                    "audit.integrity.root-differs",
                                    HEX.formatHex(h.rootHash()),
                                    HEX.formatHex(frontier.root()))));
                }
                signature(h);
            }
        }

        /**
         * The head checked against the key it names: a key of the product (current or retired, or vouched for by the
         * closing head of one), not one retired before the head, and a signature that key made.
         */
        private void signature(TreeStore.TreeHead h) {
            var item = text("audit.integrity.head", String.valueOf(h.treeSize()));
            var link = keys.link(h.keyId());
            var signer = keys.trusted(h.keyId());
            if (link.isPresent() && !link.get().trusted()) {
                problems.accept(problem(
                        item,
                        Kind.UNEXPECTED,
                        text(
                                "audit.integrity.unvouched-key",
                                h.keyId(),
                                link.get().vouchedBy())));
            } else if (signer.isEmpty()) {
                problems.accept(problem(item, Kind.UNEXPECTED, text("audit.integrity.unknown-key", h.keyId())));
            } else if (signer.get().after(h.treeSize(), h.timestampMs())) {
                var last = signer.get().lastHead();
                problems.accept(problem(
                        item,
                        Kind.UNEXPECTED,
                        text(
                                "audit.integrity.retired-key",
                                h.keyId(),
                                last == null ? "-" : String.valueOf(last.treeSize()))));
            } else if (!signer.get().key().verifies(h.treeSize(), h.rootHash(), h.timestampMs(), h.signature())) {
                problems.accept(problem(item, Kind.CHANGED, text("audit.integrity.signature")));
            }
        }

        private void missing(long from, long to) {
            if (to - from > LOOKED_INTO) {
                problems.accept(problem(
                        item(from) + " … " + item(to - 1),
                        Kind.MISSING,
                        text("audit.integrity.missing-range", to - from)));
                return;
            }
            for (long i = from; i < to; i++) {
                problems.accept(problem(item(i), Kind.MISSING, text("audit.integrity.missing")));
            }
        }
    }

    private Long placeInTree(byte[] leafHash) {
        return db.sql("select idx from audit.node where level = 0 and hash = ? limit 1")
                .param(leafHash)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private IntegrityProblem problem(String item, Kind kind, String detail) {
        return new IntegrityProblem(name(), item, kind, detail);
    }

    private String item(long index) {
        return text("audit.integrity.entry", String.valueOf(index));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
