package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;
import org.sunlight.StaffClient;

/**
 * Issue 14: entries written straight into the database without the product's seal are refused by the integrator, and
 * however many of them stand first in line (more than one of its batches), the sealed entries behind them are still
 * integrated; the administrators' console counts the refused entries wherever they are in the log. On a database of
 * its own, as the unsealed entries would be named by every other test's verification.
 */
class RefusedEntriesTest {

    @TempDir
    Path data;

    @Test
    void moreThanABatchOfUnsealedEntriesFirstInLineHoldsBackNoSealedEntryAndTheConsoleCountsThem() throws Exception {
        try (var context = new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.database.embedded.data-directory=" + data.resolve("postgres"),
                        "--sunlight.audit.key-directory=" + data.resolve("keys"),
                        "--server.port=0")) {
            var db = context.getBean(JdbcClient.class);
            var integrator = context.getBean(Integrator.class);
            var log = context.getBean(AuditLog.class);
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            integrator.integrate(true);
            var admin = StaffClient.loggedIn(port, "qufu-admin");
            assertThat(admin.get("/console").body()).doesNotContain("没有本系统的封印");

            // the integrator's own lock, held while the forged entries and the sealed one are written, so that all of
            // them wait together, the forged ones first
            int forged = Integrator.BATCH + 7;
            long sealedId;
            try (var other = context.getBean(javax.sql.DataSource.class).getConnection()) {
                try (var lock = other.prepareStatement("select pg_advisory_lock(?)")) {
                    lock.setLong(1, Integrator.LOCK);
                    lock.execute();
                }
                try {
                    var leaf =
                            new LeafData("CASE_ACT", Instant.now(), "forger", null, "case", "forged", null, null, null);
                    db.sql(
                                    """
                                insert into audit.entry (kind, at, actor, subject, record_id, leaf_hash)
                                select ?, ?, ?, ?, ?, ? from generate_series(1, ?)
                                """)
                            .params(
                                    leaf.kind(),
                                    java.sql.Timestamp.from(leaf.at()),
                                    leaf.actor(),
                                    leaf.subject(),
                                    leaf.record(),
                                    leaf.leafHash(),
                                    forged)
                            .update();
                    log.append(new LeafData(
                            "CASE_ACT", Instant.now(), "qufu-officer", null, "case", "behind", null, null, null));
                    sealedId = db.sql("select id from audit.entry where record_id = 'behind'")
                            .query(Long.class)
                            .single();
                    assertThat(db.sql("select count(*) from audit.entry where record_id = 'forged' and id < ?")
                                    .param(sealedId)
                                    .query(Long.class)
                                    .single())
                            .as("the forged entries stand before the sealed one")
                            .isEqualTo(forged);
                } finally {
                    try (var unlock = other.prepareStatement("select pg_advisory_unlock(?)")) {
                        unlock.setLong(1, Integrator.LOCK);
                        unlock.execute();
                    }
                }
            }

            integrator.integrate(true);
            assertThat(db.sql("select count(*) from audit.leaf where entry_id = ?")
                            .param(sealedId)
                            .query(Long.class)
                            .single())
                    .as("the sealed entry behind the forged ones is in the tree")
                    .isEqualTo(1);
            assertThat(db.sql(
                                    """
                                    select count(*) from audit.entry e join audit.leaf l on l.entry_id = e.id
                                    where e.record_id = 'forged'
                                    """)
                            .query(Long.class)
                            .single())
                    .as("no forged entry is in the tree")
                    .isZero();
            assertThat(db.sql("select count(*) from audit.refused_entry")
                            .query(Long.class)
                            .single())
                    .as("every forged entry is recorded as refused")
                    .isEqualTo(forged);

            // the forged entries now stand before the last entry integrated: the console counts them all the same
            var console = admin.get("/console").body();
            assertThat(console).contains("有 " + forged + " 条审计日志条目没有本系统的封印");

            // later entries go on being integrated, and the refused ones stay out and counted
            log.append(
                    new LeafData("CASE_ACT", Instant.now(), "qufu-officer", null, "case", "later", null, null, null));
            integrator.integrate(true);
            assertThat(db.sql(
                                    """
                                    select count(*) from audit.entry e join audit.leaf l on l.entry_id = e.id
                                    where e.record_id = 'later'
                                    """)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(admin.get("/console").body()).contains("有 " + forged + " 条审计日志条目没有本系统的封印");
        }
    }
}
