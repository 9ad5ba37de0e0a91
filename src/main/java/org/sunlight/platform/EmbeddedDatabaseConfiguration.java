package org.sunlight.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts PostgreSQL inside the product when no external database is configured, so that the product runs on a
 * fresh machine with nothing installed, on the same engine as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        return start(properties);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("sunlight-embedded");
        dataSource.setMaximumPoolSize(properties.poolSize());
        return dataSource;
    }

    @Bean
    EmbeddedDatabase embeddedDatabase() {
        return new EmbeddedDatabase();
    }

    /** Starts (or restarts, keeping its data) the cluster in the configured directory. */
    static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) throws IOException {
        var directory = properties.dataDirectory().toAbsolutePath().normalize();
        Files.createDirectories(directory);
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", properties.sharedBuffers())
                .start();
        log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
        return postgres;
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url");
        }
    }
}
