package org.sunlight.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL the product starts when no {@code spring.datasource.url} is given.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port the port it listens on (0 picks a free one)
 * @param poolSize how many connections the product holds to it: on a machine of few cores, more connections than a few
 *     per core only queue inside PostgreSQL instead of in the pool
 * @param sharedBuffers PostgreSQL's own cache ({@code shared_buffers}), e.g. 128MB or 1GB
 */
@ConfigurationProperties("sunlight.database.embedded")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("10") int poolSize,
        @DefaultValue("128MB") String sharedBuffers) {}
