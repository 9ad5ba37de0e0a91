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
 * first start. A key's id is the SHA-256 (hex) of its SubjectPublicKeyInfo, as each head records.
 *
 * <p>A rotation ({@link Integrator#rotateKey}) goes in three steps: the successor pair is written, durably, to
 * {@code audit-ed25519-next.key} and {@code .pub} ({@link #prepareSuccessor}); the database commits the old key's
 * closing head, which vouches for the successor ({@link #handoverBytes}), with the successor's opening head; then
 * {@link #promote} records the old key in {@code audit-ed25519-retired.json} (with its last head and its successor) and
 * moves the successor's files over the current ones, so that the old private key is not kept and can sign nothing
 * more. The database's commit decides: a promotion left undone is finished, under the integrator's lock, before the
 * next signature.
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
    private static final String NEXT_PRIVATE = "audit-ed25519-next.key";
    private static final String NEXT_PUBLIC = "audit-ed25519-next.pub";

    /** The signature type of a key handover, in the byte where RFC 6962 §3.5 puts 0x01 (tree hash). */
    static final byte HANDOVER = (byte) 0x80;

    /** A public key that signs or signed heads. */
    record Key(String keyId, byte[] spki) {

        static Key of(byte[] spki) {
            return new Key(id(spki), spki);
        }

        boolean verifies(long treeSize, byte[] rootHash, long timestampMs, byte[] signed) {
            return verifiesBytes(signedBytes(treeSize, rootHash, timestampMs), signed);
        }

        /** Whether this key signed the closing head and, in it, the handover to the head's successor key. */
        boolean vouchesIn(TreeStore.TreeHead closing) {
            return closing.handsOver()
                    && closing.keyId().equals(keyId)
                    && verifies(closing.treeSize(), closing.rootHash(), closing.timestampMs(), closing.signature())
                    && verifiesBytes(
                            handoverBytes(
                                    closing.treeSize(),
                                    closing.rootHash(),
                                    closing.timestampMs(),
                                    closing.successorSpki()),
                            closing.handoverSignature());
        }

        private boolean verifiesBytes(byte[] bytes, byte[] signed) {
            try {
                var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki));
                var signature = Signature.getInstance("Ed25519");
                signature.initVerify(key);
                signature.update(bytes);
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
     * @param successor the id of the key its closing head vouches for; null for a key retired before keys vouched for
     *     their successors (grandfathered)
     */
    record Retired(Key key, long retiredAtMs, LastHead lastHead, String successor) {

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
     * The bytes a retiring key signs in its closing head to vouch for its successor: the head's 50 bytes with the
     * signature type {@link #HANDOVER} instead of 0x01, then the successor's SubjectPublicKeyInfo.
     */
    static byte[] handoverBytes(long treeSize, byte[] rootHash, long timestampMs, byte[] successorSpki) {
        var head = signedBytes(treeSize, rootHash, timestampMs);
        head[1] = HANDOVER;
        return ByteBuffer.allocate(head.length + successorSpki.length)
                .put(head)
                .put(successorSpki)
                .array();
    }

    /** A key pair made to follow the current key, durable in the key directory before it signs anything. */
    record Successor(KeyPair pair, Key key) {}

    /**
     * Signs a head with the current key as its files hold it now (call under the integrator's lock).
     *
     * @return the signature and the id of the key that made it
     */
    synchronized Signed sign(long treeSize, byte[] rootHash, long timestampMs) {
        usable();
        return new Signed(sign(pair, signedBytes(treeSize, rootHash, timestampMs)), current.keyId());
    }

    /**
     * Signs, with the current key as its files hold it now, the closing head's handover to the successor (call under
     * the integrator's lock).
     */
    synchronized byte[] handover(long treeSize, byte[] rootHash, long timestampMs, Key successor) {
        usable();
        return sign(pair, handoverBytes(treeSize, rootHash, timestampMs, successor.spki()));
    }

    /** Signs a head with the successor, before it is promoted: its opening head, in the rotation's transaction. */
    Signed sign(Successor successor, long treeSize, byte[] rootHash, long timestampMs) {
        return new Signed(
                sign(successor.pair(), signedBytes(treeSize, rootHash, timestampMs)),
                successor.key().keyId());
    }

    private void usable() {
        reload();
        if (readRetired().stream().anyMatch(r -> r.key().keyId().equals(current.keyId()))) {
            throw new IllegalStateException("the audit signing key " + current.keyId()
                    + " is retired and never signs again: finish its rotation (java -jar sunlight.jar rotate-key)");
        }
    }

    private static byte[] sign(KeyPair pair, byte[] bytes) {
        try {
            var signature = Signature.getInstance("Ed25519");
            signature.initSign(pair.getPrivate());
            signature.update(bytes);
            return signature.sign();
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

    /** The current public key. */
    Key current() {
        return keys().current();
    }

    String keyId() {
        return current().keyId();
    }

    /**
     * Makes the key pair that is to follow the current one and writes it, synced to disk, beside the current key
     * ({@code audit-ed25519-next.*}), replacing any successor a rotation that did not commit left there (it signed
     * nothing that was kept). Call under the integrator's lock, before the closing head is stored.
     */
    synchronized Successor prepareSuccessor() {
        try {
            var fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            writeAtomically(NEXT_PRIVATE, fresh.getPrivate().getEncoded(), true);
            writeAtomically(NEXT_PUBLIC, fresh.getPublic().getEncoded(), false);
            return new Successor(fresh, Key.of(fresh.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the next audit signing key in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Finishes a rotation the database committed (call under the integrator's lock): records {@code old} as retired
     * with its closing head and successor, then puts the successor's files in place of the current ones. Each step can
     * be repeated: a promotion stopped anywhere is finished by the next call. Does nothing when the current key is not
     * {@code old} any more.
     *
     * @throws IllegalStateException when the key directory does not hold the successor the closing head names
     */
    synchronized void promote(Key old, LastHead closing, Key successor, long nowMs) {
        reload();
        if (!current.keyId().equals(old.keyId())) {
            return;
        }
        try {
            var nextPublic = directory.resolve(NEXT_PUBLIC);
            var nextPrivate = directory.resolve(NEXT_PRIVATE);
            if (!Files.exists(nextPublic)
                    || !Files.exists(nextPrivate)
                    || !Arrays.equals(Files.readAllBytes(nextPublic), successor.spki())) {
                throw new IllegalStateException("the audit log's closing head of key " + old.keyId()
                        + " vouches for key " + successor.keyId() + ", whose private key is not in " + directory
                        + " (" + NEXT_PRIVATE
                        + "): restore the key directory from its backup; nothing signs until then");
            }
            var retired = new ArrayList<>(readRetired());
            if (retired.stream().noneMatch(r -> r.key().keyId().equals(old.keyId()))) {
                retired.add(new Retired(old, nowMs, closing, successor.keyId()));
                writeRetired(retired);
            }
            // the private key first, as a copy: until the public key is moved too, the current key (by its public
            // key) is the retired one, which signs nothing, and a repeated promotion copies it again
            writeAtomically(PRIVATE, Files.readAllBytes(nextPrivate), true);
            Files.move(
                    nextPublic,
                    directory.resolve(PUBLIC),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            syncDirectory();
            Files.delete(nextPrivate);
            reload();
            log.info(
                    "Rotated the audit log signing key: {} retired, {} signs from now on",
                    old.keyId(),
                    current.keyId());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rotate the audit signing key in " + directory, e);
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
                                : null,
                        node.path("successor").isTextual()
                                ? node.path("successor").asText()
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
            if (r.successor() != null) {
                entry.put("successor", r.successor());
            }
            list.add(JSON.valueToTree(entry));
        }
        writeAtomically(RETIRED, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
    }

    private void writeAtomically(String name, byte[] bytes, boolean secret) throws IOException {
        var temporary = Files.createTempFile(directory, name, ".tmp");
        if (secret && directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        try (var channel = java.nio.channels.FileChannel.open(temporary, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes));
            channel.force(true);
        }
        Files.move(
                temporary,
                directory.resolve(name),
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
    }

    /** Makes the directory's renames durable (where the file system lets a directory be synced). */
    private void syncDirectory() {
        try (var channel = java.nio.channels.FileChannel.open(directory, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the key files themselves are forced to disk; only the rename's durability is left to the file system
            log.warn("The file system does not sync the key directory {}: {}", directory, e.toString());
        }
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
