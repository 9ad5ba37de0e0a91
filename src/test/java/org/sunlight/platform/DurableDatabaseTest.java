package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;

/**
 * The product, started on its embedded database with its own settings (not the tests' fast ones), keeps what it
 * acknowledges: PostgreSQL itself answers that fsync, synchronous commit and full-page writes are on.
 */
class DurableDatabaseTest {

    @TempDir
    Path data;

    @Test
    void theEmbeddedDatabaseIsDurableByDefault() {
        try (var product = new SpringApplicationBuilder(Application.class)
                .run(
                        "--sunlight.test.shared-database=false",
                        "--sunlight.test.fast-database=false",
                        "--sunlight.database.embedded.data-directory=" + data.resolve("postgres"),
                        "--sunlight.database.embedded.backup.directory=" + data.resolve("backups"),
                        "--server.port=0")) {
            var db = JdbcClient.create(product.getBean(DataSource.class));
            assertThat(show(db, "fsync")).isEqualTo("on");
            assertThat(show(db, "synchronous_commit")).isEqualTo("on");
            assertThat(show(db, "full_page_writes")).isEqualTo("on");
            assertThat(show(db, "archive_mode")).isEqualTo("off");
            // a quarter of the machine's memory up to 2 GB, never the library's 128 MB unless the machine is tiny
            var properties = product.getBean(EmbeddedDatabaseProperties.class);
            long expected = properties.effectiveSharedBuffers().toMegabytes();
            assertThat(db.sql("select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(expected);
            assertThat(expected).isBetween(128L, 2048L);
        }
    }

    private static String show(JdbcClient db, String setting) {
        return db.sql("show " + setting).query(String.class).single();
    }
}
