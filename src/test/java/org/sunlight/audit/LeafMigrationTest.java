package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.sunlight.TestDatabase;

/**
 * An existing log upgrades to leaf indices in their own table (V4): the entries integrated before keep their leaf
 * indices, the entries still waiting stay waiting (with the upgrade's transaction id, so the integrator finds them),
 * and the log stays append-only, its new table included.
 */
class LeafMigrationTest {

    @Test
    void anExistingLogKeepsItsLeafIndicesAndItsWaitingEntries() {
        var database = "audit_upgrade_" + System.nanoTime();
        try (var admin = new SingleConnectionDataSource(TestDatabase.jdbcUrl(), "postgres", "", true)) {
            JdbcClient.create(admin).sql("create database " + database).update();
        }
        var url = TestDatabase.postgres().getJdbcUrl("postgres", database);
        var data = new DriverManagerDataSource(url, "postgres", "");
        var db = JdbcClient.create(data);

        migrate(data, "3");
        for (var actor : List.of("first", "second", "waiting")) {
            db.sql("insert into audit.entry (kind, at, actor, leaf_hash, seal) values ('TEST', now(), ?, ?, ?)")
                    .params(actor, new byte[32], new byte[32])
                    .update();
        }
        db.sql("update audit.entry set leaf_index = 0 where actor = 'first'").update();
        db.sql("update audit.entry set leaf_index = 1 where actor = 'second'").update();

        migrate(data, "latest");
        assertThat(db.sql(
                                """
                                select e.actor from audit.leaf l join audit.entry e on e.id = l.entry_id
                                order by l.leaf_index
                                """)
                        .query(String.class)
                        .list())
                .containsExactly("first", "second");
        assertThat(db.sql(
                                """
                                select actor from audit.entry e
                                where not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                and e.txid is not null
                                """)
                        .query(String.class)
                        .list())
                .containsExactly("waiting");
        assertThat(db.sql(
                                """
                                select count(*) from information_schema.columns
                                where table_schema = 'audit' and table_name = 'entry' and column_name = 'leaf_index'
                                """)
                        .query(Long.class)
                        .single())
                .isZero();
        for (var change : List.of(
                "update audit.entry set actor = 'mallory' where actor = 'first'",
                "delete from audit.entry where actor = 'second'",
                "update audit.leaf set entry_id = entry_id + 1 where leaf_index = 1",
                "delete from audit.leaf where leaf_index = 1",
                "truncate audit.leaf")) {
            assertThatThrownBy(() -> db.sql(change).update()).hasMessageContaining("append-only");
        }
        // the one change left: sealing an entry written before seals, once
        db.sql("insert into audit.entry (kind, at, actor, leaf_hash) values ('TEST', now(), 'unsealed', ?)")
                .param(new byte[32])
                .update();
        assertThat(db.sql("update audit.entry set seal = ? where actor = 'unsealed'")
                        .param(new byte[32])
                        .update())
                .isOne();
    }

    private static void migrate(javax.sql.DataSource data, String target) {
        Flyway.configure()
                .dataSource(data)
                .schemas("audit")
                .defaultSchema("audit")
                .locations("classpath:db/migration/audit")
                .target(target)
                .load()
                .migrate();
    }
}
