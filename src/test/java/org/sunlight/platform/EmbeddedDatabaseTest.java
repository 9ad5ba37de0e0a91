package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;

/** With no database configured the product runs on its own PostgreSQL, and keeps every record across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path data;

    @Test
    void recordsSurviveARestartAndTheDemoDataIsLoadedOnlyOnce() {
        var directory = data.resolve("postgres");
        String unitName = "测试卫生健康局" + UUID.randomUUID().toString().substring(0, 6);
        long officers;
        try (var first = start(directory)) {
            var db = first.getBean(JdbcClient.class);
            officers = count(db, "organization.officer");
            assertThat(officers).as("demo officers on first start").isGreaterThanOrEqualTo(30);
            db.sql(
                            """
                            insert into organization.unit (name, division_code, level, parent_id)
                            select ?, '370882', 'COUNTY', id from organization.unit where division_code = '370800'
                            """)
                    .param(unitName)
                    .update();
        }
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        try (var second = start(directory)) {
            var db = second.getBean(JdbcClient.class);
            assertThat(db.sql("select count(*) from organization.unit where name = ?")
                            .param(unitName)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(count(db, "organization.officer"))
                    .as("demo data not loaded again")
                    .isEqualTo(officers);
        }
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.database.embedded.data-directory=" + directory,
                        "--server.port=0");
    }

    private static long count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Long.class).single();
    }
}
