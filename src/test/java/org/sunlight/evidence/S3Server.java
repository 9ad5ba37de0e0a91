package org.sunlight.evidence;

import com.adobe.testing.s3mock.S3MockApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real S3 API server (Adobe S3Mock) in the test JVM, on a free port, with a bucket {@code evidence}. It reads only
 * its own settings and leaves out the product's database and security.
 */
final class S3Server {

    static final String BUCKET = "evidence";
    private static S3MockApplication server;

    private S3Server() {}

    static synchronized String endpoint() {
        if (server == null) {
            try {
                var root = Files.createTempDirectory("sunlight-s3mock");
                server = S3MockApplication.start(
                        new java.util.HashMap<String, Object>(Map.of(
                                S3MockApplication.PROP_HTTP_PORT,
                                S3MockApplication.RANDOM_PORT,
                                S3MockApplication.PROP_HTTPS_PORT,
                                S3MockApplication.RANDOM_PORT,
                                S3MockApplication.PROP_INITIAL_BUCKETS,
                                BUCKET,
                                S3MockApplication.PROP_ROOT_DIRECTORY,
                                root.toString(),
                                S3MockApplication.PROP_SILENT,
                                true)),
                        "--spring.config.location=classpath:/application.properties",
                        "--sunlight.test.shared-database=false",
                        // at the end of the run it stops at once, whatever connections the S3 client keeps open
                        "--server.shutdown=immediate",
                        "--spring.autoconfigure.exclude="
                                + String.join(
                                        ",",
                                        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
                                        "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
                                        "org.springframework.boot.autoconfigure.data.jdbc.JdbcRepositoriesAutoConfiguration",
                                        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
                                        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
                                        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
                                        "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
                                        "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
                                        "org.springframework.modulith.events.config.EventPublicationAutoConfiguration"));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return "http://localhost:" + server.getHttpPort();
    }
}
