package org.sunlight.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.sunlight.archive.ArchiveRefusals.CaseNotClosed;
import org.sunlight.audit.AuditTrail;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.evidence.Evidence;
import org.sunlight.evidence.EvidenceFile;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.records.Records;

/**
 * Builds a closed case's file (R6) as a zip written straight to the output: the documents as PDF, the evidence as
 * stored, the case's audit entries with their inclusion proofs against a head signed just before, the public key, and
 * last the manifest of every file's SHA-256 with its own hash. Evidence is streamed from the store, never held whole.
 */
@Service
class CaseFiles {

    static final Set<String> CLOSED_STAGES = Set.of("closed", "archived");

    private static final HexFormat HEX = HexFormat.of();

    private final CaseManagement cases;
    private final Records records;
    private final Evidence evidence;
    private final AuditTrail audit;
    private final Organization organization;
    private final Clock clock;
    private final ObjectMapper json;

    CaseFiles(
            CaseManagement cases,
            Records records,
            Evidence evidence,
            AuditTrail audit,
            Organization organization,
            Clock clock,
            ObjectMapper json) {
        this.cases = cases;
        this.records = records;
        this.evidence = evidence;
        this.audit = audit;
        this.organization = organization;
        this.clock = clock;
        this.json = json.copy().disable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The case, when the person sees it (404 otherwise) and it is closed (409 otherwise). */
    CaseView closedCase(StaffUser user, UUID caseId) {
        var kase = cases.find(caseId)
                .filter(view -> organization.isVisible(user, view.unitId()))
                .orElseThrow(() -> new NotFound("case"));
        if (!CLOSED_STAGES.contains(kase.stage())) {
            throw new CaseNotClosed(kase.stage());
        }
        return kase;
    }

    /** Writes the case file; the output is finished but not closed. */
    void write(StaffUser user, CaseView kase, OutputStream out) throws IOException {
        var documents = records.documentsOf(user, kase.id());
        // each document's PDF as stored (printed now if its turn has not come), before the log is signed, so that the
        // entry of its printing is in the signed tree
        var pdfs = new java.util.HashMap<UUID, Records.Pdf>();
        for (var document : documents) {
            pdfs.put(document.id(), records.pdf(user, document.id()));
        }
        var head = audit.signNow();
        var entries = audit.entriesOfCase(kase.id(), head.treeSize());
        var files = evidence.files(user, kase.id());

        var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        var listed = new ArrayList<Map<String, Object>>();
        var names = new HashSet<String>();

        var documentItems = new ArrayList<Map<String, Object>>();
        for (var document : documents) {
            var path = unique(
                    names,
                    "documents/" + safe(document.number() != null ? document.number() : document.title()),
                    document.id(),
                    ".pdf");
            var pdf = pdfs.get(document.id());
            listed.add(put(zip, path, pdf.bytes()));
            var item = new LinkedHashMap<String, Object>();
            item.put("id", document.id().toString());
            item.put("number", document.number());
            item.put("title", document.title());
            item.put("kind", document.kind().name());
            item.put("issuedAt", document.issuedAt().toString());
            item.put("pdfSha256", pdf.sha256());
            item.put("path", path);
            item.put("auditIndex", indexOf(entries, "DOCUMENT_ISSUED", document.id()));
            item.put("printedAuditIndex", indexOf(entries, "DOCUMENT_PRINTED", document.id()));
            documentItems.add(item);
        }

        var evidenceItems = new ArrayList<Map<String, Object>>();
        for (var file : files) {
            var path = unique(names, "evidence/" + file.sha256() + "-" + safe(file.fileName()), file.id(), "");
            try (var content = evidence.content(user, file.id())) {
                listed.add(put(zip, path, content));
            }
            evidenceItems.add(evidenceItem(file, path, indexOf(entries, "EVIDENCE_ATTACHED", file.id())));
        }

        var lines = new StringBuilder();
        var proofs = new ArrayList<Map<String, Object>>();
        for (var entry : entries) {
            var line = new LinkedHashMap<String, Object>();
            line.put("index", entry.index());
            line.put("kind", entry.kind());
            line.put("leaf", Base64.getEncoder().encodeToString(entry.leaf()));
            line.put("leafHash", HEX.formatHex(entry.leafHash()));
            lines.append(json.writeValueAsString(line)).append('\n');
            var proof = new LinkedHashMap<String, Object>();
            proof.put("index", entry.index());
            proof.put("treeSize", head.treeSize());
            proof.put(
                    "auditPath",
                    audit.inclusion(entry.index(), head.treeSize()).stream()
                            .map(HEX::formatHex)
                            .toList());
            proofs.add(proof);
        }
        listed.add(put(zip, CaseFileLayout.ENTRIES, lines.toString().getBytes(StandardCharsets.UTF_8)));
        listed.add(put(zip, CaseFileLayout.PROOFS, pretty(Map.of("treeSize", head.treeSize(), "proofs", proofs))));
        var treeHead = new LinkedHashMap<String, Object>();
        treeHead.put("treeSize", head.treeSize());
        treeHead.put("rootHash", HEX.formatHex(head.rootHash()));
        treeHead.put("timestamp", head.timestampMs());
        treeHead.put("signature", Base64.getEncoder().encodeToString(head.signature()));
        treeHead.put("keyId", head.keyId());
        listed.add(put(zip, CaseFileLayout.TREE_HEAD, pretty(treeHead)));
        // the key that signed this head, not the current one: a rotation between the head and this line changes that
        var publicKey = audit.publicKeyPem(head.keyId())
                .orElseThrow(() -> new IllegalStateException("no published key " + head.keyId()));
        listed.add(put(zip, CaseFileLayout.PUBLIC_KEY, publicKey.getBytes(StandardCharsets.US_ASCII)));

        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("format", "sunlight-case-file/1");
        manifest.put("case", caseItem(kase));
        manifest.put("createdAt", clock.instant().toString());
        manifest.put("createdBy", user.getUsername());
        manifest.put("documents", documentItems);
        manifest.put("evidence", evidenceItems);
        var auditItem = new LinkedHashMap<String, Object>();
        auditItem.put("treeSize", head.treeSize());
        auditItem.put("entries", entries.size());
        auditItem.put("unproven", audit.unprovenOfCase(kase.id(), head.treeSize()));
        auditItem.put(
                "note",
                "The log was integrated and a tree head signed just before this file was built; entries logged after it"
                        + " (counted in 'unproven') are left out. This manifest is not signed itself: the signed tree"
                        + " head vouches for the audit entries, and through them for each evidence file's SHA-256 and"
                        + " each document's number and content hash; the PDFs are printed again from the frozen"
                        + " content, so their hashes are vouched for by this manifest only.");
        manifest.put("audit", auditItem);
        manifest.put("files", listed);
        var manifestBytes = pretty(manifest);
        zip.putNextEntry(new ZipEntry(CaseFileLayout.MANIFEST));
        zip.write(manifestBytes);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(CaseFileLayout.MANIFEST_HASH));
        zip.write(
                (HEX.formatHex(ArchiveVerifier.sha256().digest(manifestBytes)) + "  " + CaseFileLayout.MANIFEST + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
        zip.closeEntry();
        zip.finish();
    }

    private Map<String, Object> caseItem(CaseView kase) {
        var item = new LinkedHashMap<String, Object>();
        item.put("id", kase.id().toString());
        item.put("title", kase.title());
        item.put("procedure", kase.procedure().name());
        item.put("stage", kase.stage());
        item.put("unitId", kase.unitId().toString());
        item.put(
                "unit",
                organization.unit(kase.unitId()).map(unit -> unit.name()).orElse(null));
        item.put("filedOn", kase.filedOn() == null ? null : kase.filedOn().toString());
        item.put(
                "openedAt",
                kase.acts().isEmpty() ? null : kase.acts().get(0).actedAt().toString());
        return item;
    }

    private static Map<String, Object> evidenceItem(EvidenceFile file, String path, Long auditIndex) {
        var item = new LinkedHashMap<String, Object>();
        item.put("id", file.id().toString());
        item.put("sha256", file.sha256());
        item.put("size", file.size());
        item.put("mediaType", file.mediaType());
        item.put("fileName", file.fileName());
        item.put("stage", file.stage());
        item.put("action", file.action());
        item.put("path", path);
        item.put("auditIndex", auditIndex);
        return item;
    }

    private static Long indexOf(List<AuditTrail.Entry> entries, String kind, UUID recordId) {
        return entries.stream()
                .filter(entry ->
                        kind.equals(entry.kind()) && recordId.toString().equals(entry.recordId()))
                .map(AuditTrail.Entry::index)
                .findFirst()
                .orElse(null);
    }

    private byte[] pretty(Object value) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
    }

    private static Map<String, Object> put(ZipOutputStream zip, String path, byte[] bytes) throws IOException {
        return put(zip, path, new java.io.ByteArrayInputStream(bytes));
    }

    /** Copies a stream into a new entry, hashing it on the way. */
    private static Map<String, Object> put(ZipOutputStream zip, String path, InputStream in) throws IOException {
        zip.putNextEntry(new ZipEntry(path));
        var digest = ArchiveVerifier.sha256();
        var counted = new Hashing(zip, digest);
        in.transferTo(counted);
        zip.closeEntry();
        var item = new LinkedHashMap<String, Object>();
        item.put("path", path);
        item.put("sha256", HEX.formatHex(digest.digest()));
        item.put("size", counted.size);
        return item;
    }

    /** A name safe as a path segment: no separators, no control characters, not too long. */
    static String safe(String name) {
        var cleaned = name == null
                ? ""
                : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            cleaned = "_";
        }
        return cleaned.length() > 120 ? cleaned.substring(0, 120) : cleaned;
    }

    private static String unique(Set<String> names, String base, UUID id, String suffix) {
        var path = base + suffix;
        if (!names.add(path)) {
            path = base + "-" + id + suffix;
            names.add(path);
        }
        return path;
    }

    /** Passes bytes on and hashes and counts them; never closes the zip. */
    private static final class Hashing extends FilterOutputStream {
        private final MessageDigest digest;
        private long size;

        Hashing(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void close() {
            // the zip entry is closed by the caller
        }
    }
}
