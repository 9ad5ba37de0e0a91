package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.Verification;

/**
 * R7, issue 14: the seeded mutation test. Each round changes one thing as an attacker with database superuser rights
 * but without the signing key would (triggers off: {@code session_replication_role = replica}), runs every check the
 * {@code verify} command runs, and rolls back, so each round starts from the same untouched database. Every mutation
 * must be found and named (the entry's index, the node's level and index, the head's size, the document's id); the
 * untouched rounds must find nothing. The integrator's advisory lock is held during each round, so the tree does not
 * grow under the checks. {@code -Dsunlight.mutation.seed=N -Dsunlight.mutation.rounds=N} for another run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TamperMutationTest {

    /** What the attacker changes: one of each kind per round, in turn. */
    enum Mutation {
        ENTRY_COLUMN,
        ENTRY_LEAF_HASH,
        ENTRY_SEAL,
        ENTRY_FORGED,
        ENTRY_DELETED,
        ENTRIES_SWAPPED,
        LOG_TRUNCATED,
        LEAF_DELETED,
        LEAVES_TRUNCATED,
        LEAF_NODE,
        INNER_NODE,
        HEAD_ROOT,
        HEAD_SIZE,
        HEAD_TIME,
        HEAD_SIGNATURE,
        HEAD_HANDOVER,
        DOCUMENT_CONTENT,
        DOCUMENT_CONTENT_AND_HASH,
        DOCUMENT_NUMBER,
        DOCUMENT_TITLE,
        DOCUMENT_KIND,
        DOCUMENT_ISSUER,
        DOCUMENT_ISSUED_AT,
        DOCUMENT_CASE,
        DOCUMENT_UNIT,
        DOCUMENT_DELETED,
        DOCUMENT_FORGED,
        PDF_BYTES,
        PDF_BYTES_AND_DIGEST,
        PDF_DELETED
    }

    private static final long SEED = Long.getLong("sunlight.mutation.seed", 20261207L);
    private static final int ROUNDS = Integer.getInteger("sunlight.mutation.rounds", 252);
    private static final int UNTOUCHED = 12;

    /** The columns of an entry, each with a change that keeps the row valid. */
    private static final List<String> ENTRY_CHANGES = List.of(
            "actor = coalesce(actor, '') || 'x'",
            "address = coalesce(address, '') || '1'",
            "kind = case when kind = 'RETRIEVAL' then 'LOGIN' else 'RETRIEVAL' end",
            "at = at + interval '1 second'",
            "subject = case when subject = 'case' then 'document' else 'case' end",
            "record_id = coalesce(record_id, '') || '0'",
            "case_id = gen_random_uuid()",
            "unit_id = gen_random_uuid()",
            "detail = coalesce(detail, '{}') || ' '");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Integrator integrator;

    @Autowired
    Verification verification;

    private final List<UUID> documents = new ArrayList<>();
    private long signedSize;

    @BeforeEach
    void aLogWithDocumentsAndTheirPdfs() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var steps = new CaseSteps(port, db);
        for (int i = 0; i < 3; i++) {
            var caseId = steps.decidedOnTheSpot(
                    officer,
                    "qufu-officer",
                    "公共场所从业人员未取得健康证明",
                    "从业人员未取得有效健康合格证明即上岗",
                    CaseSteps.citizen("孙某某", "11010519491231002X", "曲阜市"),
                    "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
            documents.addAll(db.sql("select id from records.document where case_id = ?")
                    .param(caseId)
                    .query(UUID.class)
                    .list());
        }
        // the PDFs are printed after the issuing commit, in the background
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (unprinted() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(unprinted()).as("documents printed").isZero();
        signedSize = integrator.integrate(true);
        assertThat(signedSize).isGreaterThan(16);
    }

    @Test
    void everySeededMutationIsFoundAndNamedAndAnUntouchedDatabaseIsClean() {
        for (int round = 0; round < UNTOUCHED; round++) {
            assertThat(inOneRound(null)).as("untouched round %d", round).isEmpty();
        }

        var random = new Random(SEED);
        var missed = new ArrayList<String>();
        var found = new EnumMap<Mutation, Integer>(Mutation.class);
        var kinds = Mutation.values();
        for (int round = 0; round < ROUNDS; round++) {
            var kind = kinds[round % kinds.length];
            var expected = new String[1];
            var problems = inOneRound(() -> expected[0] = mutate(kind, random));
            var named = problems.stream()
                    .anyMatch(problem -> (problem.item() + " " + problem.detail()).contains(expected[0]));
            if (named) {
                found.merge(kind, 1, Integer::sum);
            } else {
                missed.add("round %d %s (expected \"%s\"): %s"
                        .formatted(
                                round,
                                kind,
                                expected[0],
                                problems.stream()
                                        .map(problem -> problem.item() + " — " + problem.detail())
                                        .collect(Collectors.joining("; "))));
            }
        }
        assertThat(missed).as("mutations not found or not named").isEmpty();
        assertThat(found.keySet()).containsExactly(kinds);
        assertThat(found.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(200);
    }

    /** Applies the mutation (if any) in a transaction, runs every check in it, and rolls it back. */
    private List<IntegrityProblem> inOneRound(Runnable mutation) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            db.sql("select 1 from (select pg_advisory_xact_lock(?)) as locked")
                    .param(Integrator.LOCK)
                    .query(Integer.class)
                    .single();
            db.sql("set local session_replication_role = replica").update();
            if (mutation != null) {
                mutation.run();
            }
            db.sql("set local session_replication_role = origin").update();
            return verification.run((check, done) -> {}).results().stream()
                    .flatMap(result -> result.problems().stream())
                    .toList();
        });
    }

    /** Makes the change and answers the words that must name it in a problem. */
    private String mutate(Mutation kind, Random random) {
        long index = random.nextLong(signedSize - 1);
        var document = documents.get(random.nextInt(documents.size()));
        return switch (kind) {
            case ENTRY_COLUMN -> {
                entry(ENTRY_CHANGES.get(random.nextInt(ENTRY_CHANGES.size())), index);
                yield entryName(index);
            }
            case ENTRY_LEAF_HASH -> {
                entry("leaf_hash = sha256(leaf_hash)", index);
                yield entryName(index);
            }
            case ENTRY_SEAL -> {
                entry("seal = sha256(seal)", index);
                yield entryName(index);
            }
            case ENTRY_FORGED -> {
                // a copy of a signed entry: its leaf hash is right for its content, but the copy has no index and no
                // seal the product made; the integrator, run now, must leave it out of the tree
                long id = db.sql(
                                """
                                insert into audit.entry (kind, at, actor, address, subject, record_id, case_id,
                                    unit_id, detail, leaf_hash, seal)
                                select kind, at, actor, address, subject, record_id, case_id, unit_id, detail,
                                    leaf_hash, sha256(leaf_hash)
                                from audit.entry where id = (select entry_id from audit.leaf where leaf_index = ?)
                                returning id
                                """)
                        .param(index)
                        .query(Long.class)
                        .single();
                integrator.integrate(false);
                boolean integrated = db.sql("select exists (select 1 from audit.leaf where entry_id = ?)")
                        .param(id)
                        .query(Boolean.class)
                        .single();
                yield integrated ? "(the integrator took the forged entry " + id + ")" : "内部编号 " + id;
            }
            case ENTRY_DELETED -> {
                db.sql("delete from audit.entry where id = (select entry_id from audit.leaf where leaf_index = ?)")
                        .param(index)
                        .update();
                yield entryName(index);
            }
            case ENTRIES_SWAPPED -> {
                // through an index far beyond the log, as the unique index stands between the two moves
                long aside = Long.MAX_VALUE - 1;
                db.sql("update audit.leaf set leaf_index = ? where leaf_index = ?")
                        .params(aside, index)
                        .update();
                db.sql("update audit.leaf set leaf_index = ? where leaf_index = ?")
                        .params(index, index + 1)
                        .update();
                db.sql("update audit.leaf set leaf_index = ? where leaf_index = ?")
                        .params(index + 1, aside)
                        .update();
                yield entryName(index);
            }
            case LOG_TRUNCATED -> {
                long from = Math.max(1, signedSize - 1 - random.nextInt(16));
                db.sql("delete from audit.entry where id in (select entry_id from audit.leaf where leaf_index >= ?)")
                        .param(from)
                        .update();
                yield entryName(from);
            }
            case LEAF_DELETED -> {
                assertThat(db.sql("delete from audit.leaf where leaf_index = ?")
                                .param(index)
                                .update())
                        .isOne();
                yield entryName(index);
            }
            case LEAVES_TRUNCATED -> {
                long from = Math.max(1, signedSize - 1 - random.nextInt(16));
                db.sql("delete from audit.leaf where leaf_index >= ?")
                        .param(from)
                        .update();
                yield entryName(from);
            }
            case LEAF_NODE -> {
                node(0, index);
                yield entryName(index);
            }
            case INNER_NODE -> {
                int level = 1 + random.nextInt(Math.max(1, 63 - Long.numberOfLeadingZeros(signedSize)));
                long idx = random.nextLong(signedSize >> level);
                node(level, idx);
                yield "审计日志树第 " + level + " 层第 " + idx + " 号节点";
            }
            case HEAD_ROOT -> head("root_hash = sha256(root_hash)", random);
            case HEAD_SIZE -> head("tree_size = tree_size - 1", random);
            case HEAD_TIME -> head("timestamp_ms = timestamp_ms + 1", random);
            case HEAD_SIGNATURE -> head("signature = sha256(signature) || sha256(signature)", random);
            case HEAD_HANDOVER -> {
                // a head made to hand its key over to the attacker's key, with a handover the key did not sign
                var attacker = newKey().getPublic().getEncoded();
                yield head(
                        "successor_spki = decode('" + java.util.HexFormat.of().formatHex(attacker)
                                + "', 'hex'), handover_signature = sha256(signature) || sha256(signature)",
                        random);
            }
            case DOCUMENT_CONTENT -> {
                document("html = html || ' '", document);
                yield document.toString();
            }
            case DOCUMENT_CONTENT_AND_HASH -> {
                document(
                        "html = html || ' ', content_sha256 = encode(sha256(convert_to(html || ' ', 'UTF8')), 'hex')",
                        document);
                yield document.toString();
            }
            case DOCUMENT_NUMBER -> {
                // an unnumbered document given a number too (with a sequence, as the table asks of a numbered one)
                document(
                        "number = coalesce(number, '') || '改', sequence = coalesce(sequence, 900000 + ?)",
                        document,
                        random.nextInt(99_999));
                yield document.toString();
            }
            case DOCUMENT_TITLE -> {
                document("title = title || '（改）'", document);
                yield document.toString();
            }
            case DOCUMENT_KIND -> {
                document(
                        "kind = case when kind = 'HEARING_NOTICE' then 'RELEASE_DECISION' else 'HEARING_NOTICE' end",
                        document);
                yield document.toString();
            }
            case DOCUMENT_ISSUER -> {
                document("issued_by = 'mallory'", document);
                yield document.toString();
            }
            case DOCUMENT_ISSUED_AT -> {
                document("issued_at = issued_at - interval '1 day'", document);
                yield document.toString();
            }
            case DOCUMENT_CASE -> {
                document("case_id = gen_random_uuid()", document);
                yield document.toString();
            }
            case DOCUMENT_UNIT -> {
                document("unit_id = gen_random_uuid()", document);
                yield document.toString();
            }
            case DOCUMENT_DELETED -> {
                db.sql("delete from records.document where id = ?")
                        .param(document)
                        .update();
                yield document.toString();
            }
            case DOCUMENT_FORGED -> {
                var forged = UUID.randomUUID();
                db.sql(
                                """
                                insert into records.document (id, case_id, unit_id, kind, number, year, sequence, title,
                                    html, sha256, issued_by, issued_at, corrects, correction_reason, content_sha256)
                                select ?, case_id, unit_id, kind, case when number is null then null else number || '伪' end,
                                    year, case when sequence is null then null else sequence + 100000 end, title,
                                    html || ' ', sha256, issued_by, issued_at, null, null,
                                    encode(sha256(convert_to(html || ' ', 'UTF8')), 'hex')
                                from records.document where id = ?
                                """)
                        .params(forged, document)
                        .update();
                yield forged.toString();
            }
            case PDF_BYTES -> {
                pdf("pdf = pdf || '\\x20'::bytea", document);
                yield document.toString();
            }
            case PDF_BYTES_AND_DIGEST -> {
                pdf("pdf = pdf || '\\x20'::bytea, sha256 = encode(sha256(pdf || '\\x20'::bytea), 'hex')", document);
                yield document.toString();
            }
            case PDF_DELETED -> {
                db.sql("delete from records.document_pdf where document_id = ?")
                        .param(document)
                        .update();
                yield document.toString();
            }
        };
    }

    private void entry(String change, long index) {
        assertThat(db.sql("update audit.entry set " + change
                                + " where id = (select entry_id from audit.leaf where leaf_index = ?)")
                        .param(index)
                        .update())
                .isOne();
    }

    private void node(int level, long idx) {
        assertThat(db.sql("update audit.node set hash = sha256(hash) where level = ? and idx = ?")
                        .params(level, idx)
                        .update())
                .isOne();
    }

    /** A key pair of no key of the product's: what a forger signs with. */
    private static java.security.KeyPair newKey() {
        try {
            return java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a random signed head among the newest 20, and answers its name as it stands after the change. */
    private String head(String change, Random random) {
        var ids = db.sql("select id from audit.tree_head where tree_size > 1 order by id desc limit 20")
                .query(Long.class)
                .list();
        long id = ids.get(random.nextInt(ids.size()));
        db.sql("update audit.tree_head set " + change + " where id = ?")
                .param(id)
                .update();
        long size = db.sql("select tree_size from audit.tree_head where id = ?")
                .param(id)
                .query(Long.class)
                .single();
        return "签名树头（树大小 " + size + "）";
    }

    private void document(String change, UUID id, Object... parameters) {
        var all = new ArrayList<Object>(List.of(parameters));
        all.add(id);
        assertThat(db.sql("update records.document set " + change + " where id = ?")
                        .params(all)
                        .update())
                .isOne();
    }

    private void pdf(String change, UUID id) {
        assertThat(db.sql("update records.document_pdf set " + change + " where document_id = ?")
                        .param(id)
                        .update())
                .isOne();
    }

    private static String entryName(long index) {
        return "审计日志第 " + index + " 号";
    }

    private long unprinted() {
        return documents.stream()
                .filter(id -> db.sql("select count(*) from records.document_pdf where document_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single()
                        == 0)
                .count();
    }
}
