package org.sunlight.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The product's Ed25519 keys that sign tree heads, kept in the key directory (outside the database). The current key is
 * {@code audit-ed25519.key} (PKCS#8 DER) and {@code audit-ed25519.pub} (X.509 SubjectPublicKeyInfo DER), created on
 * first start. A rotation ({@link KeyRotation}) retires it: its public key and the last head it signed go to
 * {@code audit-ed25519-retired.json}, and a new pair takes its place; the old private key is not kept (its file is
 * replaced), so it can sign nothing more. A key's id is the SHA-256 (hex) of its SubjectPublicKeyInfo, as each head records.
 *
 * <p>The current key is read from its files again, under the integrator's lock, before each signature, so that a node
 * signs with the key another process or node rotated to; a key named in the retired list never signs.
 */
@Component
class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRIVATE = "audit-ed25519.key";
    private static final String PUBLIC = "audit-ed25519.pub";
    private static final String RETIRED = "audit-ed25519-retired.json";

    /** A public key that signs or signed heads. */
    record Key(String keyId, byte[] spki) {

        static Key of(byte[] spki) {
            return new Key(id(spki), spki);
        }

        boolean verifies(long treeSize, byte[] rootHash, long timestampMs, byte[] signed) {
            try {
                var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                var signature = Signature.getInstance("Ed25519");
                signature.initVerify(key);
                signature.update(signedBytes(treeSize, rootHash, timestampMs));
                return signature.verify(signed);
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        }

        String pem() {
            return "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(spki)
                    + "\n-----END PUBLIC KEY-----\n";
        }
    }

    /** Where a key's signing ended: the last head it signed, or none when it signed none. */
    record LastHead(long treeSize, long timestampMs) {}

    /**
     * A key that signs no more.
     *
     * @param retiredAtMs when it was retired
     * @param lastHead the last head it signed (null: none); a head it signed later, or of a larger tree, is forged
     */
    record Retired(Key key, long retiredAtMs, LastHead lastHead) {

        /** Whether a head signed by this key is one it cannot have signed: after its retirement. */
        boolean after(long treeSize, long timestampMs) {
            return lastHead == null || treeSize > lastHead.treeSize() || timestampMs > lastHead.timestampMs();
        }
    }

    /** Every key that signs or signed: the current one and the retired ones, at one moment. */
    record Keys(Key current, List<Retired> retired) {

        Optional<Key> key(String keyId) {
            if (current.keyId().equals(keyId)) {
                return Optional.of(current);
            }
            return retirement(keyId).map(Retired::key);
        }

        Optional<Retired> retirement(String keyId) {
            return retired.stream().filter(r -> r.key().keyId().equals(keyId)).findFirst();
        }
    }

    private final Path directory;
    private KeyPair pair;
    private Key current;

    SigningKey(AuditProperties properties) {
        this.directory = properties.keyDirectory();
        this.pair = loadOrCreate(directory);
        this.current = Key.of(pair.getPublic().getEncoded());
    }

    static String id(byte[] spki) {
        return HexFormat.of().formatHex(Merkle.sha256().digest(spki));
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

    /**
     * Signs a head with the current key as its files hold it now (call under the integrator's lock).
     *
     * @return the signature and the id of the key that made it
     */
    synchronized Signed sign(long treeSize, byte[] rootHash, long timestampMs) {
        reload();
        if (readRetired().stream().anyMatch(r -> r.key().keyId().equals(current.keyId()))) {
            throw new IllegalStateException("the audit signing key " + current.keyId()
                    + " is retired and never signs again: finish its rotation (java -jar sunlight.jar rotate-key)");
        }
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(signedBytes(treeSize, rootHash, timestampMs));
            return new Signed(signature.sign(), current.keyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    record Signed(byte[] signature, String keyId) {}

    /** The current key and the retired ones, as the key directory holds them now. */
    synchronized Keys keys() {
        reload();
        return new Keys(current, readRetired());
    }

    /** Whether the head was signed by a key of the product that may have signed it: known, and not after retiring. */
    boolean verifies(long treeSize, byte[] rootHash, long timestampMs, byte[] signed, String keyId) {
        var keys = keys();
        var key = keys.key(keyId);
        if (key.isEmpty()) {
            return false;
        }
        var retired = keys.retirement(keyId);
        if (retired.isPresent() && retired.get().after(treeSize, timestampMs)) {
            return false;
        }
        return key.get().verifies(treeSize, rootHash, timestampMs, signed);
    }

    /** The current public key. */
    Key current() {
        return keys().current();
    }

    String keyId() {
        return current().keyId();
    }

    /**
     * Retires the current key, with the last head it signed, and makes a new pair current (call under the integrator's
     * lock). When the current key is retired already (a rotation stopped half-way), only the new pair is made.
     *
     * @return the new current key
     */
    synchronized Key rotate(LastHead lastHead, long nowMs) {
        reload();
        var retired = new ArrayList<>(readRetired());
        var old = current;
        try {
            if (retired.stream().noneMatch(r -> r.key().keyId().equals(old.keyId()))) {
                // the old private key is not kept: the new pair replaces its file, so that nobody who later reads
                // the key directory can sign another head of the old key's period (a split view of its tree)
                retired.add(new Retired(old, nowMs, lastHead));
                writeRetired(retired);
            }
            var fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            writeAtomically(PRIVATE, fresh.getPrivate().getEncoded(), true);
            writeAtomically(PUBLIC, fresh.getPublic().getEncoded(), false);
            reload();
            log.info(
                    "Rotated the audit log signing key: {} retired, {} signs from now on",
                    old.keyId(),
                    current.keyId());
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the audit signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the current key again when its public key file changed (rotated by another process or node). */
    private void reload() {
        try {
            var spki = Files.readAllBytes(directory.resolve(PUBLIC));
            if (!Arrays.equals(spki, current == null ? null : current.spki())) {
                pair = loadOrCreate(directory);
                current = Key.of(pair.getPublic().getEncoded());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key in " + directory, e);
        }
    }

    private List<Retired> readRetired() {
        var file = directory.resolve(RETIRED);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            var retired = new ArrayList<Retired>();
            for (var node : JSON.readTree(file.toFile()).path("retired")) {
                var spki = Base64.getDecoder().decode(node.path("spki").asText());
                var key = Key.of(spki);
                if (!key.keyId().equals(node.path("keyId").asText())) {
                    throw new IllegalStateException(file + " names key "
                            + node.path("keyId").asText() + " with a public key whose id is " + key.keyId());
                }
                var last = node.path("lastHead");
                retired.add(new Retired(
                        key,
                        node.path("retiredAt").asLong(),
                        last.isObject()
                                ? new LastHead(
                                        last.path("treeSize").asLong(),
                                        last.path("timestamp").asLong())
                                : null));
            }
            return retired;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the retired audit signing keys " + file, e);
        }
    }

    private void writeRetired(List<Retired> retired) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("retired");
        for (var r : retired) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("keyId", r.key().keyId());
            entry.put("spki", Base64.getEncoder().encodeToString(r.key().spki()));
            entry.put("retiredAt", r.retiredAtMs());
            entry.put(
                    "lastHead",
                    r.lastHead() == null
                            ? null
                            : Map.of(
                                    "treeSize", r.lastHead().treeSize(),
                                    "timestamp", r.lastHead().timestampMs()));
            list.add(JSON.valueToTree(entry));
        }
        writeAtomically(RETIRED, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
    }

    private void writeAtomically(String name, byte[] bytes, boolean secret) throws IOException {
        var temporary = Files.createTempFile(directory, name, ".tmp");
        if (secret && directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.write(temporary, bytes);
        Files.move(
                temporary,
                directory.resolve(name),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private static KeyPair loadOrCreate(Path directory) {
        var privateFile = directory.resolve(PRIVATE);
        var publicFile = directory.resolve(PUBLIC);
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
