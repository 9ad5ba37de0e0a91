package org.sunlight.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one writer of the tree. Every second (and on demand) it gives the committed entries that have no leaf index yet
 * their contiguous indices, in id order, as rows of {@code audit.leaf} (the entry itself is never updated), stores the
 * hashes of the complete subtrees that appear, and signs a tree head when the tree has grown and the last head is
 * older than the sign interval. It looks only at entries of transactions no older than the xmin of the first batch of
 * its last complete pass (every entry a snapshot does not see is of a transaction at least as new as the snapshot's
 * xmin), and at all entries once after it starts. An entry without the product's seal is left out of the tree and
 * recorded in {@code audit.refused_entry} (the administrators' notice counts them); the pass goes on past it, so no
 * number of such entries holds back the sealed ones behind them. A PostgreSQL advisory lock, taken in each of its
 * transactions, keeps two nodes from integrating at once.
 */
@Component
class Integrator {

    private static final Logger log = LoggerFactory.getLogger(Integrator.class);

    /** The advisory lock key: "SUNAUDIT" in ASCII. */
    static final long LOCK = 0x53554E4155444954L;

    static final int BATCH = 20_000;

    private final JdbcClient db;
    private final TreeStore tree;
    private final SigningKey key;
    private final SealKey seals;
    private final AuditLog entries;
    /** The unsealed entries already logged, so that each is logged once, not every second. */
    private final java.util.Set<Long> reportedUnsealed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * The xmin of a snapshot in which every entry visible was integrated or refused: entries still to integrate are of
     * transactions this old or newer (null at start: all of them are looked at once).
     */
    private String horizon;

    private final AuditProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    /** What runs at each step of a rotation: nothing, except in tests that stop it there. */
    private volatile RotationStep steps = step -> {};

    Integrator(
            JdbcClient db,
            TreeStore tree,
            SigningKey key,
            SealKey seals,
            AuditLog entries,
            AuditProperties properties,
            TransactionTemplate transactions,
            Clock clock) {
        this.seals = seals;
        this.entries = entries;
        this.db = db;
        this.tree = tree;
        this.key = key;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * When this start created the seal key, seals the entries written before there were seals (an upgraded database),
     * once; afterwards every entry is sealed as it is appended and nothing is ever sealed later.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void sealEntriesWrittenBeforeSeals() {
        if (!seals.created()) {
            return;
        }
        long sealed = 0;
        int n;
        do {
            n = transactions.execute(status -> {
                var ids = new ArrayList<Long>();
                var hashes = new ArrayList<byte[]>();
                db.sql("select id, leaf_hash from audit.entry where seal is null order by id limit 10000")
                        .query(rs -> {
                            ids.add(rs.getLong(1));
                            hashes.add(seals.seal(rs.getBytes(2)));
                        });
                if (!ids.isEmpty()) {
                    db.sql(
                                    """
                                    update audit.entry e set seal = t.seal
                                    from unnest(?::bigint[], ?::bytea[]) as t(id, seal) where e.id = t.id
                                    """)
                            .params(ids.stream().mapToLong(Long::longValue).toArray(), hashes.toArray(byte[][]::new))
                            .update();
                }
                return ids.size();
            });
            sealed += n;
        } while (n > 0);
        if (sealed > 0) {
            log.info("Sealed {} audit entries written before entries were sealed", sealed);
        }
    }

    @Scheduled(fixedDelayString = "${sunlight.audit.integrate-every:1s}", initialDelayString = "1s")
    void scheduled() {
        if (!properties.integrate()) {
            return;
        }
        try {
            integrate(false);
        } catch (RuntimeException e) {
            log.warn("Audit log integration failed; it is tried again", e);
        }
    }

    /**
     * On demand: integrates every committed entry waiting and signs a head if the tree grew, waiting for another node
     * that holds the lock to finish first.
     */
    long integrate(boolean sign) {
        return integrate(sign, sign);
    }

    /**
     * Integrates every committed entry waiting, then signs a head if the tree grew (at once when {@code sign} is set,
     * otherwise when the last head is older than the sign interval).
     *
     * @param wait whether to wait for the lock when another node holds it, or give up at once
     * @return the tree size signed or reached, or -1 when another node holds the lock and {@code wait} is not set
     */
    synchronized long integrate(boolean sign, boolean wait) {
        // one pass walks the waiting entries in id order, a batch at a time, from after the last entry the previous
        // batch looked at: entries left out (unsealed) never hold back the sealed ones behind them
        long after = 0;
        String passHorizon = null;
        boolean keep = true;
        Batch done;
        do {
            long from = after;
            done = transactions.execute(status -> batch(wait, status.isNewTransaction(), from));
            if (done == null) {
                return -1;
            }
            if (passHorizon == null) {
                passHorizon = done.xmin();
            }
            keep &= done.own();
            after = done.lastId();
        } while (done.rows() == BATCH);
        // every entry a later pass must look at is of a transaction at least as new as the first batch's xmin: those
        // committed before its snapshot were all seen by one batch of the pass or another, as the pass walked the ids
        if (keep) {
            horizon = passHorizon;
        }
        Long size = transactions.execute(status -> signIfDue(sign, wait));
        return size == null ? -1 : size;
    }

    /**
     * What one batch did.
     *
     * @param rows the waiting entries it looked at (at most {@link #BATCH}: fewer means it saw every one waiting)
     * @param lastId the id of the last entry it looked at, where the next batch of the pass starts
     * @param xmin the xmin of its snapshot
     * @param own whether it ran in a transaction of its own (only then may its horizon be kept, as a caller's
     *     transaction could still roll it back)
     */
    private record Batch(int rows, long lastId, String xmin, boolean own) {}

    /** Takes the integrator's advisory lock for the current transaction. */
    private boolean locked(boolean wait) {
        if (wait) {
            db.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked")
                    .param(LOCK)
                    .query(Integer.class)
                    .single();
            return true;
        }
        return Boolean.TRUE.equals(db.sql("select pg_try_advisory_xact_lock(?)")
                .param(LOCK)
                .query(Boolean.class)
                .single());
    }

    /** Integrates the next batch of waiting entries with ids above {@code after}: null when the lock is not had. */
    private Batch batch(boolean wait, boolean own, long after) {
        if (!locked(wait)) {
            return null;
        }
        long old = tree.integratedSize();
        // every entry this transaction's next statement does not see belongs to a transaction at least this old
        String xmin = db.sql("select pg_snapshot_xmin(pg_current_snapshot())::text")
                .query(String.class)
                .single();
        int[] rows = {0};
        long[] lastSeen = {after};
        var refused = new ArrayList<Long>();
        var ids = new ArrayList<Long>(BATCH);
        var hashes = new ArrayList<byte[]>(BATCH);
        // planned for this horizon each time: once the driver prepares the statement, PostgreSQL's generic plan (which
        // takes a third of the log for "txid >= ?") walked the whole primary key from the pass's first id, filtering
        // by txid, every second, a second of CPU at 300,000 entries and more as the log grows; planned with the value,
        // it reads the few entries from the horizon on through entry_txid
        db.sql("set local plan_cache_mode = force_custom_plan").update();
        var waiting = horizon == null
                ? db.sql(
                                """
                                select e.id, e.leaf_hash, e.seal from audit.entry e
                                where e.id > ? and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                order by e.id limit ?
                                """)
                        .params(after, BATCH)
                : db.sql(
                                """
                                select e.id, e.leaf_hash, e.seal from audit.entry e
                                where e.txid >= ?::xid8 and e.id > ?
                                and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                order by e.id limit ?
                                """)
                        .params(horizon, after, BATCH);
        waiting.query(rs -> {
            rows[0]++;
            lastSeen[0] = rs.getLong(1);
            // an entry without the product's seal was not appended by the product: it stays out of the tree
            // (verify and the integrity page name it; the consoles warn of entries left waiting)
            if (!seals.sealed(rs.getBytes(2), rs.getBytes(3))) {
                if (reportedUnsealed.add(rs.getLong(1))) {
                    log.error("Audit entry {} has no valid seal: it is not taken into the tree", rs.getLong(1));
                }
                refused.add(rs.getLong(1));
                return;
            }
            ids.add(rs.getLong(1));
            hashes.add(rs.getBytes(2));
        });
        if (!refused.isEmpty()) {
            // kept for the administrators' notice, wherever in the log the refused entries are (AuditNotices)
            db.sql(
                            """
                            insert into audit.refused_entry (entry_id, refused_at)
                            select id, ? from unnest(?::bigint[]) as t(id) on conflict do nothing
                            """)
                    .params(
                            java.sql.Timestamp.from(clock.instant()),
                            refused.stream().mapToLong(Long::longValue).toArray())
                    .update();
        }
        var done = new Batch(rows[0], lastSeen[0], xmin, own);
        if (ids.isEmpty()) {
            return done;
        }
        int n = ids.size();
        long[] idArray = new long[n];
        long[] indexArray = new long[n];
        for (int i = 0; i < n; i++) {
            idArray[i] = ids.get(i);
            indexArray[i] = old + i;
        }
        db.sql(
                        """
                        insert into audit.leaf (leaf_index, entry_id)
                        select idx, id from unnest(?::bigint[], ?::bigint[]) as t(id, idx)
                        """)
                .params(idArray, indexArray)
                .update();

        long size = old + n;
        var levels = new ArrayList<Integer>();
        var indices = new ArrayList<Long>();
        var hex = new ArrayList<String>();
        var format = HexFormat.of();
        Map<Long, byte[]> below = new HashMap<>();
        for (int i = 0; i < n; i++) {
            below.put(old + i, hashes.get(i));
            levels.add(0);
            indices.add(old + i);
            hex.add(format.formatHex(hashes.get(i)));
        }
        var digest = Merkle.sha256();
        for (int level = 1; level < 63; level++) {
            long first = old >> level;
            long last = (size >> level) - 1;
            if (last < first) {
                break;
            }
            Map<Long, byte[]> current = new HashMap<>();
            for (long i = first; i <= last; i++) {
                var left = child(below, level - 1, 2 * i);
                var right = child(below, level - 1, 2 * i + 1);
                var hash = Merkle.nodeHash(digest, left, right);
                current.put(i, hash);
                levels.add(level);
                indices.add(i);
                hex.add(format.formatHex(hash));
            }
            below = current;
        }
        db.sql(
                        """
                        insert into audit.node (level, idx, hash)
                        select l, i, decode(h, 'hex') from unnest(?::int[], ?::bigint[], ?::text[]) as t(l, i, h)
                        """)
                .params(
                        levels.stream().mapToInt(Integer::intValue).toArray(),
                        indices.stream().mapToLong(Long::longValue).toArray(),
                        hex.toArray(String[]::new))
                .update();
        return done;
    }

    private byte[] child(Map<Long, byte[]> below, int level, long index) {
        var hash = below.get(index);
        return hash != null ? hash : tree.node(level, index);
    }

    private long signIfDue(boolean force, boolean wait) {
        if (!locked(wait)) {
            return -1;
        }
        long size = tree.integratedSize();
        var latest = tree.latest();
        long now = clock.millis();
        boolean grown = latest.isEmpty() || latest.get().treeSize() != size;
        boolean due = latest.isEmpty()
                || force
                || now - latest.get().timestampMs() >= properties.signInterval().toMillis();
        if (grown && due) {
            signHead(size, now);
        }
        return size;
    }

    private TreeStore.TreeHead signHead(long size, long now) {
        finishRotation();
        var root = Merkle.hash(tree, 0, size);
        var signed = key.sign(size, root, now);
        var head = new TreeStore.TreeHead(size, root, now, signed.signature(), signed.keyId());
        tree.insertHead(head);
        return head;
    }

    /**
     * Finishes, in the key directory, a rotation the database committed but the key files do not show yet (the process
     * that rotated stopped between the two): when a closing head of the current key vouches for a successor, the
     * successor becomes current ({@link SigningKey#promote}). Call under the lock, before signing.
     *
     * @return the closing head of the rotation finished, if there was one
     */
    private java.util.Optional<TreeStore.TreeHead> finishRotation() {
        var current = key.current();
        var newest = tree.newestHeadOf(current.keyId());
        for (var closing : tree.handoversBy(current.keyId())) {
            if (KeyChain.signedPast(newest, closing)) {
                // the closing head of a rotation that never committed, put back: the key signed on after it
                log.error(
                        "A closing head of the audit signing key {} (tree size {}) hands it over, but the key signed"
                                + " heads after it: it is ignored (verify names it)",
                        current.keyId(),
                        closing.treeSize());
                continue;
            }
            if (current.vouchesIn(closing)) {
                key.promote(
                        current,
                        new SigningKey.LastHead(closing.treeSize(), closing.timestampMs()),
                        SigningKey.Key.of(closing.successorSpki()),
                        clock.millis());
                return java.util.Optional.of(closing);
            }
            log.error(
                    "A closing head of the audit signing key {} (tree size {}) names a successor with a handover"
                            + " signature that key did not make: it is ignored (verify names it)",
                    current.keyId(),
                    closing.treeSize());
        }
        return java.util.Optional.empty();
    }

    /** A step of the rotation, for tests that stop it part-way: the default does nothing. */
    interface RotationStep {
        void reached(String step);
    }

    /** Tests only: runs {@code steps} at each step of a rotation (a step that throws stops the rotation there). */
    void onRotationSteps(RotationStep steps) {
        this.steps = steps == null ? step -> {} : steps;
    }

    /**
     * Rotates the signing key (issue 14). Integrates every entry waiting, then, in one transaction holding the lock:
     * writes the successor pair to the key directory, synced ({@code prepared}); stores the old key's closing head over
     * the whole tree, which vouches for the successor ({@code closed}); appends the rotation's log entry, which
     * {@code record} makes from what the rotation did, and takes it into the tree ({@code recorded}); and stores the
     * successor's opening head over that tree ({@code opened}). After the commit it promotes the successor in the key
     * directory ({@code committed}, then {@link SigningKey#promote}). No node signs between the two heads: every
     * signature first finishes a committed rotation.
     *
     * <p>What a crash leaves:
     *
     * <ul>
     *   <li>before the commit (at any step up to {@code opened}): the database holds none of it — no closing head, no
     *       {@code KEY_ROTATED} entry, no opening head; the old key is current and signs on; at most an unused
     *       {@code audit-ed25519-next.*} pair, which the next rotation replaces. {@code verify} passes; a retried
     *       rotation starts afresh.
     *   <li>after the commit, before the promotion: the database holds the whole rotation; the key files still show the
     *       old key as current. {@code verify} and the transparency API trust the successor by the old key's handover
     *       and treat the old key as retired at its closing head; the next signature on any node, or a retried
     *       {@code rotate-key}, finishes the promotion first (and the retried command then reports that rotation and
     *       makes no other). Should the successor's files be lost, nothing signs until they are restored.
     *   <li>during the promotion: each of its steps is repeated by the next one, as above.
     * </ul>
     *
     * @param record the rotation's log entry, made from what the rotation did
     */
    synchronized KeyRotation.Rotated rotateKey(java.util.function.Function<KeyRotation.Rotated, LeafData> record) {
        integrate(true);
        var finished = transactions.execute(status -> {
            locked(true);
            return finishRotation().map(this::rotated);
        });
        if (finished.isPresent()) {
            log.info(
                    "Finished the rotation of the audit signing key {} → {}",
                    finished.get().retiredKeyId(),
                    finished.get().currentKeyId());
            return finished.get();
        }
        var rotated = transactions.execute(status -> {
            locked(true);
            // another node's rotation may have committed since: its key files first, so the key retired is the newest
            finishRotation();
            long size = tree.integratedSize();
            var before = key.current();
            var latest = tree.latest();
            // never before the newest head: a node whose clock runs behind another's would otherwise retire the key
            // at a time earlier than heads it already signed, and verify would call those heads signed after it
            long now = Math.max(
                    clock.millis(), latest.map(head -> head.timestampMs()).orElse(0L));
            var successor = key.prepareSuccessor();
            steps.reached("prepared");
            var root = Merkle.hash(tree, 0, size);
            var signed = key.sign(size, root, now);
            var closing = new TreeStore.TreeHead(
                    size,
                    root,
                    now,
                    signed.signature(),
                    signed.keyId(),
                    successor.key().spki(),
                    key.handover(size, root, now, successor.key()));
            tree.insertHead(closing);
            steps.reached("closed");
            var done = new KeyRotation.Rotated(before.keyId(), successor.key().keyId(), size, now);
            entries.append(record.apply(done));
            // the entry goes into the tree now, in this transaction, so that the successor's first head covers it
            long after = 0;
            Batch batch;
            do {
                batch = batch(true, false, after);
                after = batch.lastId();
            } while (batch.rows() == BATCH);
            steps.reached("recorded");
            long opened = tree.integratedSize();
            var openingRoot = Merkle.hash(tree, 0, opened);
            var opening = key.sign(successor, opened, openingRoot, now);
            tree.insertHead(new TreeStore.TreeHead(opened, openingRoot, now, opening.signature(), opening.keyId()));
            steps.reached("opened");
            return done;
        });
        steps.reached("committed");
        transactions.executeWithoutResult(status -> {
            locked(true);
            finishRotation();
        });
        log.info(
                "Audit key rotated at tree size {}: {} → {}",
                rotated.treeSize(),
                rotated.retiredKeyId(),
                rotated.currentKeyId());
        return rotated;
    }

    private KeyRotation.Rotated rotated(TreeStore.TreeHead closing) {
        return new KeyRotation.Rotated(
                closing.keyId(), SigningKey.id(closing.successorSpki()), closing.treeSize(), closing.timestampMs());
    }
}
