package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.platform.IntegrityProblem;

/**
 * Measures the audit log and prints the numbers; asserts only that everything arrived and verified, never a time. Run
 * with {@code ./mvnw test -Pbenchmark -Dtest=AuditBenchmark}.
 *
 * <ol>
 *   <li>appends per second: 8 threads append 100,000 entries (three rounds), each in its own transaction as an act would, while the
 *       product's integrator runs on its schedule (every {@code sunlight.audit.integrate-every}, 1 s by default, as in
 *       production; an earlier version of this benchmark ran it in a loop without pause, which took CPU and database
 *       time from the appenders); the clock stops when the last entry is integrated and a head signed;
 *   <li>a log of 1,000,000 entries (generated in the benchmark and loaded with COPY): time to integrate, time of an
 *       inclusion proof over HTTP, and time to verify everything (left out with {@code
 *       -Dsunlight.bench.audit.appends-only=true}, e.g. for a profile of the appends alone).
 * </ol>
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditBenchmark {

    @LocalServerPort
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
    DataSource dataSource;

    @Autowired
    SealKey seals;

    @Test
    void appendsFromEightThreadsThenVerifiesAMillionEntries() throws Exception {
        var threads = Executors.newFixedThreadPool(8);
        for (int round = 1; round <= 3; round++) {
            appendFromEightThreads(threads, round);
        }
        threads.shutdown();
        if (Boolean.getBoolean("sunlight.bench.audit.appends-only")) {
            return;
        }

        long target = 1_000_000;
        long missing = target - size();
        long loadStart = System.nanoTime();
        copy(missing);
        long loaded = System.nanoTime();
        integrator.integrate(true);
        long integratedMillion = System.nanoTime();
        assertThat(size()).isEqualTo(target);
        System.out.printf(
                "BENCHMARK audit: %,d entries generated and loaded with COPY in %,d ms; integrated (%,d nodes) and"
                        + " signed in %,d ms%n",
                missing,
                (loaded - loadStart) / 1_000_000,
                db.sql("select count(*) from audit.node").query(Long.class).single(),
                (integratedMillion - loaded) / 1_000_000);

        var anonymous = StaffClient.anonymous(port);
        anonymous.getJson("/api/transparency/proof/inclusion?index=1&treeSize=" + target);
        long proofs = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            long index = (i * 9_973L) % target;
            var response =
                    anonymous.getJson("/api/transparency/proof/inclusion?index=" + index + "&treeSize=" + (target - i));
            assertThat(response.statusCode()).isEqualTo(200);
            var consistency = anonymous.getJson(
                    "/api/transparency/proof/consistency?first=" + (index + 1) + "&second=" + (target - i));
            assertThat(consistency.statusCode()).isEqualTo(200);
        }
        System.out.printf(
                "BENCHMARK audit: 100 inclusion + 100 consistency proofs in a tree of 1,000,000 over HTTP: %,d ms%n",
                (System.nanoTime() - proofs) / 1_000_000);

        for (int run = 0; run < 2; run++) {
            var problems = new ArrayList<IntegrityProblem>();
            long verifyStart = System.nanoTime();
            long checked = check.run(problems::add, done -> {});
            long verified = System.nanoTime();
            assertThat(problems).isEmpty();
            assertThat(checked).isEqualTo(target);
            System.out.printf(
                    "BENCHMARK audit verify (run %d): %,d entries re-hashed, tree recomputed, %,d signed heads checked in"
                            + " %,d ms%n",
                    run + 1,
                    checked,
                    db.sql("select count(*) from audit.tree_head")
                            .query(Long.class)
                            .single(),
                    (verified - verifyStart) / 1_000_000);
        }
    }

    /** One round: 8 threads append 12,500 entries each, one transaction an entry; prints appends per second. */
    private void appendFromEightThreads(java.util.concurrent.ExecutorService threads, int round) throws Exception {
        integrator.integrate(true);
        long before = size();
        int perThread = 12_500;
        long start = System.nanoTime();
        var appenders = new ArrayList<Future<?>>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            appenders.add(threads.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    log.append(leaf(thread, i));
                }
            }));
        }
        for (var appender : appenders) {
            appender.get(10, TimeUnit.MINUTES);
        }
        long appended = System.nanoTime();
        integrator.integrate(true);
        long integrated = System.nanoTime();
        assertThat(size()).isEqualTo(before + 8L * perThread);
        System.out.printf(
                "BENCHMARK audit appends, round %d: %,d entries from 8 threads, one transaction each: appended in %,d ms"
                        + " (%,.0f appends/s); appended, integrated and signed in %,d ms (%,.0f appends/s)%n",
                round,
                8L * perThread,
                (appended - start) / 1_000_000,
                8.0 * perThread / ((appended - start) / 1e9),
                (integrated - start) / 1_000_000,
                8.0 * perThread / ((integrated - start) / 1e9));
    }

    private static LeafData leaf(int thread, long i) {
        return new LeafData(
                "BENCHMARK",
                Instant.now(),
                "bench-" + thread,
                "10.1.2." + thread,
                "case",
                "record-" + i,
                UUID.randomUUID(),
                null,
                "{\"n\":" + i + "}");
    }

    /** Loads generated entries with COPY, each with the leaf hash of its canonical bytes and its seal, as appended. */
    private void copy(long count) throws Exception {
        var hex = HexFormat.of();
        try (var connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long done = 0;
            while (done < count) {
                long chunk = Math.min(100_000, count - done);
                var rows = new StringBuilder((int) chunk * 260);
                for (long i = 0; i < chunk; i++) {
                    var leaf = new LeafData(
                            "RETRIEVAL",
                            Instant.now(),
                            "bench-" + (i % 50),
                            "10.9.8." + (i % 250),
                            "case",
                            "record-" + (done + i),
                            UUID.randomUUID(),
                            null,
                            null);
                    rows.append(leaf.kind())
                            .append('\t')
                            .append(leaf.at())
                            .append('\t')
                            .append(leaf.actor())
                            .append('\t')
                            .append(leaf.address())
                            .append('\t')
                            .append(leaf.subject())
                            .append('\t')
                            .append(leaf.record())
                            .append('\t')
                            .append(leaf.caseId())
                            .append("\t\\N\t\\N\t\\\\x")
                            .append(hex.formatHex(leaf.leafHash()))
                            .append("\t\\\\x")
                            .append(hex.formatHex(seals.seal(leaf.leafHash())))
                            .append('\n');
                }
                copy.copyIn(
                        "copy audit.entry (kind, at, actor, address, subject, record_id, case_id, unit_id, detail,"
                                + " leaf_hash, seal) from stdin",
                        new StringReader(rows.toString()));
                done += chunk;
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private long size() {
        return db.sql("select coalesce(max(leaf_index) + 1, 0) from audit.leaf")
                .query(Long.class)
                .single();
    }
}
