package org.sunlight.disclosure;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;

/**
 * The disclosure desk over JSON for staff (D10, D11): the entries with filters, one entry with its preview (original,
 * public text, each redaction with its kind and why), and every act of the console — the party told, a redaction added or
 * undone, publication, correction, revocation, withdrawal, annotation — under the same rules ({@link Publication}).
 * Refusals are {@code application/problem+json}: 409 when the entry's state forbids the act, 422 with the field at fault
 * when the input breaks a rule, 400 for a malformed request.
 */
@RestController
@RequestMapping("/api/disclosures")
class DisclosureApiController {

    private static final Set<String> STATUSES = Set.of("PENDING", "PUBLISHED", "WITHDRAWN");

    private final DisclosureEntries entries;
    private final Publication publication;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    DisclosureApiController(
            DisclosureEntries entries,
            Publication publication,
            Organization organization,
            MessageSource messages,
            Clock clock) {
        this.entries = entries;
        this.publication = publication;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * An entry as the API shows it; {@code overdue} is judged on today's date in the product's clock.
     *
     * @param decisionDocument the kind of the decision document the entry shows when it is a decision of its own beside
     *     the case's (a licence changed or renewed, 行政许可法 第四十九条、第五十条), else null
     * @param documentNumber that document's 文号, or null
     */
    record Entry(
            UUID id,
            UUID caseId,
            UUID unitId,
            String category,
            String caseTitle,
            LocalDate decidedOn,
            LocalDate dueOn,
            boolean dueUncertain,
            String status,
            boolean overdue,
            LocalDate partyNotifiedOn,
            String partyNotifiedHow,
            LocalDate revokedOn,
            String revocationReason,
            LocalDate withdrawDueOn,
            boolean withdrawalOverdue,
            String decisionDocument,
            String documentNumber) {}

    /** One redaction: where it is in the original, what it hid and shows instead, what it is and why it was found. */
    record Span(
            int start,
            int end,
            String text,
            String replacement,
            String kind,
            String kindLabel,
            String source,
            String reason,
            String cue,
            boolean undoable) {}

    record Choice(UUID id, String kind, String text, String createdBy, Instant createdAt) {}

    record Preview(
            Entry entry,
            String original,
            String publicTitle,
            String publicText,
            List<Span> spans,
            List<Choice> choices) {}

    record PartyNotice(LocalDate on, String how) {}

    record RedactionChoice(String kind, String text) {}

    record Correction(String text, String reason) {}

    record Revocation(LocalDate on, String reason) {}

    record Annotation(LocalDate on, String proceeding, Boolean changed, String text) {}

    record Published(UUID resultId, Entry entry) {}

    @GetMapping
    PageOf<Entry> list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) LocalDate due,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) UUID unit,
            @RequestParam(name = "case", required = false) UUID caseId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        if (status != null && !STATUSES.contains(status)) {
            throw new BadFilter("status", "disclosure.api.status");
        }
        if (page != null && page < 0) {
            throw new BadFilter("page", "disclosure.api.page");
        }
        if (size != null && (size < 1 || size > PageQuery.MAX_SIZE)) {
            throw new BadFilter("size", "disclosure.api.size");
        }
        var units = organization.visibleUnitIds(user);
        if (unit != null && !units.contains(unit)) {
            throw new NotFound("unit");
        }
        var today = LocalDate.now(clock);
        return entries.page(
                        units,
                        new DisclosureEntries.Filter(status, due, overdue, unit, caseId),
                        today,
                        PageQuery.of(page, size))
                .map(entry -> entry(entry, today));
    }

    @GetMapping("/{id}")
    Preview one(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return preview(user, id);
    }

    /** How and when the party was told that the decision will be published (D11): before publication, once. */
    @PostMapping("/{id}/party-notice")
    Entry partyNotice(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody PartyNotice notice) {
        require(user, Role.ADMIN, Role.OFFICER);
        publication.notifyParty(user, id, notice.on(), notice.how());
        return entry(user, id);
    }

    /** Masks a text the detector missed ({@code ADD}) or keeps one it masked wrongly ({@code UNDO}). */
    @PostMapping("/{id}/redactions")
    ResponseEntity<Preview> choose(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody RedactionChoice choice) {
        require(user, Role.ADMIN);
        publication.chooseRedaction(user, id, choice.kind(), choice.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(preview(user, id));
    }

    @DeleteMapping("/{id}/redactions/{choiceId}")
    Preview dropChoice(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @PathVariable UUID choiceId) {
        require(user, Role.ADMIN);
        publication.dropRedactionChoice(user, id, choiceId);
        return preview(user, id);
    }

    @PostMapping("/{id}/publication")
    ResponseEntity<Published> publish(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        require(user, Role.ADMIN);
        var resultId = publication.publish(user, id);
        return ResponseEntity.created(URI.create("/portal/results/" + resultId))
                .body(new Published(resultId, entry(user, id)));
    }

    @PostMapping("/{id}/corrections")
    ResponseEntity<Published> correct(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody Correction correction) {
        require(user, Role.ADMIN);
        var resultId = publication.correct(user, id, correction.text(), correction.reason());
        return ResponseEntity.created(URI.create("/portal/results/" + resultId))
                .body(new Published(resultId, entry(user, id)));
    }

    @PostMapping("/{id}/revocation")
    Entry revoked(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody Revocation revocation) {
        require(user, Role.ADMIN, Role.LEADER);
        publication.markRevoked(user, id, revocation.on(), revocation.reason());
        return entry(user, id);
    }

    @PostMapping("/{id}/withdrawal")
    Entry withdraw(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        require(user, Role.ADMIN);
        publication.withdraw(user, id);
        return entry(user, id);
    }

    @PostMapping("/{id}/annotations")
    ResponseEntity<Entry> annotate(
            @AuthenticationPrincipal StaffUser user, @PathVariable UUID id, @RequestBody Annotation annotation) {
        require(user, Role.ADMIN, Role.LEADER);
        entry(user, id); // out of the user's scope is not found, before what was sent is read
        publication.annotate(
                user, id, annotation.on(), annotation.proceeding(), annotation.changed(), annotation.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(entry(user, id));
    }

    private Preview preview(StaffUser user, UUID id) {
        var preview = publication.preview(user, id);
        var redaction = preview.redaction();
        var spans = redaction.spans().stream()
                .map(span -> new Span(
                        span.start(),
                        span.end(),
                        redaction.original().substring(span.start(), span.end()),
                        span.replacement(),
                        span.kind().name(),
                        text("disclosure.redaction.kind." + span.kind().name()),
                        span.source().name(),
                        text("disclosure.redaction.source." + span.source().name(), span.cue()),
                        span.cue(),
                        span.kind().undoable() && span.kind() != Redactor.Kind.MANUAL))
                .toList();
        var choices = preview.choices().stream()
                .map(c -> new Choice(c.id(), c.kind(), c.text(), c.createdBy(), c.createdAt()))
                .toList();
        return new Preview(
                entry(preview.entry(), LocalDate.now(clock)),
                redaction.original(),
                publication.publicTitle(preview),
                redaction.redacted(),
                spans,
                choices);
    }

    private Entry entry(StaffUser user, UUID id) {
        var found = entries.find(id)
                .filter(entry -> organization.isVisible(user, entry.unitId()))
                .orElseThrow(() -> new NotFound("disclosure"));
        return entry(found, LocalDate.now(clock));
    }

    private static Entry entry(DisclosureEntry e, LocalDate today) {
        return new Entry(
                e.id(),
                e.caseId(),
                e.unitId(),
                e.category(),
                e.caseTitle(),
                e.decidedOn(),
                e.dueOn(),
                e.dueUncertain(),
                e.status(),
                e.overdueOn(today),
                e.partyNotifiedOn(),
                e.partyNotifiedHow(),
                e.revokedOn(),
                e.revocationReason(),
                e.withdrawDueOn(),
                e.withdrawalOverdueOn(today),
                e.decision() == null ? null : e.decision().documentKind().name(),
                e.decision() == null ? null : e.decision().documentNumber());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** The same roles as the console's: an officer records the notice, an administrator publishes … */
    private static void require(StaffUser user, Role... roles) {
        for (Role role : roles) {
            if (user.hasRole(role)) {
                return;
            }
        }
        throw new RoleRequired();
    }

    static final class RoleRequired extends Refusal {
        RoleRequired() {
            super(null, "disclosure.api.role");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    /** A filter or paging value outside what the API accepts: refused, never clamped. */
    static final class BadFilter extends Refusal {
        BadFilter(String field, String messageKey) {
            super(field, messageKey);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.BAD_REQUEST;
        }
    }
}
