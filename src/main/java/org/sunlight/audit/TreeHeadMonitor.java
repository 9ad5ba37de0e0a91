package org.sunlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code monitor} command, a monitor of the audit log in the manner of a Certificate Transparency monitor (RFC 6962
 * §5.3): it keeps, in a file outside the product's database, the signing keys it trusts (with a retired key's last
 * head) and every signed tree head it has accepted. Each run fetches the product's keys and newest head and checks
 * that every key kept is still published unchanged, that the head is signed by the key it names, a key it trusts, and
 * not by a retired key after its last head, and that the log it commits to extends the last head kept (the RFC 9162
 * §2.1.4 consistency proof), across a rotation of the key as well. A rollback of the database to an earlier state, a
 * log rewritten below a head already seen, or heads signed with an unknown or retired key are found here even when the
 * heads stored in the database were rolled back with it. Needs only the product's public URLs; no Spring, no database.
 *
 * <p>Which keys it trusts: on its first run (no state file), the keys given with {@code --trust-key}, or, when none is
 * given, every key the product publishes as its own (trust on first use, which it says). Afterwards, a key it has not
 * seen only when the closing head of a key it trusts vouches for it, signed by that key (a rotation, or a chain of
 * them); a key the product publishes without that — whoever could write its database or its answers — is reported as
 * unvouched, naming both keys, and the run fails. A key given with {@code --trust-key} is trusted as well: the way to
 * accept, after checking it out of band, a key whose predecessor was retired before keys vouched for their successors
 * (GRANDFATHERED). The keys a state file already kept from before vouching stay trusted.
 *
 * <pre>java -jar sunlight.jar monitor --url https://example.org [--state data/monitor/heads.json] [--trust-key ID]...</pre>
 *
 * Exit status: 0 when the new head is consistent (and is kept), 1 when a problem was found (nothing is kept), 2 when
 * the product could not be asked or the arguments are wrong.
 */
public final class TreeHeadMonitor {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Path state;
    private final PrintStream out;
    private final List<String> given;

    private TreeHeadMonitor(URI base, Path state, PrintStream out, List<String> given) {
        this.base = base;
        this.state = state;
        this.out = out;
        this.given = given;
    }

    /** A signed tree head as the product publishes it at {@code /api/transparency/sth}. */
    record Head(long treeSize, byte[] rootHash, long timestamp, byte[] signature, String keyId) {

        static Head of(JsonNode json) {
            return new Head(
                    json.path("treeSize").asLong(-1),
                    HEX.parseHex(json.path("rootHash").asText("")),
                    json.path("timestamp").asLong(-1),
                    Base64.getDecoder().decode(json.path("signature").asText("")),
                    json.path("keyId").isTextual() ? json.path("keyId").asText() : null);
        }

        ObjectNode json() {
            var node = JSON.createObjectNode();
            node.put("treeSize", treeSize);
            node.put("rootHash", HEX.formatHex(rootHash));
            node.put("timestamp", timestamp);
            node.put("signature", Base64.getEncoder().encodeToString(signature));
            node.put("keyId", keyId);
            return node;
        }

        /** The bytes a closing head's key signs to vouch for its successor: {@link #signed()} with type 0x80, then its key. */
        byte[] handover(byte[] successorSpki) {
            var bytes = signed();
            bytes[1] = (byte) 0x80;
            return ByteBuffer.allocate(bytes.length + successorSpki.length)
                    .put(bytes)
                    .put(successorSpki)
                    .array();
        }

        /** The 50 signed bytes of RFC 6962 §3.5: version, signature type, timestamp, tree size, root hash. */
        byte[] signed() {
            return ByteBuffer.allocate(50)
                    .put((byte) 0)
                    .put((byte) 1)
                    .putLong(timestamp)
                    .putLong(treeSize)
                    .put(rootHash)
                    .array();
        }
    }

    public static int run(PrintStream out, String... args) {
        String url = null;
        String file = "data/monitor/heads.json";
        var given = new ArrayList<String>();
        for (int i = 0; i < args.length; i++) {
            if ("--url".equals(args[i]) && i + 1 < args.length) {
                url = args[++i];
            } else if ("--trust-key".equals(args[i]) && i + 1 < args.length) {
                given.add(args[++i].strip().toLowerCase(java.util.Locale.ROOT));
            } else if ("--state".equals(args[i]) && i + 1 < args.length) {
                file = args[++i];
            } else {
                out.println("未知参数 / unknown argument: " + args[i]);
                return usage(out);
            }
        }
        if (url == null) {
            return usage(out);
        }
        URI base;
        try {
            base = URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            out.println("地址无效 / invalid URL: " + url);
            return 2;
        }
        try {
            return new TreeHeadMonitor(base, Path.of(file), out, given).check();
        } catch (IOException e) {
            out.println("无法读取或写入 / cannot read or write: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        } catch (RuntimeException e) {
            out.println("回应或状态文件的内容无法读取 / unreadable answer or state file: " + e.getMessage());
            return 2;
        }
    }

    private static int usage(PrintStream out) {
        out.println("用法 / usage: java -jar sunlight.jar monitor --url <product URL> [--state <file>]"
                + " [--trust-key <key id>]...");
        return 2;
    }

    private int check() throws IOException, InterruptedException {
        var publishedKeys = get("api/transparency/public-keys");
        var latest = get("api/transparency/sth");
        if (publishedKeys == null || latest == null) {
            return 2;
        }
        ObjectNode kept = Files.exists(state) ? (ObjectNode) JSON.readTree(state.toFile()) : JSON.createObjectNode();
        var problems = new ArrayList<String>();

        // the keys: every one published names itself by its hash, and every one kept is still published, unchanged
        var published = new LinkedHashMap<String, JsonNode>();
        for (var key : publishedKeys) {
            String id = key.path("keyId").asText("");
            if (!id.equals(keyId(key.path("spki").asText("")))) {
                problems.add("公布的密钥标识 " + id + " 与其公钥不符 / a published key id is not its key's hash");
            }
            published.put(id, key);
        }
        // the keys this monitor trusts: those it kept (trusted before), and those given; on the first run, when none
        // is given, every key the product publishes as its own (trust on first use)
        var keys = keptKeys(kept);
        var trustedBefore = new java.util.HashSet<>(keys.keySet());
        for (var id : given) {
            if (!published.containsKey(id)) {
                problems.add("指定信任的密钥 " + id + " 未公布 / the key given to trust is not published");
            } else {
                keys.putIfAbsent(id, published.get(id));
            }
        }
        boolean firstUse = trustedBefore.isEmpty();
        if (firstUse && given.isEmpty()) {
            published.values().stream()
                    .filter(key -> !"UNVOUCHED".equals(key.path("status").asText()))
                    .forEach(key -> keys.put(key.path("keyId").asText(), key));
        }
        for (var known : keys.values()) {
            if (!trustedBefore.contains(known.path("keyId").asText())) {
                continue;
            }
            String id = known.path("keyId").asText();
            var now = published.get(id);
            if (now == null) {
                problems.add("曾见过的签名公钥 " + id + " 不再公布 / a signing key seen before is no longer published");
            } else if (!now.path("spki").asText().equals(known.path("spki").asText())) {
                problems.add("签名公钥与首次所见不同（密钥 " + id + "） / the signing key differs from the one first seen");
            } else if (known.path("lastHead").isObject()
                    && !known.path("lastHead").equals(now.path("lastHead"))) {
                problems.add("已停用密钥 " + id + " 的最后树头被改动 / the last head of a retired key changed");
            }
        }

        // the head: signed by the key it names, a key this monitor trusts or one a trusted key vouched for, and not by
        // a
        // retired key after its last head
        var head = Head.of(latest);
        var heads = kept.has("heads") ? (ArrayNode) kept.get("heads") : JSON.createArrayNode();
        Head last = heads.isEmpty() ? null : Head.of(heads.get(heads.size() - 1));
        var vouched = new LinkedHashMap<String, String>();
        var closings = new ArrayList<Head>();
        if (!keys.containsKey(head.keyId()) && published.containsKey(head.keyId())) {
            var unvouched = vouch(keys, published, head, last, vouched, closings);
            if (unvouched != null) {
                problems.add(unvouched);
            }
        }
        var signer = keys.get(head.keyId());
        if (!published.containsKey(head.keyId())) {
            problems.add("树头（树大小 " + head.treeSize() + "）由未公布的密钥 " + head.keyId() + " 签署 / the head is signed by an"
                    + " unknown key");
        } else if (signer == null) {
            // named by vouch()
        } else if (head.rootHash().length != 32
                || head.treeSize() < 0
                || !signedBy(head, signer.path("spki").asText())) {
            problems.add("树头（树大小 " + head.treeSize() + "）的签名无法用所保存的公钥验证 / the head's signature does not"
                    + " verify with the kept key");
        } else if (afterRetirement(published.get(head.keyId()), head.treeSize(), head.timestamp())) {
            problems.add("树头（树大小 " + head.treeSize() + "）由已停用的密钥 " + head.keyId() + " 在其停用后签署 / the head is"
                    + " signed by a retired key after its last head");
        }
        // the heads seen before: none may lie after the published end of its key's period
        for (var seen : heads) {
            var before = Head.of(seen);
            if (before.keyId() != null
                    && afterRetirement(published.get(before.keyId()), before.treeSize(), before.timestamp())) {
                problems.add("已见过的树头（树大小 " + before.treeSize() + "）晚于其密钥 " + before.keyId()
                        + " 公布的最后树头 / a head seen before lies after its key's published last head");
            }
        }
        // each closing head that vouched for a new key lies in the log the new head commits to
        for (var closing : closings) {
            if (problems.isEmpty() && !extendsLog(closing, head, problems)) {
                return 2;
            }
        }
        if (last != null && problems.isEmpty()) {
            if (head.treeSize() < last.treeSize()) {
                problems.add("日志回退：树大小从 %d 变为 %d（数据库可能被回滚） / the log shrank from %d to %d entries"
                        .formatted(last.treeSize(), head.treeSize(), last.treeSize(), head.treeSize()));
            } else if (head.timestamp() < last.timestamp()) {
                problems.add("树头时间早于上次所见的树头 / the head is older than the last one seen");
            } else if (head.treeSize() == last.treeSize()) {
                if (!Arrays.equals(head.rootHash(), last.rootHash())) {
                    problems.add("同一树大小 %d 出现两个不同的根哈希（日志被改写） / two roots for tree size %d"
                            .formatted(head.treeSize(), head.treeSize()));
                }
            } else if (!extendsLog(last, head, problems)) {
                return 2;
            }
        }
        if (!problems.isEmpty()) {
            out.println("审计日志监测：发现 " + problems.size() + " 个问题，未保存新树头 / audit log monitor: " + problems.size()
                    + " problem(s), the new head is not kept");
            problems.forEach(problem -> out.println("  - " + problem));
            return 1;
        }
        // the keys trusted are kept from now on, with their status and, once retired, their last head
        var keptList = JSON.createArrayNode();
        for (var id : keys.keySet()) {
            var key = published.get(id);
            var entry = keptList.addObject();
            entry.put("keyId", key.path("keyId").asText());
            entry.put("spki", key.path("spki").asText());
            entry.put("status", key.path("status").asText());
            if (key.path("lastHead").isObject()) {
                entry.set("lastHead", key.path("lastHead"));
            }
            var by = vouched.get(id);
            if (by != null) {
                entry.put("vouchedBy", by);
            } else if (!trustedBefore.contains(id)) {
                entry.put("trusted", given.contains(id) ? "GIVEN" : "FIRST_USE");
            } else if (known(kept, id) != null) {
                entry.setAll(copyTrust(known(kept, id)));
            }
        }
        kept.remove("spki");
        kept.remove("keyId");
        kept.set("keys", keptList);
        if (last == null || head.treeSize() != last.treeSize()) {
            heads.add(head.json());
        }
        kept.set("heads", heads);
        save(kept);
        if (firstUse) {
            out.println((given.isEmpty()
                            ? "审计日志监测：首次运行，首次使用即信任所公布的签名密钥 / first run: trusting the published keys on" + " first use: "
                            : "审计日志监测：首次运行，信任指定的签名密钥 / first run: trusting the keys given: ")
                    + String.join(", ", keys.keySet()));
        } else {
            given.stream()
                    .filter(id -> !trustedBefore.contains(id))
                    .forEach(id -> out.println("审计日志监测：按指定信任签名密钥 %s / trusting key %s as given".formatted(id, id)));
        }
        vouched.forEach((id, by) -> out.println(
                "审计日志监测：签名密钥已轮换，新密钥 %s 由密钥 %s 担保 / the signing key was rotated: new key %s, vouched for by key %s"
                        .formatted(id, by, id, by)));
        out.println(
                last == null
                        ? "审计日志监测：首次记录树头（树大小 %d）与签名公钥 / first head kept (tree size %d)"
                                .formatted(head.treeSize(), head.treeSize())
                        : "审计日志监测：树大小 %d → %d，一致 / consistent from tree size %d to %d"
                                .formatted(last.treeSize(), head.treeSize(), last.treeSize(), head.treeSize()));
        return 0;
    }

    /**
     * Trusts the key that signed the head when a trusted key vouched for it, in a chain of one or more rotations: each
     * trusted key's closing head, as published with it, signed by that key, and the handover to its successor signed
     * by it too (a key the product only publishes, whoever put it there, is not trusted).
     *
     * @param vouched filled with each key newly trusted and the key that vouched for it
     * @param closings filled with the closing heads that vouched, to be checked against the new head
     * @return null when the head's key is now trusted, otherwise what is wrong, naming both keys
     */
    private static String vouch(
            Map<String, JsonNode> keys,
            Map<String, JsonNode> published,
            Head head,
            Head last,
            Map<String, String> vouched,
            List<Head> closings) {
        var refused = new LinkedHashMap<String, String>();
        boolean progress = true;
        while (!keys.containsKey(head.keyId()) && progress) {
            progress = false;
            for (var trusted : new ArrayList<>(keys.values())) {
                String id = trusted.path("keyId").asText();
                var handover = published.containsKey(id) ? published.get(id).path("handover") : null;
                if (handover == null || !handover.isObject()) {
                    continue;
                }
                String successor = handover.path("successorKeyId").asText("");
                if (keys.containsKey(successor)) {
                    continue;
                }
                String spki = handover.path("successorSpki").asText("");
                var closing = Head.of(handover.path("closingHead"));
                byte[] signature;
                try {
                    signature = Base64.getDecoder()
                            .decode(handover.path("signature").asText(""));
                } catch (IllegalArgumentException e) {
                    signature = new byte[0];
                }
                var successorKey = published.get(successor);
                if (!successor.equals(keyId(spki))
                        || successorKey == null
                        || !spki.equals(successorKey.path("spki").asText())
                        || !id.equals(closing.keyId())
                        || !signedBy(closing, trusted.path("spki").asText())
                        || !verifies(
                                closing.handover(Base64.getDecoder().decode(spki)),
                                signature,
                                trusted.path("spki").asText())) {
                    refused.put(successor, id);
                    continue;
                }
                keys.put(successor, successorKey);
                vouched.put(successor, id);
                closings.add(closing);
                progress = true;
            }
        }
        if (keys.containsKey(head.keyId())) {
            return null;
        }
        var key = published.get(head.keyId());
        String by = refused.containsKey(head.keyId())
                ? refused.get(head.keyId())
                : key.path("vouchedBy").isTextual()
                        ? key.path("vouchedBy").asText()
                        : last != null && last.keyId() != null ? last.keyId() : String.join(", ", keys.keySet());
        String why;
        if (refused.containsKey(head.keyId())) {
            why = "密钥 " + by + " 收尾树头中的担保签名无法用该密钥验证 / the handover in key " + by
                    + "'s closing head does not verify with that key";
        } else if ("GRANDFATHERED".equals(key.path("vouching").asText())) {
            why = "其前一个密钥停用于担保机制之前（GRANDFATHERED）：请另行核对该密钥后以 --trust-key " + head.keyId() + " 运行 / its"
                    + " predecessor was retired before keys vouched for their successors: check it out of band, then run"
                    + " with --trust-key " + head.keyId();
        } else {
            why = "没有受信任密钥的收尾树头为它担保 / no closing head of a trusted key vouches for it";
        }
        return "未经担保的签名密钥：树头（树大小 %d）由密钥 %s 签署，本监测所信任的密钥 %s 没有为它担保（%s） / unvouched signing key: the head is signed by key %s, for which key %s, trusted by this monitor, has not vouched"
                .formatted(head.treeSize(), head.keyId(), by, why, head.keyId(), by);
    }

    /** Whether the newer head's log extends the older one's (RFC 9162 §2.1.4); false only when it cannot be asked. */
    private boolean extendsLog(Head older, Head newer, List<String> problems) throws IOException, InterruptedException {
        if (newer.treeSize() < older.treeSize()) {
            problems.add("日志回退：树大小从 %d 变为 %d（数据库可能被回滚） / the log shrank from %d to %d entries"
                    .formatted(older.treeSize(), newer.treeSize(), older.treeSize(), newer.treeSize()));
            return true;
        }
        if (newer.treeSize() == older.treeSize()) {
            if (!Arrays.equals(newer.rootHash(), older.rootHash())) {
                problems.add("同一树大小 %d 出现两个不同的根哈希（日志被改写） / two roots for tree size %d"
                        .formatted(newer.treeSize(), newer.treeSize()));
            }
            return true;
        }
        var proof = get("api/transparency/proof/consistency?first=" + older.treeSize() + "&second=" + newer.treeSize());
        if (proof == null) {
            return false;
        }
        var path = new ArrayList<byte[]>();
        proof.path("proof").forEach(node -> path.add(HEX.parseHex(node.asText())));
        if (!consistent(older.treeSize(), newer.treeSize(), older.rootHash(), newer.rootHash(), path)) {
            problems.add("树大小 %d 与 %d 之间的一致性证明不成立（已签名的日志被改写） / the log of size %d is not a prefix"
                            .formatted(older.treeSize(), newer.treeSize(), older.treeSize())
                    + " of the log of size " + newer.treeSize());
        }
        return true;
    }

    private static JsonNode known(ObjectNode kept, String id) {
        for (var key : kept.path("keys")) {
            if (id.equals(key.path("keyId").asText())) {
                return key;
            }
        }
        return null;
    }

    /** How a kept key came to be trusted, carried from one run to the next. */
    private static ObjectNode copyTrust(JsonNode key) {
        var trust = JSON.createObjectNode();
        if (key.has("vouchedBy")) {
            trust.set("vouchedBy", key.get("vouchedBy"));
        }
        if (key.has("trusted")) {
            trust.set("trusted", key.get("trusted"));
        }
        return trust;
    }

    /** The keys kept, by id (a state file of a monitor before key rotation kept one key, at its top level). */
    private static Map<String, JsonNode> keptKeys(ObjectNode kept) {
        var keys = new LinkedHashMap<String, JsonNode>();
        if (kept.has("spki")) {
            var key = JSON.createObjectNode();
            key.put("keyId", kept.path("keyId").asText(keyId(kept.path("spki").asText())));
            key.put("spki", kept.path("spki").asText());
            keys.put(key.path("keyId").asText(), key);
        }
        for (var key : kept.path("keys")) {
            keys.put(key.path("keyId").asText(), key);
        }
        return keys;
    }

    /** Whether a head of the key falls after the last head the product published for it, once retired. */
    private static boolean afterRetirement(JsonNode key, long treeSize, long timestamp) {
        if (key == null || !"RETIRED".equals(key.path("status").asText())) {
            return false;
        }
        var last = key.path("lastHead");
        return !last.isObject()
                || treeSize > last.path("treeSize").asLong()
                || timestamp > last.path("timestamp").asLong();
    }

    /** The id of a key: SHA-256 (hex) of its SubjectPublicKeyInfo. */
    private static String keyId(String spki) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Base64.getDecoder().decode(spki)));
        } catch (java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
            return "";
        }
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        var uri = base.resolve(path);
        try {
            var response = http.send(
                    HttpRequest.newBuilder(uri)
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                out.println("无法取得 / cannot fetch " + uri + ": HTTP " + response.statusCode());
                return null;
            }
            return JSON.readTree(response.body());
        } catch (java.net.ConnectException e) {
            out.println("无法连接 / cannot connect to " + uri);
            return null;
        }
    }

    private void save(ObjectNode kept) throws IOException {
        var parent = state.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        var temporary = Files.createTempFile(parent, "heads", ".json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), kept);
        Files.move(temporary, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean signedBy(Head head, String spki) {
        return verifies(head.signed(), head.signature(), spki);
    }

    private static boolean verifies(byte[] bytes, byte[] signature, String spki) {
        try {
            var key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(spki)));
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(bytes);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** RFC 9162 §2.1.4.2: whether the proof shows the tree of size {@code first} is a prefix of that of {@code second}. */
    static boolean consistent(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty();
        }
        if (proof.isEmpty()) {
            return false;
        }
        var path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        var fr = path.get(0);
        var sr = path.get(0);
        for (var c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(c, fr);
                sr = node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }

    private static byte[] node(byte[] left, byte[] right) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update((byte) 1);
            sha.update(left);
            sha.update(right);
            return sha.digest();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
