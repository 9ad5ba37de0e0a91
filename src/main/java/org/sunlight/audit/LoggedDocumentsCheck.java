package org.sunlight.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.IntegrityProblem.Kind;
import org.sunlight.records.Records;
import org.sunlight.records.Records.StoredHash;

/**
 * Holds the issued documents to what the audit log recorded (R7): every document the log says was issued must still
 * exist with every field its DOCUMENT_ISSUED entry holds (文号, kind, title, issuer, time of issue, case, unit, content
 * hash), every stored PDF must carry the digest its DOCUMENT_PRINTED entry holds, and every stored document and PDF
 * must have its entry. Finds a document deleted, renumbered, re-dated, moved to another case or changed together with
 * its own stored hash, a PDF swapped together with its digest, and a document inserted without being issued, which
 * re-hashing the documents alone cannot.
 */
@Component
class LoggedDocumentsCheck implements IntegrityCheck {

    private final JdbcClient db;
    private final Records records;
    private final ObjectMapper json;
    private final MessageSource messages;

    LoggedDocumentsCheck(JdbcClient db, Records records, ObjectMapper json, MessageSource messages) {
        this.db = db;
        this.records = records;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public String name() {
        return text("audit.integrity.documents.name");
    }

    @Override
    public long run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        var stored = records.storedHashes();
        var issued = new HashSet<UUID>();
        var printed = new HashSet<UUID>();
        long[] checked = {0};
        db.sql(
                        """
                        select e.id, l.leaf_index, e.kind, e.at, e.actor, e.record_id, e.case_id, e.unit_id, e.detail
                        from audit.entry e left join audit.leaf l on l.entry_id = e.id
                        where e.kind in ('DOCUMENT_ISSUED', 'DOCUMENT_PRINTED') order by e.id
                        """)
                .query(rs -> {
                    checked[0]++;
                    var entry = new Entry(rs);
                    UUID id;
                    JsonNode detail;
                    try {
                        id = UUID.fromString(rs.getString("record_id"));
                        detail = json.readTree(rs.getString("detail"));
                    } catch (Exception unreadable) {
                        problems.accept(new IntegrityProblem(
                                name(), entry.where, Kind.UNEXPECTED, text("audit.integrity.documents.unreadable")));
                        return;
                    }
                    // a document issued after the documents were read (its entry is committed with it): read it now
                    var document = stored.containsKey(id)
                            ? stored.get(id)
                            : records.storedHash(id).orElse(null);
                    if (AuditEvents.DOCUMENT_ISSUED.equals(entry.kind)) {
                        issued.add(id);
                        issued(entry, id, detail, document, problems);
                    } else {
                        printed.add(id);
                        printed(entry, id, detail, document, problems);
                    }
                    if (checked[0] % 1000 == 0) {
                        progress.accept(checked[0]);
                    }
                });
        // and back: a document or PDF with no entry was not written through the product (an entry is written in the
        // issuing or printing transaction, and the documents were read before the entries)
        for (var document : stored.values()) {
            if (!issued.contains(document.id())) {
                problems.accept(new IntegrityProblem(
                        name(),
                        item(document.number(), document.id()),
                        Kind.UNEXPECTED,
                        text("audit.integrity.documents.unlogged")));
            }
            if (document.pdfSha256() != null && !printed.contains(document.id())) {
                problems.accept(new IntegrityProblem(
                        name(),
                        item(document.number(), document.id()),
                        Kind.UNEXPECTED,
                        text("audit.integrity.documents.pdf-unlogged")));
            }
        }
        progress.accept(checked[0]);
        return checked[0];
    }

    private void issued(
            Entry entry, UUID id, JsonNode detail, StoredHash document, Consumer<IntegrityProblem> problems) {
        var number = detail.path("number").isTextual() ? detail.path("number").asText() : null;
        var item = item(number, id);
        if (document == null) {
            problems.accept(new IntegrityProblem(
                    name(), item, Kind.MISSING, text("audit.integrity.documents.missing", entry.where)));
            return;
        }
        compare(problems, entry, item, "number", number, document.number());
        compare(problems, entry, item, "kind", detail.path("kind").asText(null), document.kind());
        // entries written before titles were logged hold none
        if (detail.has("title")) {
            compare(problems, entry, item, "title", detail.path("title").asText(null), document.title());
        }
        compare(problems, entry, item, "issuer", entry.actor, document.issuedBy());
        // the entry holds the time truncated to the microsecond (LeafData), the document's column as the driver
        // rounded it: they may differ by that microsecond and no more
        var issuedAt = java.time.Duration.between(entry.at, document.issuedAt())
                                .abs()
                                .compareTo(java.time.Duration.ofNanos(1_000))
                        <= 0
                ? entry.at
                : document.issuedAt();
        compare(problems, entry, item, "issued-at", entry.at, issuedAt);
        compare(problems, entry, item, "case", entry.caseId, document.caseId());
        compare(problems, entry, item, "unit", entry.unitId, document.unitId());
        compare(problems, entry, item, "content", detail.path("contentSha256").asText(null), document.contentSha256());
    }

    private void printed(
            Entry entry, UUID id, JsonNode detail, StoredHash document, Consumer<IntegrityProblem> problems) {
        if (document == null) {
            return; // the document itself is gone: its DOCUMENT_ISSUED entry names it
        }
        var item = item(document.number(), id);
        // printed after the documents were read (PDFs are printed after the issuing commit): read it now
        var pdf = document.pdfSha256() != null ? Optional.of(document.pdfSha256()) : records.storedPdfSha256(id);
        if (pdf.isEmpty()) {
            problems.accept(new IntegrityProblem(
                    name(), item, Kind.MISSING, text("audit.integrity.documents.pdf-missing", entry.where)));
            return;
        }
        compare(problems, entry, item, "pdf", detail.path("pdfSha256").asText(null), pdf.get());
    }

    private void compare(
            Consumer<IntegrityProblem> problems, Entry entry, String item, String field, Object logged, Object now) {
        if (!Objects.equals(logged, now)) {
            problems.accept(new IntegrityProblem(
                    name(),
                    item,
                    Kind.CHANGED,
                    text(
                            "audit.integrity.documents.field-changed",
                            entry.where,
                            text("audit.integrity.documents.field." + field),
                            String.valueOf(logged),
                            String.valueOf(now))));
        }
    }

    private String item(String number, UUID id) {
        return text("audit.integrity.documents.item", number != null ? number : "", id.toString());
    }

    /** The columns of an entry this check compares, and where it is in the log in words. */
    private final class Entry {
        final String kind;
        final String where;
        final String actor;
        final Instant at;
        final UUID caseId;
        final UUID unitId;

        Entry(ResultSet rs) throws SQLException {
            kind = rs.getString("kind");
            var index = rs.getObject("leaf_index", Long.class);
            where = index == null
                    ? text("audit.integrity.pending", String.valueOf(rs.getLong("id")))
                    : text("audit.integrity.entry", String.valueOf(index));
            actor = rs.getString("actor");
            at = rs.getTimestamp("at").toInstant();
            caseId = rs.getObject("case_id", UUID.class);
            unitId = rs.getObject("unit_id", UUID.class);
        }
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
