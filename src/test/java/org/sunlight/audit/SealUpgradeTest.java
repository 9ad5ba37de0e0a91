package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;
import org.sunlight.platform.IntegrityProblem;

/**
 * A database upgraded from the release before entries were sealed (issue 14): its entries have no seal. The start that
 * creates the seal key seals them, once; later starts seal nothing, so an entry slipped into the table without a seal
 * afterwards stays unsealed, out of the tree, and named by the check.
 */
class SealUpgradeTest {

    @TempDir
    Path data;

    @Test
    void theStartThatCreatesTheSealKeySealsTheOlderEntriesOnceAndNoLaterStartSealsAnything() throws Exception {
        var keys = data.resolve("keys");
        long entries;
        // the database as the release before seals left it: every entry integrated, none sealed
        try (var before = start(keys)) {
            var db = before.getBean(JdbcClient.class);
            var log = before.getBean(AuditLog.class);
            for (int i = 0; i < 5; i++) {
                log.append(new LeafData(
                        "CASE_ACT",
                        java.time.Instant.now(),
                        "qufu-officer",
                        "127.0.0.1",
                        "case",
                        "old-" + i,
                        null,
                        null,
                        null));
            }
            before.getBean(Integrator.class).integrate(true);
            db.sql("alter table audit.entry disable trigger entry_append_only").update();
            entries = db.sql("update audit.entry set seal = null").update();
            db.sql("alter table audit.entry enable trigger entry_append_only").update();
            assertThat(entries).as("the entries written before seals").isGreaterThanOrEqualTo(5);
        }
        Files.delete(keys.resolve("audit-entry-seal.key"));

        Map<Long, String> sealed;
        try (var upgraded = start(keys)) {
            var db = upgraded.getBean(JdbcClient.class);
            assertThat(Files.exists(keys.resolve("audit-entry-seal.key"))).isTrue();
            assertThat(unsealed(db))
                    .as("entries left unsealed after the upgrade")
                    .isZero();
            sealed = seals(db);
            assertThat(sealed).hasSizeGreaterThanOrEqualTo((int) entries);
            upgraded.getBean(Integrator.class).integrate(true);
            assertThat(problems(upgraded)).as("the upgraded log verifies").isEmpty();

            // someone with rights on the database but not on the key file adds an entry without a seal
            var leaf = new LeafData(
                    "CASE_ACT", java.time.Instant.now(), "forger", null, "case", "forged", null, null, null);
            db.sql(
                            """
                            insert into audit.entry (kind, at, actor, subject, record_id, leaf_hash)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            leaf.kind(),
                            java.sql.Timestamp.from(leaf.at()),
                            leaf.actor(),
                            leaf.subject(),
                            leaf.record(),
                            leaf.leafHash())
                    .update();
        }

        try (var later = start(keys)) {
            var db = later.getBean(JdbcClient.class);
            later.getBean(Integrator.class).integrate(true);
            assertThat(unsealed(db))
                    .as("the forged entry is not sealed by a later start")
                    .isEqualTo(1);
            assertThat(db.sql(
                                    """
                                    select l.leaf_index from audit.entry e join audit.leaf l on l.entry_id = e.id
                                    where e.record_id = 'forged'
                                    """)
                            .query(Long.class)
                            .optional())
                    .as("the forged entry is not taken into the tree")
                    .isEmpty();
            var now = seals(db);
            assertThat(now).as("no entry sealed again").containsAllEntriesOf(sealed);
            long forged = db.sql("select id from audit.entry where record_id = 'forged'")
                    .query(Long.class)
                    .single();
            var problems = problems(later);
            assertThat(problems)
                    .as("the check names the unsealed entry, and nothing else")
                    .hasSize(1);
            assertThat(problems.get(0).kind()).isEqualTo(IntegrityProblem.Kind.UNEXPECTED);
            assertThat(problems.get(0).item()).contains(String.valueOf(forged));
            assertThat(problems.get(0).detail()).contains("没有本系统的封印");
        }
    }

    private static long unsealed(JdbcClient db) {
        return db.sql("select count(*) from audit.entry where seal is null")
                .query(Long.class)
                .single();
    }

    private static Map<Long, String> seals(JdbcClient db) {
        var hex = HexFormat.of();
        return db
                .sql("select id, seal from audit.entry where seal is not null")
                .query((rs, row) -> Map.entry(rs.getLong(1), hex.formatHex(rs.getBytes(2))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<IntegrityProblem> problems(ConfigurableApplicationContext context) {
        var problems = new ArrayList<IntegrityProblem>();
        context.getBean(AuditIntegrity.class).run(problems::add, done -> {});
        return problems;
    }

    private ConfigurableApplicationContext start(Path keys) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.database.embedded.data-directory=" + data.resolve("postgres"),
                        "--sunlight.audit.key-directory=" + keys,
                        "--server.port=0");
    }
}
