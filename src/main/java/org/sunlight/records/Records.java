package org.sunlight.records;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.cases.CaseManagement;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.records.RecordRefusals.AlreadyCorrected;
import org.sunlight.records.RecordRefusals.InvalidField;
import org.sunlight.records.RecordRefusals.LeaderOfUnitRequired;

/**
 * The documents of cases for staff: listed, read and printed within the units they see, and corrected by a leader of
 * the issuing unit with a new document that refers to the old one.
 */
@Service
public class Records {

    /**
     * A correction's reason and text are kept as {@code text} (the reason in its column, the text in the document's
     * HTML): these caps are the product's, not a column's.
     */
    static final int CORRECTION_REASON_MAX = 500;

    static final int CORRECTION_TEXT_MAX = 5000;

    private final Documents documents;
    private final DocumentIssuer issuer;
    private final PdfMaker pdf;
    private final DocumentPrinting printing;
    private final CaseManagement cases;
    private final Organization organization;
    private final java.time.Clock clock;

    Records(
            Documents documents,
            DocumentIssuer issuer,
            PdfMaker pdf,
            DocumentPrinting printing,
            CaseManagement cases,
            Organization organization,
            java.time.Clock clock) {
        this.documents = documents;
        this.issuer = issuer;
        this.pdf = pdf;
        this.printing = printing;
        this.cases = cases;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * Prints HTML written by another module (a review opinion) as an A4 PDF, in the same embedded font and style as the
     * enforcement documents.
     */
    public byte[] printPdf(String title, String html) {
        return pdf.pdf(title, html);
    }

    /** The documents of a case the user sees, in the order they were issued. */
    public List<DocumentSummary> documentsOf(StaffUser user, UUID caseId) {
        cases.find(caseId)
                .filter(kase -> organization.isVisible(user, kase.unitId()))
                .orElseThrow(() -> new NotFound("case"));
        return documents.ofCase(caseId);
    }

    public DocumentSummary summary(StaffUser user, UUID id) {
        visible(user, id);
        return documents.summary(id).orElseThrow(() -> new NotFound("document"));
    }

    IssuedDocument document(StaffUser user, UUID id) {
        return visible(user, id);
    }

    /** The document that corrects this one, if any. */
    Optional<DocumentSummary> correctedBy(IssuedDocument document) {
        return documents
                .summary(document.id())
                .map(DocumentSummary::correctedBy)
                .flatMap(documents::summary);
    }

    Optional<DocumentSummary> corrected(IssuedDocument document) {
        return Optional.ofNullable(document.corrects()).flatMap(documents::summary);
    }

    /**
     * A stored document as it stands now, for the verification against the audit log: every field its DOCUMENT_ISSUED
     * entry records, its content hash re-computed from the stored HTML, and the digest of its stored PDF (null while
     * not yet printed).
     */
    public record StoredHash(
            UUID id,
            UUID caseId,
            UUID unitId,
            String kind,
            String number,
            String title,
            String issuedBy,
            java.time.Instant issuedAt,
            String contentSha256,
            String pdfSha256) {}

    /** Every stored document as it stands now, by id. */
    public java.util.Map<UUID, StoredHash> storedHashes() {
        var hashes = new java.util.HashMap<UUID, StoredHash>();
        documents.eachStored(document -> hashes.put(document.id(), storedHash(document)));
        return hashes;
    }

    /** One stored document as it stands now, or empty when there is none. */
    public Optional<StoredHash> storedHash(UUID id) {
        return documents.stored(id).map(Records::storedHash);
    }

    private static StoredHash storedHash(Documents.Stored document) {
        return new StoredHash(
                document.id(),
                document.caseId(),
                document.unitId(),
                document.kind(),
                document.number(),
                document.title(),
                document.issuedBy(),
                document.issuedAt(),
                Documents.contentSha256(document.html()),
                document.pdfSha256());
    }

    /** The digest of a document's stored PDF as it stands now, or empty when none is stored. */
    public Optional<String> storedPdfSha256(UUID id) {
        return documents.printedSha256(id);
    }

    /** A document's PDF as stored, and its SHA-256 (hex), which the audit log holds (DOCUMENT_PRINTED). */
    public record Pdf(byte[] bytes, String sha256) {}

    /**
     * The document's PDF: the one printed from its frozen content after issue, the same bytes at every download;
     * printed now if it has not been yet.
     */
    public Pdf pdf(StaffUser user, UUID id) {
        visible(user, id);
        var printed = printing.printed(id);
        return new Pdf(printed.pdf(), printed.sha256());
    }

    /** Issues a new document of the same kind that corrects an issued one, which stays as it was. */
    @Transactional
    public DocumentSummary correct(StaffUser user, UUID id, String reason, String text) {
        var old = visible(user, id);
        if (!user.hasRole(Role.LEADER) || !old.unitId().equals(user.getUnitId())) {
            throw new LeaderOfUnitRequired();
        }
        var why = required("reason", reason, CORRECTION_REASON_MAX);
        var what = required("text", text, CORRECTION_TEXT_MAX);
        if (documents.summary(id).map(DocumentSummary::correctedBy).isPresent()) {
            throw new AlreadyCorrected();
        }
        // L5: a correction that changes the decided kind or amount is a new decision, reviewed before it is made
        DecisionCorrections.check(old.kind(), cases.find(old.caseId()).orElseThrow(() -> new NotFound("case")), what);
        try {
            var issued = issuer.issue(
                    old.caseId(),
                    old.kind(),
                    user.getUsername(),
                    clock.instant(),
                    new DocumentIssuer.Correction(old, why, what));
            return documents.summary(issued.id()).orElseThrow();
        } catch (DuplicateKeyException correctedMeanwhile) {
            throw new AlreadyCorrected();
        }
    }

    private IssuedDocument visible(StaffUser user, UUID id) {
        return documents
                .find(id)
                .filter(document -> organization.isVisible(user, document.unitId()))
                .orElseThrow(() -> new NotFound("document"));
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidField(field, "records.field.required");
        }
        if (value.strip().length() > max) {
            throw new InvalidField(field, "records.field.too-long", max);
        }
        return value.strip();
    }
}
