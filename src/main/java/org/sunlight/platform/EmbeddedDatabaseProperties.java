package org.sunlight.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL the product starts when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port the port it listens on (0 picks a free one)
 */
@ConfigurationProperties("sunlight.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("0") int port) {}
