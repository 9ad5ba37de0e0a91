package org.sunlight.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseActed;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseOpened;
import org.sunlight.catalog.ListPublished;
import org.sunlight.disclosure.ResultPublished;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.Retrieved;
import org.sunlight.records.DocumentIssued;
import org.sunlight.records.DocumentPrinted;

/**
 * What the audit log listens to. Each listener runs synchronously, inside the transaction of the act when there is
 * one ({@code @EventListener}, not after commit), so that the entry is kept with the act or not at all.
 *
 * <p>Another module that keeps records (e.g. stored evidence files) adds its event here as one more listener that
 * appends a {@link LeafData} with its own kind.
 */
@Component
class AuditEvents {

    static final String CASE_OPENED = "CASE_OPENED";
    static final String CASE_ACT = "CASE_ACT";
    static final String EVIDENCE_ATTACHED = "EVIDENCE_ATTACHED";
    static final String RETRIEVAL = "RETRIEVAL";
    static final String LOGIN = "LOGIN";
    static final String LOGIN_FAILED = "LOGIN_FAILED";
    static final String DOCUMENT_ISSUED = "DOCUMENT_ISSUED";
    static final String DOCUMENT_PRINTED = "DOCUMENT_PRINTED";
    static final String LIST_PUBLISHED = "LIST_PUBLISHED";
    static final String RESULT_PUBLISHED = "RESULT_PUBLISHED";
    static final String DRAW_COMMITTED = "DRAW_COMMITTED";
    static final String DRAW_FINISHED = "DRAW_FINISHED";
    static final String DRAW_REMATCHED = "DRAW_REMATCHED";

    private final AuditLog log;
    private final CaseManagement cases;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    AuditEvents(
            AuditLog log,
            CaseManagement cases,
            ObjectMapper json,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.log = log;
        this.cases = cases;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(CaseActed event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("procedure", event.procedure().name());
        detail.put("action", event.action());
        detail.put("from", event.fromStage());
        detail.put("to", event.toStage());
        detail.put("documents", event.documents().stream().map(Enum::name).toList());
        if (event.reason() != null && !event.reason().isBlank()) {
            // a coordination's or an extension's written reason: who answered for what (L6)
            detail.put("reason", event.reason());
        }
        log.append(new LeafData(
                CASE_ACT,
                event.actedAt(),
                event.actor(),
                null,
                "case",
                event.caseId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    @EventListener
    void on(CaseOpened event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("procedure", event.procedure().name());
        detail.put("stage", event.stage());
        log.append(new LeafData(
                CASE_OPENED,
                event.openedAt(),
                event.actor(),
                null,
                "case",
                event.caseId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    @EventListener
    void on(Retrieved event) {
        UUID caseId = parse(event.caseId());
        UUID unitId = caseId == null
                ? null
                : cases.find(caseId).map(kase -> kase.unitId()).orElse(null);
        log.append(new LeafData(
                RETRIEVAL,
                event.at(),
                event.username(),
                event.address(),
                event.kind(),
                event.recordId(),
                caseId,
                unitId,
                null));
    }

    @EventListener
    void on(DocumentIssued event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("kind", event.kind().name());
        detail.put("number", event.number());
        detail.put("title", event.title());
        detail.put("contentSha256", event.contentSha256());
        log.append(new LeafData(
                DOCUMENT_ISSUED,
                event.issuedAt(),
                event.issuedBy(),
                null,
                "document",
                event.documentId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    /** The PDF of an issued document, printed once after issue and kept: every download is the PDF of this hash. */
    @EventListener
    void on(DocumentPrinted event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("pdfSha256", event.pdfSha256());
        log.append(new LeafData(
                DOCUMENT_PRINTED,
                event.printedAt(),
                null,
                null,
                "document",
                event.documentId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    /** A file attached to a case (R3): who, when, which device and step, and the hash it is stored under. */
    @EventListener
    void on(org.sunlight.evidence.EvidenceAttached event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("sha256", event.sha256());
        detail.put("size", event.size());
        detail.put("mediaType", event.mediaType());
        detail.put("fileName", event.fileName());
        detail.put("stage", event.stage());
        detail.put("action", event.action());
        detail.put(
                "deviceId", event.deviceId() == null ? null : event.deviceId().toString());
        log.append(new LeafData(
                EVIDENCE_ATTACHED,
                event.at(),
                event.username(),
                null,
                "evidence",
                event.fileId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    @EventListener
    void on(ListPublished event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("list", event.kind().name());
        detail.put("version", event.number());
        detail.put("entries", event.entries());
        log.append(new LeafData(
                LIST_PUBLISHED,
                event.publishedAt() == null ? clock.instant() : event.publishedAt(),
                event.publishedBy(),
                null,
                "list",
                event.versionId().toString(),
                null,
                event.unitId(),
                json(detail)));
    }

    @EventListener
    void on(ResultPublished event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("entry", event.entryId().toString());
        detail.put("category", event.category());
        detail.put("publicTextSha256", event.publicTextSha256());
        log.append(new LeafData(
                RESULT_PUBLISHED,
                event.publishedAt(),
                event.publishedBy(),
                null,
                "disclosure",
                event.resultId().toString(),
                event.caseId(),
                event.unitId(),
                json(detail)));
    }

    /** A random-inspection draw committed (S1): its frozen pool, rules and commitment, by their SHA-256. */
    @EventListener
    void on(org.sunlight.inspection.DrawCommitted event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("task", event.taskId().toString());
        detail.put("snapshotSha256", event.snapshotSha256());
        detail.put("rulesSha256", event.rulesSha256());
        detail.put("commitmentSha256", event.commitmentSha256());
        detail.put("subjects", event.subjects());
        detail.put("inspectors", event.inspectors());
        log.append(new LeafData(
                DRAW_COMMITTED,
                event.committedAt(),
                event.committedBy(),
                null,
                "draw",
                event.drawId().toString(),
                null,
                event.unitId(),
                json(detail)));
    }

    /** A random-inspection draw finished (S1): the public value, the seed and the outcome, by its SHA-256. */
    @EventListener
    void on(org.sunlight.inspection.DrawFinished event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("commitmentSha256", event.commitmentSha256());
        detail.put("publicValue", event.publicValue());
        detail.put("seed", event.seed());
        detail.put("outcomeSha256", event.outcomeSha256());
        detail.put("drawn", event.drawn());
        log.append(new LeafData(
                DRAW_FINISHED,
                event.finishedAt(),
                event.finishedBy(),
                null,
                "draw",
                event.drawId().toString(),
                null,
                event.unitId(),
                json(detail)));
    }

    /** A drawn subject's inspector replaced by a re-matching step of the draw (S1), with its reason. */
    @EventListener
    void on(org.sunlight.inspection.DrawRematched event) {
        var detail = new LinkedHashMap<String, Object>();
        detail.put("step", event.step());
        detail.put("identifier", event.identifier());
        detail.put("leaving", event.leaving());
        detail.put("reason", event.reason());
        detail.put("chosen", event.chosen());
        detail.put("note", event.note());
        log.append(new LeafData(
                DRAW_REMATCHED,
                event.recordedAt(),
                event.recordedBy(),
                null,
                "draw",
                event.drawId().toString(),
                null,
                event.unitId(),
                json(detail)));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        UUID unitId = authentication.getPrincipal() instanceof StaffUser user ? user.getUnitId() : null;
        log.append(new LeafData(
                LOGIN,
                clock.instant(),
                authentication.getName(),
                address(authentication),
                "account",
                authentication.getName(),
                null,
                unitId,
                null));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        var name =
                authentication.getName() == null ? "" : authentication.getName().strip();
        // whatever was typed as the account name is recorded, shortened to what the entry keeps
        var max = lengths.max("audit.entry.actor");
        if (name.length() > max) {
            name = name.substring(0, max);
        }
        log.append(new LeafData(
                LOGIN_FAILED,
                clock.instant(),
                name,
                address(authentication),
                "account",
                name,
                null,
                null,
                json(Map.of("reason", event.getException().getClass().getSimpleName()))));
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID parse(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
