package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every evidence store does, run against each of them: a file goes in under its hash and comes back whole or by
 * range; storing the same hash again changes nothing; a file bigger than a part goes up in parts; a missing hash is
 * told apart.
 */
abstract class BlobStoreContract {

    @TempDir
    Path temp;

    /** The store under test, with parts of 5 MiB where it has parts. */
    abstract BlobStore store();

    @Test
    void aFileComesBackWholeAndByRange() throws Exception {
        var content = random(300_000, 1);
        var sha = sha256(content);
        store().put(sha, file(content), content.length);

        assertThat(store().size(sha)).hasValue(content.length);
        try (var in = store().open(sha, 0, content.length)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var in = store().open(sha, 1234, 100)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 1234, 1334));
        }
        try (var in = store().open(sha, content.length - 1, 1)) {
            assertThat(in.readAllBytes()).containsExactly(content[content.length - 1]);
        }
    }

    @Test
    void storingTheSameHashAgainKeepsOneCopy() throws Exception {
        var content = random(10_000, 2);
        var sha = sha256(content);
        store().put(sha, file(content), content.length);
        store().put(sha, file(content), content.length);
        assertThat(store().size(sha)).hasValue(content.length);
        try (var in = store().open(sha, 0, content.length)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha);
        }
    }

    @Test
    void aFileOfSeveralPartsComesBackWhole() throws Exception {
        var content = random(12 * 1024 * 1024 + 333, 3);
        var sha = sha256(content);
        store().put(sha, file(content), content.length);
        assertThat(store().size(sha)).hasValue(content.length);
        try (var in = store().open(sha, 0, content.length)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha);
        }
        try (var in = store().open(sha, 5 * 1024 * 1024 - 10, 20)) {
            assertThat(in.readAllBytes())
                    .isEqualTo(Arrays.copyOfRange(content, 5 * 1024 * 1024 - 10, 5 * 1024 * 1024 + 10));
        }
    }

    @Test
    void aMissingHashIsToldApart() throws Exception {
        var sha = sha256("never stored".getBytes());
        assertThat(store().size(sha)).isEmpty();
        assertThatThrownBy(() -> store().open(sha, 0, 10).readAllBytes()).isInstanceOf(IOException.class);

        var content = random(1000, 4);
        var stored = sha256(content);
        store().put(stored, file(content), content.length);
        store().delete(stored);
        assertThat(store().size(stored)).isEmpty();
    }

    private Path file(byte[] content) throws IOException {
        var file = Files.createTempFile(temp, "upload", ".part");
        Files.write(file, content);
        return file;
    }

    static byte[] random(int size, long seed) {
        var bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
