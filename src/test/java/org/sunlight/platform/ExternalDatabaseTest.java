package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.Application;

/**
 * SPRING_DATASOURCE_URL points the product at an external PostgreSQL: here a second, separately started server. The
 * migrations create every module's schema there, the shipped calendar is loaded, and no demo data is.
 */
class ExternalDatabaseTest {

    @TempDir
    Path data;

    @Test
    void migratesAndRunsOnAnExternalPostgresWithoutDemoData() throws Exception {
        try (var external = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .start()) {
            var url = external.getJdbcUrl("postgres", "postgres");
            try (var app = new SpringApplicationBuilder(Application.class)
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=",
                            "--server.port=0")) {
                assertThat(app.containsBean("embeddedPostgres")).isFalse();
                var db = app.getBean(JdbcClient.class);
                assertThat(db.sql("select current_setting('port')")
                                .query(Integer.class)
                                .single())
                        .isEqualTo(external.getPort());
                for (var module : ModuleMigrations.modules()) {
                    assertThat(db.sql("select count(*) from " + module + ".flyway_schema_history where success")
                                    .query(Long.class)
                                    .single())
                            .as("migrations of %s", module)
                            .isPositive();
                }
                assertThat(db.sql("select count(*) from organization.unit")
                                .query(Long.class)
                                .single())
                        .as("no demo data in an external database")
                        .isZero();
                assertThat(db.sql("select count(*) from calendar.calendar_year")
                                .query(Long.class)
                                .single())
                        .isEqualTo(3);

                int port = ((WebServerApplicationContext) app).getWebServer().getPort();
                assertThat(health(port)).contains("\"status\":\"UP\"");
            }
        }
    }

    private static String health(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
