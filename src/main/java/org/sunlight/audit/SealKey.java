package org.sunlight.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The secret key that seals each audit entry as it is appended: HMAC-SHA256 over the entry's leaf hash. Kept outside the
 * database, beside the signing key, as {@code audit-entry-seal.key} (32 random bytes), created on first start. Someone
 * with rights on the database but not on this file cannot write an entry the integrator will take into the tree.
 */
@Component
class SealKey {

    private static final Logger log = LoggerFactory.getLogger(SealKey.class);
    private static final String FILE = "audit-entry-seal.key";

    private final SecretKeySpec key;
    private final boolean created;
    /**
     * One keyed MAC per thread, kept: looking up the provider and keying a {@link Mac} for every entry was a fifth of
     * an append's time in the JVM. {@link Mac#doFinal} leaves it keyed and ready for the next entry.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::keyedMac);

    SealKey(AuditProperties properties) {
        var file = properties.keyDirectory().resolve(FILE);
        try {
            if (Files.exists(file)) {
                this.key = new SecretKeySpec(Files.readAllBytes(file), "HmacSHA256");
                this.created = false;
            } else {
                this.key = new SecretKeySpec(create(properties.keyDirectory(), file), "HmacSHA256");
                this.created = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit seal key " + file, e);
        }
    }

    /** Whether this start created the key: the entries written before it are sealed once, now. */
    boolean created() {
        return created;
    }

    byte[] seal(byte[] leafHash) {
        return macs.get().doFinal(leafHash);
    }

    private Mac keyedMac() {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean sealed(byte[] leafHash, byte[] seal) {
        return seal != null && MessageDigest.isEqual(seal(leafHash), seal);
    }

    private static byte[] create(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        var temporary = Files.createTempFile(directory, "audit-entry-seal", ".tmp");
        if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.write(temporary, bytes);
        try {
            Files.move(temporary, file);
        } catch (java.nio.file.FileAlreadyExistsException another) {
            // another node sharing the key directory created it first: use that one
            Files.delete(temporary);
            return Files.readAllBytes(file);
        }
        log.info("Created the audit entry seal key in {}", directory.toAbsolutePath());
        return bytes;
    }
}
