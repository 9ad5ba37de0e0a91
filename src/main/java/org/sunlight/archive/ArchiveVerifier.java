package org.sunlight.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a case file offline, with the JDK alone (no Spring, no database): every file against the manifest, every audit
 * entry's inclusion proof against the tree head, the tree head's Ed25519 signature against the key in the file, and
 * that each document and evidence file is the one its audit entry names. Run as {@code java -jar sunlight.jar
 * verify-archive FILE}.
 */
public final class ArchiveVerifier {

    private static final HexFormat HEX = HexFormat.of();

    /** The files the manifest cannot list: itself and its own hash. */
    static final Set<String> MANIFEST_FILES = Set.of(CaseFileLayout.MANIFEST, CaseFileLayout.MANIFEST_HASH);

    /**
     * The outcome.
     *
     * @param readable false when the file is no case file at all (not a zip, or no manifest)
     * @param problems every problem found, one line each (Chinese / English)
     * @param facts what was checked, for the report
     */
    public record Report(boolean readable, List<String> problems, List<String> facts) {

        public boolean clean() {
            return readable && problems.isEmpty();
        }

        /** 0 when everything checks, 1 when a problem was found, 2 when the file could not be read as a case file. */
        public int exitCode() {
            return !readable ? 2 : problems.isEmpty() ? 0 : 1;
        }
    }

    private ArchiveVerifier() {}

    /** The command: prints the report and answers the exit status. */
    public static int run(PrintStream out, String... args) {
        if (args.length != 1) {
            out.println("用法 / usage: java -jar sunlight.jar verify-archive FILE");
            return 2;
        }
        var report = verify(Path.of(args[0]));
        print(report, out);
        return report.exitCode();
    }

    static void print(Report report, PrintStream out) {
        out.println("案卷校验 / case file verification");
        report.facts().forEach(fact -> out.println("  " + fact));
        report.problems().forEach(problem -> out.println("✗ " + problem));
        if (report.clean()) {
            out.println("✓ 案卷完整，全部校验通过 / the case file is complete and every check passed");
        } else if (report.readable()) {
            out.println("发现 " + report.problems().size() + " 个问题 / "
                    + report.problems().size() + " problem(s) found");
        }
    }

    public static Report verify(Path file) {
        var problems = new ArrayList<String>();
        var facts = new ArrayList<String>();
        if (!Files.isRegularFile(file)) {
            problems.add("无法读取文件 / cannot read the file: " + file);
            return new Report(false, problems, facts);
        }
        try (var zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            var manifestEntry = zip.getEntry(CaseFileLayout.MANIFEST);
            if (manifestEntry == null) {
                problems.add("不是案卷：缺少 manifest.json / not a case file: manifest.json is missing");
                return new Report(false, problems, facts);
            }
            byte[] manifestBytes;
            try (var in = zip.getInputStream(manifestEntry)) {
                manifestBytes = in.readAllBytes();
            }
            Map<String, Object> manifest;
            try {
                manifest = map(Json.parse(new String(manifestBytes, StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                problems.add("manifest.json 无法解析 / manifest.json cannot be read: " + e.getMessage());
                return new Report(false, problems, facts);
            }
            try {
                new Check(zip, manifest, manifestBytes, problems, facts).run();
            } catch (RuntimeException malformed) {
                problems.add("案卷内容格式不对 / the case file is malformed: " + malformed);
            }
            return new Report(true, problems, facts);
        } catch (ZipException e) {
            problems.add("不是 zip 文件 / not a zip file: " + e.getMessage());
            return new Report(false, problems, facts);
        } catch (IOException e) {
            problems.add("无法读取文件 / cannot read the file: " + e.getMessage());
            return new Report(false, problems, facts);
        }
    }

    /** One run over an open zip. */
    private static final class Check {

        private final ZipFile zip;
        private final Map<String, Object> manifest;
        private final byte[] manifestBytes;
        private final List<String> problems;
        private final List<String> facts;
        /** The leaves that are proven, by index. */
        private final Map<Long, Map<String, Object>> provenLeaves = new HashMap<>();
        /** The SHA-256 of each file as the manifest lists it, by path. */
        private final Map<String, String> fileHashes = new HashMap<>();

        private Object caseId;

        Check(
                ZipFile zip,
                Map<String, Object> manifest,
                byte[] manifestBytes,
                List<String> problems,
                List<String> facts) {
            this.zip = zip;
            this.manifest = manifest;
            this.manifestBytes = manifestBytes;
            this.problems = problems;
            this.facts = facts;
        }

        void run() throws IOException {
            var kase = map(manifest.get("case"));
            caseId = kase.get("id");
            facts.add("案件 / case: " + kase.get("title") + " (" + kase.get("id") + ")，" + kase.get("unit") + "，"
                    + kase.get("stage"));
            manifestHash();
            files();
            var head = treeHead();
            proofs(head);
            documents();
            evidence();
        }

        private void manifestHash() throws IOException {
            var entry = zip.getEntry(CaseFileLayout.MANIFEST_HASH);
            if (entry == null) {
                problems.add("缺少文件 / missing: " + CaseFileLayout.MANIFEST_HASH);
                return;
            }
            String stated;
            try (var in = zip.getInputStream(entry)) {
                stated = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
            }
            var actual = HEX.formatHex(sha256().digest(manifestBytes));
            if (!stated.startsWith(actual)) {
                problems.add("文件已被改动 / changed: " + CaseFileLayout.MANIFEST + "（与 manifest.sha256 不符 / does not match"
                        + " manifest.sha256）");
            }
        }

        private void files() throws IOException {
            var listed = new HashSet<String>();
            long bytes = 0;
            for (var item : list(manifest.get("files"))) {
                var file = map(item);
                var path = (String) file.get("path");
                listed.add(path);
                fileHashes.put(path, (String) file.get("sha256"));
                var entry = zip.getEntry(path);
                if (entry == null) {
                    problems.add("缺少文件 / missing: " + path);
                    continue;
                }
                var digest = sha256();
                long size = 0;
                try (var in = zip.getInputStream(entry)) {
                    size = digest(in, digest);
                }
                bytes += size;
                var hash = HEX.formatHex(digest.digest());
                if (!hash.equals(file.get("sha256")) || size != number(file.get("size"))) {
                    problems.add("文件已被改动 / changed: " + path + "（SHA-256 " + hash + "，清单为 / manifest says "
                            + file.get("sha256") + "）");
                }
            }
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var name = entries.nextElement().getName();
                if (!listed.contains(name) && !MANIFEST_FILES.contains(name)) {
                    problems.add("多出文件 / extra file, not in the manifest: " + name);
                }
            }
            facts.add("清单文件 / files in the manifest: " + listed.size() + "（" + bytes + " 字节 / bytes）");
        }

        private Head treeHead() throws IOException {
            var text = text(CaseFileLayout.TREE_HEAD);
            var pem = text(CaseFileLayout.PUBLIC_KEY);
            if (text == null || pem == null) {
                problems.add("缺少签名树头或公钥，无法校验 / the tree head or the public key is missing: nothing can be proven");
                return null;
            }
            var json = map(Json.parse(text));
            var head = new Head(
                    number(json.get("treeSize")),
                    HEX.parseHex((String) json.get("rootHash")),
                    number(json.get("timestamp")),
                    Base64.getDecoder().decode((String) json.get("signature")));
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replace("-----BEGIN PUBLIC KEY-----", "")
                            .replace("-----END PUBLIC KEY-----", "")
                            .strip());
            facts.add("签名密钥标识 / signing key id (SHA-256 of the key, compare with /api/transparency/public-keys): "
                    + HEX.formatHex(sha256().digest(der)));
            facts.add("树头 / tree head: size " + head.treeSize() + ", root " + HEX.formatHex(head.rootHash())
                    + ", timestamp " + java.time.Instant.ofEpochMilli(head.timestamp()));
            if (!signed(der, head)) {
                problems.add("树头签名不符 / the tree head's signature does not verify with the public key");
            }
            return head;
        }

        private void proofs(Head head) throws IOException {
            if (head == null) {
                return;
            }
            var entriesText = text(CaseFileLayout.ENTRIES);
            var proofsText = text(CaseFileLayout.PROOFS);
            if (entriesText == null || proofsText == null) {
                problems.add("缺少审计条目或包含证明 / the audit entries or the inclusion proofs are missing");
                return;
            }
            var paths = new HashMap<Long, List<Object>>();
            var proofs = map(Json.parse(proofsText));
            for (var item : list(proofs.get("proofs"))) {
                var proof = map(item);
                if (number(proof.get("treeSize")) != head.treeSize()) {
                    problems.add(
                            "包含证明不是针对该树头 / the proof of entry " + proof.get("index") + " is for another tree size");
                }
                paths.put(number(proof.get("index")), list(proof.get("auditPath")));
            }
            int count = 0;
            for (var line : entriesText.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                count++;
                var entry = map(Json.parse(line));
                long index = number(entry.get("index"));
                byte[] leaf = Base64.getDecoder().decode((String) entry.get("leaf"));
                var leafHash = leafHash(leaf);
                var path = paths.get(index);
                if (path == null) {
                    problems.add("审计条目 " + index + " 没有包含证明 / audit entry " + index + " has no inclusion proof");
                    continue;
                }
                var hashes = path.stream().map(p -> HEX.parseHex((String) p)).toList();
                if (!included(index, head.treeSize(), leafHash, hashes, head.rootHash())) {
                    problems.add("审计条目 " + index + " 的包含证明不成立 / the inclusion proof of audit entry " + index
                            + " does not verify against the signed tree head");
                    continue;
                }
                try {
                    var data = map(Json.parse(new String(leaf, StandardCharsets.UTF_8)));
                    if (!same(data.get("case"), caseId)) {
                        problems.add("审计条目 " + index + " 不属于本案 / audit entry " + index + " belongs to another case");
                        continue;
                    }
                    provenLeaves.put(index, data);
                } catch (IllegalArgumentException e) {
                    problems.add("审计条目 " + index + " 无法解析 / audit entry " + index + " cannot be read");
                }
            }
            facts.add("审计条目 / audit entries: " + count + "，已证明 / proven: " + provenLeaves.size());
        }

        /**
         * Each document is the one its proven DOCUMENT_ISSUED entry names, with the same number; its PDF is byte for
         * byte the one whose hash the proven DOCUMENT_PRINTED entry holds. Documents printed at issue (before PDFs were
         * kept) hold that hash in their DOCUMENT_ISSUED entry; a PDF printed again from their frozen content is
         * reported as a fact.
         */
        private void documents() {
            for (var item : list(manifest.get("documents"))) {
                var document = map(item);
                var detail = provenDetail(document.get("auditIndex"), "DOCUMENT_ISSUED", document.get("id"));
                var name = document.get("path");
                if (!fileHashes.containsKey(name)) {
                    problems.add("文书不在清单的文件中 / the document is not among the manifest's files: " + name);
                } else if (detail == null) {
                    problems.add("文书没有经证明的审计条目 / document has no proven audit entry: " + name);
                } else if (!sameNumber(detail.get("number"), document.get("number"))) {
                    problems.add("文书与审计条目不符 / document differs from its audit entry: " + name);
                } else if (document.get("printedAuditIndex") != null) {
                    var printed =
                            provenDetail(document.get("printedAuditIndex"), "DOCUMENT_PRINTED", document.get("id"));
                    if (printed == null) {
                        problems.add("文书 PDF 没有经证明的审计条目 / the document's PDF has no proven audit entry: " + name);
                    } else if (!same(fileHashes.get(name), printed.get("pdfSha256"))
                            || !same(printed.get("pdfSha256"), document.get("pdfSha256"))) {
                        problems.add("文书与审计条目不符 / document differs from its audit entry: " + name);
                    } else {
                        facts.add("文书与审计日志记录的 PDF 逐字节一致 / the PDF is byte for byte the one the audit log" + " holds: "
                                + name);
                    }
                } else if (detail.get("pdfSha256") == null) {
                    problems.add("文书 PDF 没有审计条目 / the document's PDF has no audit entry: " + name);
                } else if (same(fileHashes.get(name), detail.get("pdfSha256"))) {
                    facts.add("文书与签发时的 PDF 逐字节一致 / the PDF is byte for byte the one issued: " + name);
                } else {
                    facts.add("文书 PDF 系据冻结内容重新打印，其哈希由清单担保 / the PDF was printed again from the frozen"
                            + " content; its hash is vouched for by the manifest: " + name);
                }
            }
        }

        /** Each evidence file is the one its proven EVIDENCE_ATTACHED entry names, with that SHA-256 and size. */
        private void evidence() {
            var hashes = fileHashes;
            for (var item : list(manifest.get("evidence"))) {
                var file = map(item);
                var path = (String) file.get("path");
                var detail = provenDetail(file.get("auditIndex"), "EVIDENCE_ATTACHED", file.get("id"));
                if (detail == null) {
                    problems.add("证据没有经证明的审计条目 / evidence file has no proven audit entry: " + path);
                } else if (!same(detail.get("sha256"), file.get("sha256"))
                        || !same(file.get("sha256"), hashes.get(path))) {
                    problems.add("证据与审计条目不符 / evidence file differs from its audit entry: " + path);
                }
            }
        }

        private Map<String, Object> provenDetail(Object index, String kind, Object recordId) {
            if (index == null) {
                return null;
            }
            var leaf = provenLeaves.get(number(index));
            if (leaf == null || !kind.equals(leaf.get("kind")) || !same(leaf.get("record"), recordId)) {
                return null;
            }
            try {
                return map(Json.parse((String) leaf.get("detail")));
            } catch (RuntimeException e) {
                return null;
            }
        }

        private String text(String path) throws IOException {
            var entry = zip.getEntry(path);
            if (entry == null) {
                return null;
            }
            try (var in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    private record Head(long treeSize, byte[] rootHash, long timestamp, byte[] signature) {}

    /** The 50 signed bytes of RFC 6962 §3.5, as docs/api.md describes them. */
    static boolean signed(byte[] publicKeyDer, Head head) {
        var bytes = ByteBuffer.allocate(50)
                .put((byte) 0)
                .put((byte) 1)
                .putLong(head.timestamp())
                .putLong(head.treeSize())
                .put(head.rootHash().length == 32 ? head.rootHash() : new byte[32])
                .array();
        try {
            var key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKeyDer));
            var signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(bytes);
            return head.rootHash().length == 32 && signature.verify(head.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** RFC 9162 §2.1.3.2: the root a leaf's audit path leads to equals the signed root. */
    static boolean included(long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        var r = leafHash;
        for (var p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    static byte[] leafHash(byte[] leaf) {
        var digest = sha256();
        digest.update((byte) 0);
        return digest.digest(leaf);
    }

    private static byte[] nodeHash(byte[] left, byte[] right) {
        var digest = sha256();
        digest.update((byte) 1);
        digest.update(left);
        return digest.digest(right);
    }

    private static long digest(InputStream in, MessageDigest digest) throws IOException {
        var buffer = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            total += n;
        }
        return total;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same 文号, or none on both sides: records, notices and reports carry no number. */
    private static boolean sameNumber(Object a, Object b) {
        return a == null && b == null || same(a, b);
    }

    private static boolean same(Object a, Object b) {
        return a != null && b != null && a.toString().equals(b.toString());
    }

    private static long number(Object value) {
        if (value instanceof BigDecimal number) {
            return number.longValueExact();
        }
        throw new IllegalArgumentException("JSON: a number was expected, not " + value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("JSON: an object was expected");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalArgumentException("JSON: an array was expected");
    }
}
