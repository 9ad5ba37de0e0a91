package org.sunlight.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.OptionalLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket under their hash, so that several nodes share them: big files go up in parts of
 * {@code partSize} read from disk one at a time, ranges are read with ranged GETs.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final long partSize;

    S3BlobStore(EvidenceProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalStateException("sunlight.evidence.store.s3.bucket must be set for the S3 store");
        }
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(
                        settings.accessKey() == null || settings.accessKey().isBlank()
                                ? DefaultCredentialsProvider.builder().build()
                                : StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        this.partSize = Math.max(5L * 1024 * 1024, settings.partSize());
    }

    @Override
    public OptionalLong size(String sha256) throws IOException {
        try {
            return OptionalLong.of(
                    s3.headObject(b -> b.bucket(bucket).key(sha256)).contentLength());
        } catch (NoSuchKeyException e) {
            return OptionalLong.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return OptionalLong.empty();
            }
            throw new IOException("S3 HEAD " + sha256 + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String sha256, Path file, long size) throws IOException {
        if (size(sha256).orElse(-1) == size) {
            return;
        }
        try {
            if (size <= partSize) {
                s3.putObject(b -> b.bucket(bucket).key(sha256).contentLength(size), RequestBody.fromFile(file));
                return;
            }
            var uploadId =
                    s3.createMultipartUpload(b -> b.bucket(bucket).key(sha256)).uploadId();
            try (var channel = FileChannel.open(file, StandardOpenOption.READ)) {
                var parts = new ArrayList<CompletedPart>();
                long offset = 0;
                int number = 1;
                while (offset < size) {
                    long length = Math.min(partSize, size - offset);
                    channel.position(offset);
                    var body = new BoundedInputStream(Channels.newInputStream(channel), length);
                    int partNumber = number;
                    var etag = s3.uploadPart(
                                    b -> b.bucket(bucket)
                                            .key(sha256)
                                            .uploadId(uploadId)
                                            .partNumber(partNumber)
                                            .contentLength(length),
                                    RequestBody.fromInputStream(body, length))
                            .eTag();
                    parts.add(CompletedPart.builder()
                            .partNumber(partNumber)
                            .eTag(etag)
                            .build());
                    offset += length;
                    number++;
                }
                s3.completeMultipartUpload(b -> b.bucket(bucket)
                        .key(sha256)
                        .uploadId(uploadId)
                        .multipartUpload(
                                CompletedMultipartUpload.builder().parts(parts).build()));
            } catch (RuntimeException | IOException e) {
                s3.abortMultipartUpload(b -> b.bucket(bucket).key(sha256).uploadId(uploadId));
                throw e;
            }
        } catch (S3Exception e) {
            throw new IOException("S3 upload of " + sha256 + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(String sha256, long offset, long length) throws IOException {
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        try {
            return s3.getObject(
                    b -> b.bucket(bucket).key(sha256).range("bytes=" + offset + "-" + (offset + length - 1)));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(sha256);
        } catch (S3Exception e) {
            throw new IOException("S3 GET " + sha256 + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String sha256) throws IOException {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(sha256));
        } catch (S3Exception e) {
            throw new IOException("S3 DELETE " + sha256 + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
