package org.sunlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code verify} command ({@code java -jar sunlight.jar verify}) as {@link Application#main} runs it, on the test
 * database: it starts without a web server, prints the report, answers 0 when nothing was changed and 1 when one log
 * row was, naming the row.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VerifyCommandTest {

    @LocalServerPort
    int port;

    @Test
    void exitsZeroWhenCleanAndOneNamingTheEntryWhenALogRowWasChanged() throws Exception {
        StaffClient.loggedIn(port, "qufu-admin");
        var data =
                new org.springframework.jdbc.datasource.DriverManagerDataSource(TestDatabase.jdbcUrl(), "postgres", "");
        var db = JdbcClient.create(data);
        for (int i = 0;
                i < 100
                        && db.sql(
                                                """
                                                select count(*) from audit.entry e
                                                where not exists (select 1 from audit.leaf l where l.entry_id = e.id)
                                                """)
                                        .query(Long.class)
                                        .single()
                                > 0;
                i++) {
            Thread.sleep(100);
        }
        var clean = new ByteArrayOutputStream();
        assertThat(Application.verify(new PrintStream(clean, true, StandardCharsets.UTF_8), "--server.port=-1"))
                .as(clean.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(clean.toString(StandardCharsets.UTF_8)).contains("[审计日志]", "[执法文书]", "CLEAN");

        var index = db.sql("select max(leaf_index) / 2 from audit.leaf")
                .query(Long.class)
                .single();
        var address = db.sql(
                        "select address from audit.entry where id = (select entry_id from audit.leaf where leaf_index = ?)")
                .param(index)
                .query(String.class)
                .optional()
                .orElse(null);
        var entry = " where id = (select entry_id from audit.leaf where leaf_index = " + index + ")";
        tamper(db, "update audit.entry set address = '203.0.113.9'" + entry);
        try {
            var dirty = new ByteArrayOutputStream();
            assertThat(Application.verify(new PrintStream(dirty, true, StandardCharsets.UTF_8), "--server.port=-1"))
                    .isEqualTo(1);
            assertThat(dirty.toString(StandardCharsets.UTF_8))
                    .contains("审计日志第 " + index + " 号", "CHANGED", "PROBLEMS FOUND");
        } finally {
            tamper(db, "update audit.entry set address = " + (address == null ? "null" : "'" + address + "'") + entry);
        }
    }

    private static void tamper(JdbcClient db, String sql) {
        db.sql("begin; alter table audit.entry disable trigger entry_append_only; " + sql
                        + "; alter table audit.entry enable trigger entry_append_only; commit")
                .update();
    }
}
