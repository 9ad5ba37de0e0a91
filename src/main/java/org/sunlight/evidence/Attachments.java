package org.sunlight.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;

/**
 * Files that belong to no case yet (a complaint's attachments): stored in the same content-addressed store as evidence,
 * under their SHA-256, and read back by it. The caller keeps which record they belong to and who may read them.
 */
@Service
public class Attachments {

    /** A stored file: its SHA-256 (lower-case hex) and its size in bytes. */
    public record Stored(String sha256, long size) {}

    private final BlobStore store;

    Attachments(BlobStore store) {
        this.store = store;
    }

    /**
     * Stores exactly {@code size} bytes read from the stream; a stream that ends early or goes on longer is refused
     * with an {@link IllegalArgumentException} and nothing is stored.
     */
    public Stored store(InputStream content, long size) {
        try {
            var file = Files.createTempFile("attachment", ".part");
            try {
                MessageDigest digest;
                try {
                    digest = MessageDigest.getInstance("SHA-256");
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
                long copied;
                try (var out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                    copied = content.transferTo(out);
                }
                if (copied != size) {
                    throw new IllegalArgumentException("expected " + size + " bytes, read " + copied);
                }
                var sha256 = HexFormat.of().formatHex(digest.digest());
                store.put(sha256, file, size);
                return new Stored(sha256, size);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stored file's bytes; the stream must be closed. */
    public InputStream open(Stored file) throws IOException {
        return store.open(file.sha256(), 0, file.size());
    }
}
