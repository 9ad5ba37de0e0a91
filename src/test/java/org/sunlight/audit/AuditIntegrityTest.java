package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.IntegrityProblem.Kind;

/**
 * R7: appending is safe under concurrency, and an attacker with database access who changes one column of a log row,
 * deletes a row, or swaps two rows is named by the verification, by the entry's index.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditIntegrityTest {

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    Integrator integrator;

    @Autowired
    AuditIntegrity check;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SealKey seals;

    @Test
    void eightThreadsAppendingTenThousandEntriesWhileTheIntegratorRunsGiveATreeThatVerifies() throws Exception {
        integrator.integrate(true);
        long before = size();
        var threads = Executors.newFixedThreadPool(9);
        var start = new CountDownLatch(1);
        var appending = new AtomicBoolean(true);
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var appenders = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            appenders.add(threads.submit(() -> {
                try {
                    start.await();
                    int appended = 0;
                    while (appended < 1250) {
                        int batch = Math.min(
                                1250 - appended, ThreadLocalRandom.current().nextInt(1, 20));
                        int from = appended;
                        transactions.executeWithoutResult(status -> {
                            for (int i = 0; i < batch; i++) {
                                log.append(new LeafData(
                                        "TEST",
                                        Instant.now(),
                                        "thread-" + thread,
                                        "10.0.0." + thread,
                                        "case",
                                        "record-" + (from + i),
                                        UUID.randomUUID(),
                                        null,
                                        "{\"n\":" + (from + i) + "}"));
                            }
                        });
                        appended += batch;
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        var integrating = threads.submit(() -> {
            while (appending.get()) {
                integrator.integrate(false);
            }
        });
        start.countDown();
        for (var appender : appenders) {
            appender.get(5, TimeUnit.MINUTES);
        }
        appending.set(false);
        integrating.get(1, TimeUnit.MINUTES);
        threads.shutdown();
        assertThat(failures).isEmpty();

        integrator.integrate(true);
        assertThat(size()).isGreaterThanOrEqualTo(before + 10_000);
        assertThat(db.sql(
                                """
                                select count(*) from audit.entry e where kind = 'TEST'
                                and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                """)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(db.sql("select count(*) from audit.node where level = 0")
                        .query(Long.class)
                        .single())
                .isEqualTo(size());
        assertThat(problems()).isEmpty();
    }

    /**
     * The integrator looks only at entries of transactions at least as new as the oldest one running when it last
     * integrated everything: an entry whose transaction took its id before others and commits after the integrator took
     * them (a slow act) is still integrated, after them.
     */
    @Test
    void anEntryCommittedAfterLaterEntriesWereIntegratedIsIntegratedToo() throws Exception {
        integrator.integrate(true);
        var slow = new LeafData("TEST", Instant.now(), "slow", null, null, null, null, null, null);
        try (var other = java.sql.DriverManager.getConnection(org.sunlight.TestDatabase.jdbcUrl(), "postgres", "")) {
            other.setAutoCommit(false);
            long id;
            try (var insert = other.prepareStatement(
                    "insert into audit.entry (kind, at, actor, leaf_hash, seal) values (?, ?, ?, ?, ?) returning id")) {
                insert.setString(1, slow.kind());
                insert.setTimestamp(2, java.sql.Timestamp.from(slow.at()));
                insert.setString(3, slow.actor());
                insert.setBytes(4, slow.leafHash());
                insert.setBytes(5, seals.seal(slow.leafHash()));
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            for (int i = 0; i < 3; i++) {
                log.append(new LeafData("TEST", Instant.now(), "quick", null, null, null, null, null, null));
                integrator.integrate(true);
            }
            long quick = size() - 1;
            assertThat(db.sql("select entry_id from audit.leaf where leaf_index = ?")
                            .param(quick)
                            .query(Long.class)
                            .single())
                    .as("the entries appended after the slow one's id are integrated while it runs")
                    .isGreaterThan(id);
            other.commit();
            integrator.integrate(true);
            assertThat(db.sql("select leaf_index from audit.leaf where entry_id = ?")
                            .param(id)
                            .query(Long.class)
                            .optional())
                    .as("the slow entry, committed last, is integrated after them")
                    .hasValueSatisfying(index -> assertThat(index).isGreaterThan(quick));
        }
        assertThat(problems()).isEmpty();
    }

    /**
     * The transaction an entry carries is the database's to set: an entry inserted naming none or an old one (a column
     * list, a restore) is integrated like any other, not passed over by the integrator's look from the oldest
     * transaction on.
     */
    @ParameterizedTest
    @ValueSource(strings = {"null", "'1'::xid8"})
    void anEntryInsertedNamingNoOrAnotherTransactionIsIntegratedAllTheSame(String txid) {
        integrator.integrate(true);
        var restored = new LeafData("TEST", Instant.now(), "restored", null, null, null, null, null, null);
        long id = db.sql("insert into audit.entry (kind, at, actor, leaf_hash, seal, txid) values (?, ?, ?, ?, ?, "
                        + txid + ") returning id")
                .params(
                        restored.kind(),
                        java.sql.Timestamp.from(restored.at()),
                        restored.actor(),
                        restored.leafHash(),
                        seals.seal(restored.leafHash()))
                .query(Long.class)
                .single();
        assertThat(db.sql("select txid is not null and txid <> '1'::xid8 from audit.entry where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .as("the database set the appending transaction's id")
                .isTrue();
        integrator.integrate(true);
        assertThat(db.sql("select leaf_index from audit.leaf where entry_id = ?")
                        .param(id)
                        .query(Long.class)
                        .optional())
                .isPresent();
        assertThat(problems()).isEmpty();
    }

    @Test
    void aChangedColumnOfOneRowIsNamedByItsIndex() {
        // an entry with an actor near the middle (entries of the product's own background work have none)
        long index = db.sql(
                        """
                        select l.leaf_index from audit.entry e join audit.leaf l on l.entry_id = e.id
                        where e.actor is not null order by abs(l.leaf_index - ?), l.leaf_index limit 1
                        """)
                .param(someIndex())
                .query(Long.class)
                .single();
        var actor = db.sql("select actor from audit.entry where " + entryAt("?"))
                .param(index)
                .query(String.class)
                .single();
        asAttacker("update audit.entry set actor = 'mallory' where " + entryAt(index));
        try {
            assertThat(problems())
                    .anySatisfy(problem -> {
                        assertThat(problem.item()).isEqualTo("审计日志第 " + index + " 号");
                        assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
                    })
                    .allSatisfy(problem -> assertThat(problem.check()).isEqualTo("审计日志"));
        } finally {
            asAttacker("update audit.entry set actor = :actor where " + entryAt(index), Map.of("actor", actor));
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void aChangedNodeAboveTheLeavesIsNamedByItsLevelAndIndex() {
        someIndex(); // at least four leaves in the tree, so nodes above them are stored
        // The first node of level 1: with four leaves its parent is complete, so the integrator, which goes on adding
        // leaves while this test runs, never reads it again (a node at the growing edge would be built upon while
        // changed, and stay wrong above it after the restore).
        var node = db.sql("select level, idx from audit.node where level = 1 order by idx limit 1")
                .query((rs, row) -> new long[] {rs.getInt("level"), rs.getLong("idx")})
                .single();
        var stored = db.sql("select hash from audit.node where level = ? and idx = ?")
                .params((int) node[0], node[1])
                .query(byte[].class)
                .single();
        var where = " where level = " + node[0] + " and idx = " + node[1];
        asAttackerOnNodes("update audit.node set hash = sha256(hash)" + where, Map.of());
        try {
            assertThat(problems()).anySatisfy(problem -> {
                assertThat(problem.item()).isEqualTo("审计日志树第 1 层第 " + node[1] + " 号节点");
                assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
            });
        } finally {
            asAttackerOnNodes("update audit.node set hash = :hash" + where, Map.of("hash", stored));
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void aDeletedRowIsNamedByItsIndex() {
        long index = someIndex();
        var row = db.sql(
                        """
                        select id, kind, at, actor, address, subject, record_id, case_id, unit_id, detail, leaf_hash,
                            seal
                        from audit.entry where\s"""
                                + entryAt("?"))
                .param(index)
                .query()
                .singleRow();
        asAttacker("delete from audit.entry where " + entryAt(index));
        try {
            assertThat(problems()).anySatisfy(problem -> {
                assertThat(problem.item()).isEqualTo("审计日志第 " + index + " 号");
                assertThat(problem.kind()).isEqualTo(Kind.MISSING);
            });
        } finally {
            transactions.executeWithoutResult(status -> db.sql(
                            """
                            insert into audit.entry (id, kind, at, actor, address, subject, record_id,
                                case_id, unit_id, detail, leaf_hash, seal) overriding system value
                            values (:id, :kind, :at, :actor, :address, :subject, :record_id, :case_id,
                                :unit_id, :detail, :leaf_hash, :seal)
                            """)
                    .params(row)
                    .update());
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void aDeletedLeafIsNamedByItsIndex() throws Exception {
        long index = someIndex();
        long entry = db.sql("select entry_id from audit.leaf where leaf_index = ?")
                .param(index)
                .query(Long.class)
                .single();
        // while the leaf is gone its entry waits like a new one: the scheduled integrator (its first pass after a start
        // looks at every entry) would take it into the tree again, so it is held off by its lock until the leaf is back
        try (var node = java.sql.DriverManager.getConnection(org.sunlight.TestDatabase.jdbcUrl(), "postgres", "")) {
            try (var lock = node.prepareStatement("select pg_advisory_lock(?)")) {
                lock.setLong(1, Integrator.LOCK);
                lock.execute();
            }
            asAttacker("delete from audit.leaf where leaf_index = " + index);
            try {
                assertThat(problems()).anySatisfy(problem -> {
                    assertThat(problem.item()).isEqualTo("审计日志第 " + index + " 号");
                    assertThat(problem.kind()).isEqualTo(Kind.MISSING);
                });
            } finally {
                asAttacker("insert into audit.leaf (leaf_index, entry_id) values (" + index + ", " + entry + ")");
            }
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void twoSwappedRowsAreNamedAsOutOfOrder() {
        long first = someIndex();
        long second = first + 1;
        // the entries trade places in the leaf table, through a leaf index far beyond the log (the indices are unique)
        var swap =
                """
                update audit.leaf set leaf_index = 9000000000000000000 where leaf_index = %1$d;
                update audit.leaf set leaf_index = %1$d where leaf_index = %2$d;
                update audit.leaf set leaf_index = %2$d where leaf_index = 9000000000000000000
                """
                        .formatted(first, second);
        asAttacker(swap);
        try {
            assertThat(problems())
                    .anySatisfy(problem -> {
                        assertThat(problem.item()).isEqualTo("审计日志第 " + first + " 号");
                        assertThat(problem.kind()).isEqualTo(Kind.OUT_OF_ORDER);
                        assertThat(problem.detail()).contains(String.valueOf(second));
                    })
                    .anySatisfy(problem -> {
                        assertThat(problem.item()).isEqualTo("审计日志第 " + second + " 号");
                        assertThat(problem.kind()).isEqualTo(Kind.OUT_OF_ORDER);
                    });
        } finally {
            asAttacker(swap);
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void whileAnotherNodeHoldsTheAdvisoryLockThisOneDoesNotIntegrate() throws Exception {
        try (var other = java.sql.DriverManager.getConnection(org.sunlight.TestDatabase.jdbcUrl(), "postgres", "")) {
            try (var statement = other.prepareStatement("select pg_advisory_lock(?)")) {
                statement.setLong(1, Integrator.LOCK);
                statement.execute();
            }
            // appended once the other node holds the lock, so that this node's scheduled run cannot take it first
            log.append(new LeafData("TEST", Instant.now(), "lock", null, null, null, null, null, null));
            assertThat(integrator.integrate(true, false)).isEqualTo(-1);
            log.append(
                    new LeafData("TEST", Instant.now().minusSeconds(300), "lock", null, null, null, null, null, null));
            var admin = org.sunlight.StaffClient.loggedIn(port, "qufu-admin");
            assertThat(admin.get("/console").body()).contains("条审计日志条目等待记入已超过 2 分钟");
            assertThat(db.sql(
                                    """
                                    select count(*) from audit.entry e where actor = 'lock'
                                    and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                    """)
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        }
        // released: on demand, this node waits for any other node that took the lock meanwhile
        assertThat(integrator.integrate(true)).isPositive();
        assertThat(db.sql(
                                """
                                select count(*) from audit.entry e where actor = 'lock'
                                and not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                """)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        long index = someIndex();
        assertThat(refused("update audit.entry set actor = 'mallory' where " + entryAt(index)))
                .isTrue();
        assertThat(refused("update audit.entry set txid = '1' where " + entryAt(index)))
                .isTrue();
        assertThat(refused("delete from audit.entry where " + entryAt(index))).isTrue();
        assertThat(refused("truncate audit.entry")).isTrue();
        assertThat(refused("update audit.leaf set leaf_index = leaf_index + 1000000 where leaf_index = " + index))
                .isTrue();
        assertThat(refused("update audit.leaf set entry_id = entry_id + 1 where leaf_index = " + index))
                .isTrue();
        assertThat(refused("delete from audit.leaf where leaf_index = " + index))
                .isTrue();
        assertThat(refused("truncate audit.leaf")).isTrue();
        assertThat(refused("delete from audit.node where level = 0 and idx = " + index))
                .isTrue();
        assertThat(refused("update audit.tree_head set tree_size = 0")).isTrue();
    }

    private boolean refused(String sql) {
        try {
            db.sql(sql).update();
            return false;
        } catch (org.springframework.dao.DataAccessException e) {
            return e.getMostSpecificCause().getMessage().contains("append-only");
        }
    }

    /** An integrated entry in the middle of the tree, with a neighbour after it. */
    private long someIndex() {
        for (int i = 0; i < 3 && size() < 4; i++) {
            log.append(new LeafData("TEST", Instant.now(), "filler", null, null, null, null, null, null));
            integrator.integrate(true);
        }
        return size() / 2;
    }

    /** The condition that picks the entry at a leaf index. */
    private static String entryAt(Object index) {
        return "id = (select entry_id from audit.leaf where leaf_index = " + index + ")";
    }

    private long size() {
        return db.sql("select coalesce(max(leaf_index) + 1, 0) from audit.leaf")
                .query(Long.class)
                .single();
    }

    private List<IntegrityProblem> problems() {
        var problems = new ArrayList<IntegrityProblem>();
        check.run(problems::add, checked -> {});
        return problems;
    }

    /** What an attacker with database access does: switch the append-only trigger off, change, switch it on. */
    private void asAttacker(String sql) {
        asAttacker(sql, Map.of());
    }

    private void asAttackerOnNodes(String sql, Map<String, ?> params) {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table audit.node disable trigger node_append_only").update();
            db.sql(sql).params(params).update();
            db.sql("alter table audit.node enable trigger node_append_only").update();
        });
    }

    private void asAttacker(String sql, Map<String, ?> params) {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table audit.entry disable trigger entry_append_only").update();
            db.sql("alter table audit.leaf disable trigger leaf_append_only").update();
            for (var statement : sql.split(";")) {
                db.sql(statement).params(params).update();
            }
            db.sql("alter table audit.leaf enable trigger leaf_append_only").update();
            db.sql("alter table audit.entry enable trigger entry_append_only").update();
        });
    }
}
