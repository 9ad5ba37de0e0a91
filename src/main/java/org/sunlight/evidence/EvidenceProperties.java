package org.sunlight.evidence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where evidence files go.
 *
 * @param uploadDirectory where uploads in progress are kept until complete (local to the node that receives them)
 * @param maxFileSize the largest file accepted, in bytes (default 64 GiB)
 * @param abandonAfter how long an upload may go without a new chunk before it is given up and its bytes deleted
 */
@ConfigurationProperties("sunlight.evidence")
record EvidenceProperties(
        @DefaultValue("./data/uploads") Path uploadDirectory,
        @DefaultValue("68719476736") long maxFileSize,
        @DefaultValue("7d") java.time.Duration abandonAfter,
        @DefaultValue Store store) {

    /**
     * @param type {@code local} (default) or {@code s3}
     * @param localDirectory where the local store keeps files
     */
    record Store(
            @DefaultValue("local") String type,
            @DefaultValue("./data/blobs") Path localDirectory,
            @DefaultValue S3 s3) {}

    /**
     * An S3-compatible bucket.
     *
     * @param endpoint the service's address, e.g. {@code http://minio:9000}; empty for AWS itself
     * @param pathStyle address the bucket in the path rather than the host name (most S3-compatible servers)
     * @param partSize the size of the parts of a multipart upload, in bytes (at least 5 MiB)
     */
    record S3(
            String endpoint,
            String bucket,
            @DefaultValue("us-east-1") String region,
            String accessKey,
            String secretKey,
            @DefaultValue("true") boolean pathStyle,
            @DefaultValue("16777216") long partSize) {}
}
