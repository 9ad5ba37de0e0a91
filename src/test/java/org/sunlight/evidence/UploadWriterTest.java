package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Chunks of any length, at any offset, end up in the partial file byte for byte and in the running hash, whether the
 * file system takes direct writes (the disk under target/) or not: the partial block a chunk ends with is written
 * again with the next chunk, and a body that breaks off keeps what arrived.
 */
class UploadWriterTest {

    private final UploadWriter writer = new UploadWriter(2);

    @Test
    void chunksOfOddLengthsAreAppendedAndHashedInOrder() throws Exception {
        var content = new byte[3 * UploadWriter.BUFFER + 12_345];
        new Random(7).nextBytes(content);
        var file = Files.createTempDirectory(Path.of("target"), "upload-writer").resolve("upload.part");
        var digest = Evidence.sha256();
        int[] lengths = {1, 4095, 4097, 3, UploadWriter.BUFFER + 3, 0, 2 * UploadWriter.BUFFER - 4096, 8192};
        long held = 0;
        for (int length : lengths) {
            long left = content.length - held;
            int n = (int) Math.min(length, left);
            long appended = writer.append(
                    UUID.randomUUID(), file, held, n, new ByteArrayInputStream(content, (int) held, n), digest);
            assertThat(appended).isEqualTo(n);
            held += n;
            assertThat(Files.size(file)).isEqualTo(held);
        }
        // the rest, declared longer than what comes: the body ends early
        long rest = content.length - held;
        assertThat(writer.append(
                        UUID.randomUUID(),
                        file,
                        held,
                        rest + 100,
                        new ByteArrayInputStream(content, (int) held, (int) rest),
                        digest))
                .isEqualTo(rest);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(digest.digest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aBodyThatBreaksOffKeepsWhatArrived() throws Exception {
        var content = new byte[UploadWriter.BUFFER + 777];
        new Random(11).nextBytes(content);
        var file = Files.createTempDirectory(Path.of("target"), "upload-writer").resolve("upload.part");
        var digest = Evidence.sha256();
        int arrives = UploadWriter.BUFFER / 2 + 5;
        var broken = new InputStream() {
            int at = 0;

            @Override
            public int read() throws IOException {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (at >= arrives) {
                    throw new IOException("connection reset");
                }
                int n = Math.min(length, arrives - at);
                System.arraycopy(content, at, buffer, offset, n);
                at += n;
                return n;
            }
        };
        assertThat(writer.append(UUID.randomUUID(), file, 0, content.length, broken, digest))
                .isEqualTo(arrives);
        assertThat(Files.size(file)).isEqualTo(arrives);
        long rest = content.length - arrives;
        assertThat(writer.append(
                        UUID.randomUUID(),
                        file,
                        arrives,
                        rest,
                        new ByteArrayInputStream(content, arrives, (int) rest),
                        digest))
                .isEqualTo(rest);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(digest.digest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
