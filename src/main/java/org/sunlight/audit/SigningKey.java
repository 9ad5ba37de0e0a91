package org.sunlight.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The product's Ed25519 key that signs tree heads: created on first start in the key directory (outside the
 * database), as {@code audit-ed25519.key} (PKCS#8 DER) and {@code audit-ed25519.pub} (X.509 SubjectPublicKeyInfo
 * DER), and read from there afterwards.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    SigningKey(AuditProperties properties) {
        var pair = loadOrCreate(properties.keyDirectory());
        this.privateKey = pair.getPrivate();
        this.publicKey = pair.getPublic();
        this.keyId = HexFormat.of().formatHex(Merkle.sha256().digest(publicKey.getEncoded()));
    }

    /** The 50 bytes signed for a tree head (RFC 6962 §3.5 TreeHeadSignature layout). */
    static byte[] signedBytes(long treeSize, byte[] rootHash, long timestampMs) {
        return ByteBuffer.allocate(50)
                .put((byte) 0)
                .put((byte) 1)
                .putLong(timestampMs)
                .putLong(treeSize)
                .put(rootHash)
                .array();
    }

    byte[] sign(long treeSize, byte[] rootHash, long timestampMs) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(signedBytes(treeSize, rootHash, timestampMs));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(long treeSize, byte[] rootHash, long timestampMs, byte[] signed) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(signedBytes(treeSize, rootHash, timestampMs));
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    byte[] publicKeyDer() {
        return publicKey.getEncoded();
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    String keyId() {
        return keyId;
    }

    private static KeyPair loadOrCreate(Path directory) {
        var privateFile = directory.resolve("audit-ed25519.key");
        var publicFile = directory.resolve("audit-ed25519.pub");
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                return new KeyPair(
                        factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
            }
            Files.createDirectories(directory);
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var temporary = Files.createTempFile(directory, "audit-ed25519", ".tmp");
            if (directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } else {
                log.warn("{} keeps no POSIX permissions: protect the signing key's directory yourself", directory);
            }
            Files.write(temporary, pair.getPrivate().getEncoded());
            Files.move(temporary, privateFile);
            Files.write(publicFile, pair.getPublic().getEncoded());
            log.info("Created the audit log signing key in {}", directory.toAbsolutePath());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
