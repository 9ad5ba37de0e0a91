package org.sunlight.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.cases.DocumentKind;

/** The issued documents: written once, read many times, never changed (the database refuses it). */
@Repository
class Documents {

    private static final String SUMMARY =
            """
            select d.id, d.case_id, d.kind, d.title, d.number, d.issued_at,
                   coalesce((select p.sha256 from records.document_pdf p where p.document_id = d.id), d.sha256)
                       as sha256,
                   d.corrects,
                   (select c.id from records.document c where c.corrects = d.id) as corrected_by
            from records.document d
            """;

    private final JdbcClient db;

    Documents(JdbcClient db) {
        this.db = db;
    }

    void insert(IssuedDocument document) {
        db.sql(
                        """
                        insert into records.document (id, case_id, unit_id, kind, number, year, sequence, title, html,
                            sha256, content_sha256, issued_by, issued_at, corrects, correction_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        document.id(),
                        document.caseId(),
                        document.unitId(),
                        document.kind().name(),
                        document.number(),
                        document.year(),
                        document.sequence(),
                        document.title(),
                        document.html(),
                        document.sha256(),
                        contentSha256(document.html()),
                        document.issuedBy(),
                        Timestamp.from(document.issuedAt()),
                        document.corrects(),
                        document.correctionReason())
                .update();
    }

    /** A document's PDF as printed once and stored, with its SHA-256 (hex). */
    record Printed(UUID documentId, byte[] pdf, String sha256, Instant printedAt) {}

    /** The digest of a document's stored PDF, without reading the PDF. */
    Optional<String> printedSha256(UUID id) {
        return db.sql("select sha256 from records.document_pdf where document_id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    Optional<Printed> printed(UUID id) {
        return db.sql("select document_id, pdf, sha256, printed_at from records.document_pdf where document_id = ?")
                .param(id)
                .query((rs, row) -> new Printed(
                        rs.getObject("document_id", UUID.class),
                        rs.getBytes("pdf"),
                        rs.getString("sha256"),
                        rs.getTimestamp("printed_at").toInstant()))
                .optional();
    }

    /** Stores a document's PDF unless one is stored already; whether this one was. */
    boolean insertPrinted(UUID id, byte[] pdf, String sha256, Instant at) {
        return db.sql(
                                """
                        insert into records.document_pdf (document_id, pdf, sha256, printed_at) values (?, ?, ?, ?)
                        on conflict (document_id) do nothing
                        """)
                        .params(id, pdf, sha256, Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Documents issued without a PDF that none has been printed for yet, oldest first. */
    List<UUID> unprinted(int limit) {
        return db.sql(
                        """
                        select d.id from records.document d
                        where d.sha256 is null
                          and not exists (select 1 from records.document_pdf p where p.document_id = d.id)
                        order by d.issued_at limit ?
                        """)
                .param(limit)
                .query(UUID.class)
                .list();
    }

    /** The SHA-256 (hex) of a document's frozen HTML, as stored at issue and re-computed by the verification. */
    static String contentSha256(String html) {
        return PdfMaker.sha256(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A stored document as the verification re-hashes it and holds it to its audit entries. */
    record Stored(
            UUID id,
            UUID caseId,
            UUID unitId,
            String kind,
            String number,
            String title,
            String issuedBy,
            Instant issuedAt,
            String html,
            String contentSha256,
            String pdfSha256) {}

    private static final String STORED =
            """
            select d.id, d.case_id, d.unit_id, d.kind, d.number, d.title, d.issued_by, d.issued_at, d.html,
                   d.content_sha256, p.sha256 as pdf_sha256
            from records.document d left join records.document_pdf p on p.document_id = d.id
            """;

    /** Every stored document, in issue order, streamed to the consumer. */
    void eachStored(java.util.function.Consumer<Stored> consumer) {
        db.sql(STORED + " order by d.issued_at, d.id").query(rs -> {
            consumer.accept(stored(rs));
        });
    }

    /** One stored document as it stands now. */
    Optional<Stored> stored(UUID id) {
        return db.sql(STORED + " where d.id = ?")
                .param(id)
                .query((rs, n) -> stored(rs))
                .optional();
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("kind"),
                rs.getString("number"),
                rs.getString("title"),
                rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("html"),
                rs.getString("content_sha256"),
                rs.getString("pdf_sha256"));
    }

    /** A stored PDF as the verification re-hashes it. */
    record StoredPdf(UUID documentId, String number, byte[] pdf, String sha256) {}

    /** Every stored PDF, streamed to the consumer a page at a time (PDFs are large: never all in memory). */
    void eachPrinted(java.util.function.Consumer<StoredPdf> consumer) {
        UUID after = new UUID(0, 0); // the least uuid in PostgreSQL's byte order
        while (true) {
            var page = db.sql(
                            """
                            select p.document_id, d.number, p.pdf, p.sha256
                            from records.document_pdf p left join records.document d on d.id = p.document_id
                            where p.document_id > ? order by p.document_id limit 50
                            """)
                    .param(after)
                    .query((rs, n) -> new StoredPdf(
                            rs.getObject("document_id", UUID.class),
                            rs.getString("number"),
                            rs.getBytes("pdf"),
                            rs.getString("sha256")))
                    .list();
            if (page.isEmpty()) {
                return;
            }
            page.forEach(consumer);
            after = page.get(page.size() - 1).documentId();
        }
    }

    Optional<IssuedDocument> find(UUID id) {
        return db.sql("select * from records.document where id = ?")
                .param(id)
                .query(Documents::document)
                .optional();
    }

    List<DocumentSummary> ofCase(UUID caseId) {
        return db.sql(SUMMARY + " where d.case_id = ? order by d.issued_at, d.year, d.sequence nulls first, d.id")
                .param(caseId)
                .query(Documents::summary)
                .list();
    }

    Optional<DocumentSummary> summary(UUID id) {
        return db.sql(SUMMARY + " where d.id = ?")
                .param(id)
                .query(Documents::summary)
                .optional();
    }

    private static IssuedDocument document(ResultSet rs, int row) throws SQLException {
        return new IssuedDocument(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("number"),
                rs.getInt("year"),
                rs.getObject("sequence", Integer.class),
                rs.getString("title"),
                rs.getString("html"),
                rs.getString("sha256"),
                rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getObject("corrects", UUID.class),
                rs.getString("correction_reason"));
    }

    private static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("number"),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getString("sha256"),
                rs.getObject("corrects", UUID.class),
                rs.getObject("corrected_by", UUID.class));
    }
}
