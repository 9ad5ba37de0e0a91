package org.sunlight.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.PartyKind;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.Refusal;

/**
 * Publishes a decision (D10, D11): the entry's text is written from the case, redacted of natural persons' data, shown
 * to the discloser beside the original, and only the redacted text goes to the public table — and only after the party
 * was told.
 */
@Service
class Publication {

    /** A correction's text and reason are kept as {@code text}: these caps are the product's, not a column's. */
    static final int CORRECTION_TEXT_MAX = 20000;

    static final int CORRECTION_REASON_MAX = 1000;

    private final DisclosureEntries entries;
    private final CaseManagement cases;
    private final Organization organization;
    private final Redactor redactor = new Redactor();
    private final MessageSource messages;
    private final JdbcClient db;
    private final Clock clock;
    private final PushMessages pushes;
    private final RedactionChoices choices;
    private final PublishedResults results;
    private final ApplicationEventPublisher events;
    private final org.sunlight.calendar.WorkingDays workingDays;
    private final ResultFacts facts;
    private final InspectionResultDisclosures inspectionResults;
    private final org.sunlight.platform.ColumnLengths lengths;

    Publication(
            DisclosureEntries entries,
            CaseManagement cases,
            Organization organization,
            MessageSource messages,
            JdbcClient db,
            Clock clock,
            PushMessages pushes,
            RedactionChoices choices,
            PublishedResults results,
            ApplicationEventPublisher events,
            org.sunlight.calendar.WorkingDays workingDays,
            ResultFacts facts,
            InspectionResultDisclosures inspectionResults,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.facts = facts;
        this.inspectionResults = inspectionResults;
        this.events = events;
        this.workingDays = workingDays;
        this.entries = entries;
        this.cases = cases;
        this.organization = organization;
        this.messages = messages;
        this.db = db;
        this.clock = clock;
        this.pushes = pushes;
        this.choices = choices;
        this.results = results;
    }

    /** The entry with its original text and what the public would see. */
    record Preview(
            DisclosureEntry entry,
            Redactor.Redaction redaction,
            Redactor.Context context,
            List<RedactionChoices.Choice> choices) {

        /** The title as the public will see it: redacted like the text, with the discloser's choices. */
        String publicTitle(Redactor redactor, RedactionChoices store) {
            return redactor.adjusted(
                            redactor.redact(entry.caseTitle(), context),
                            store.texts(choices, "ADD"),
                            store.texts(choices, "UNDO"))
                    .redacted();
        }
    }

    Preview preview(StaffUser user, UUID entryId) {
        var entry = visible(user, entryId);
        var view = cases.find(entry.caseId()).orElseThrow(() -> new NotFound("case"));
        var context = context(view);
        var choices = this.choices.of(entryId);
        var redaction = redactor.adjusted(
                redactor.redact(originalText(entry, view), context),
                this.choices.texts(choices, "ADD"),
                this.choices.texts(choices, "UNDO"));
        return new Preview(entry, redaction, context, choices);
    }

    /** The title as the public will see it. */
    String publicTitle(Preview preview) {
        return preview.publicTitle(redactor, choices);
    }

    /**
     * The discloser masks a text the detector missed (ADD) or keeps one it masked wrongly (UNDO), before publishing;
     * IDs, bank cards and mobile numbers are never unmasked.
     */
    @Transactional
    void chooseRedaction(StaffUser user, UUID entryId, String kind, String text) {
        var entry = actedOnBy(user, entryId);
        if (!"PENDING".equals(entry.status())) {
            throw new AlreadyPublished();
        }
        var value = text == null ? "" : text.strip();
        if (value.isEmpty() || !lengths.fits("disclosure.redaction_choice.text", value)) {
            throw new InvalidCorrection(
                    "text", "disclosure.redaction.text", lengths.max("disclosure.redaction_choice.text"));
        }
        if ("UNDO".equals(kind)) {
            var preview = preview(user, entryId);
            var undoable = preview.redaction().spans().stream()
                    .anyMatch(span -> span.kind().undoable()
                            && span.kind() != Redactor.Kind.MANUAL
                            && preview.redaction()
                                    .original()
                                    .substring(span.start(), span.end())
                                    .equals(value));
            if (!undoable) {
                throw new InvalidCorrection("text", "disclosure.redaction.not-undoable");
            }
        } else if (!"ADD".equals(kind)) {
            throw new InvalidCorrection("kind", "disclosure.redaction.kind");
        }
        choices.add(entryId, kind, value, user.getUsername());
    }

    /** The discloser's choices on an entry, whatever its state (a published entry keeps them as they were). */
    List<RedactionChoices.Choice> choicesOf(UUID entryId) {
        return choices.of(entryId);
    }

    @Transactional
    void dropRedactionChoice(StaffUser user, UUID entryId, UUID choiceId) {
        var entry = actedOnBy(user, entryId);
        if (!"PENDING".equals(entry.status())) {
            throw new AlreadyPublished();
        }
        if (!choices.remove(entryId, choiceId)) {
            throw new NotFound("redaction");
        }
    }

    @Transactional
    UUID publish(StaffUser user, UUID entryId) {
        actedOnBy(user, entryId);
        var preview = preview(user, entryId);
        var entry = preview.entry();
        if (!"PENDING".equals(entry.status())) {
            throw new AlreadyPublished();
        }
        if (!entry.partyNotified()) {
            throw new PartyNotToldYet();
        }
        var unit = organization.unit(entry.unitId()).orElseThrow();
        var updated = db.sql(
                        """
                        update disclosure.disclosure_entry set status = 'PUBLISHED', original_text = ?, published_at = ?,
                            published_by = ?
                        where id = ? and status = 'PENDING'
                        """)
                .params(
                        preview.redaction().original(),
                        java.sql.Timestamp.from(clock.instant()),
                        user.getUsername(),
                        entryId)
                .update();
        if (updated != 1) {
            throw new AlreadyPublished();
        }
        var publicText = preview.redaction().redacted();
        var resultId = db.sql(
                        """
                        insert into disclosure.published_result
                            (entry_id, unit_id, unit_name, category, title, public_text, decided_on, published_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        entryId,
                        entry.unitId(),
                        unit.name(),
                        entry.category(),
                        preview.publicTitle(redactor, choices),
                        publicText,
                        entry.decidedOn(),
                        LocalDate.now(clock))
                .query(UUID.class)
                .single();
        facts.record(
                user,
                entry,
                cases.find(entry.caseId()).orElseThrow(() -> new NotFound("case")),
                line -> redactor.adjusted(
                                redactor.redact(line, preview.context()),
                                choices.texts(preview.choices(), "ADD"),
                                choices.texts(preview.choices(), "UNDO"))
                        .redacted());
        results.index(resultId);
        pushes.enqueue(new ResultChanged(
                UUID.randomUUID(),
                "PUBLICATION",
                entryId,
                entry.unitId(),
                unit.name(),
                entry.category(),
                preview.publicTitle(redactor, choices),
                preview.redaction().redacted(),
                entry.decidedOn(),
                LocalDate.now(clock),
                clock.instant()));
        events.publishEvent(new ResultPublished(
                resultId,
                entryId,
                entry.caseId(),
                entry.unitId(),
                String.valueOf(entry.category()),
                sha256(publicText),
                user.getUsername(),
                clock.instant()));
        return resultId;
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Corrects a published result (D11): the corrected text, redacted like the first, is published as a new version with
     * the reason; the earlier versions stay for staff and the public sees the latest with a note.
     */
    @Transactional
    UUID correct(StaffUser user, UUID entryId, String text, String reason) {
        var entry = actedOnBy(user, entryId);
        if (!"PUBLISHED".equals(entry.status())) {
            throw new NotCorrectable();
        }
        var corrected = text == null ? "" : text.strip();
        if (corrected.length() < 2 || corrected.length() > CORRECTION_TEXT_MAX) {
            throw new InvalidCorrection("text", "disclosure.correction.text", CORRECTION_TEXT_MAX);
        }
        var why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > CORRECTION_REASON_MAX) {
            throw new InvalidCorrection("reason", "disclosure.correction.reason", CORRECTION_REASON_MAX);
        }
        var view = cases.find(entry.caseId()).orElseThrow(() -> new NotFound("case"));
        var context = context(view);
        var publicText = redactor.redact(corrected, context).redacted();
        var versions = results.versions(entryId);
        var latest = versions.get(versions.size() - 1);
        var id = db.sql(
                        """
                        insert into disclosure.published_result (entry_id, unit_id, unit_name, category, title,
                            public_text, decided_on, published_on, version, correction_reason, corrected_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        entryId,
                        entry.unitId(),
                        latest.unitName(),
                        entry.category(),
                        latest.title(),
                        publicText,
                        latest.decidedOn(),
                        LocalDate.now(clock),
                        latest.version() + 1,
                        why,
                        user.getUsername())
                .query(UUID.class)
                .single();
        results.index(id);
        events.publishEvent(new ResultPublished(
                id,
                entryId,
                entry.caseId(),
                entry.unitId(),
                String.valueOf(entry.category()),
                sha256(publicText),
                user.getUsername(),
                clock.instant()));
        pushes.enqueue(new ResultChanged(
                UUID.randomUUID(),
                "CORRECTION",
                entryId,
                entry.unitId(),
                latest.unitName(),
                entry.category(),
                latest.title(),
                publicText,
                latest.decidedOn(),
                LocalDate.now(clock),
                clock.instant()));
        return id;
    }

    /** Takes a published result down (D11) and tells the government platform, in one transaction. */
    @Transactional
    void withdraw(StaffUser user, UUID entryId) {
        var entry = actedOnBy(user, entryId);
        if (!entries.withdraw(entryId)) {
            throw new NotPublished("disclosure.withdraw.invalid");
        }
        results.unindex(entryId);
        // the latest version: a corrected result has several
        var versions = results.versions(entryId);
        var latest = versions.get(versions.size() - 1);
        var result = new ResultChanged(
                UUID.randomUUID(),
                "WITHDRAWAL",
                entryId,
                entry.unitId(),
                latest.unitName(),
                entry.category(),
                latest.title(),
                "",
                latest.decidedOn(),
                latest.publishedOn(),
                clock.instant());
        pushes.enqueue(result);
    }

    /**
     * Records how and when the party was told that the decision will be published (D11, 行政处罚法 第四十八条): not
     * before the decision, not in the future, only while the entry waits.
     */
    @Transactional
    void notifyParty(StaffUser user, UUID entryId, LocalDate on, String how) {
        var entry = actedOnBy(user, entryId);
        if (!"PENDING".equals(entry.status())) {
            throw new AlreadyPublished();
        }
        if (on == null || on.isAfter(LocalDate.now(clock)) || on.isBefore(entry.decidedOn())) {
            throw new InvalidCorrection("on", "disclosure.notify.invalid");
        }
        var value = how == null ? "" : how.strip();
        if (value.isEmpty()) {
            throw new InvalidCorrection("how", "disclosure.notify.invalid");
        }
        if (!lengths.fits("disclosure.disclosure_entry.party_notified_how", value)) {
            throw new InvalidCorrection(
                    "how",
                    "disclosure.notify.how-too-long",
                    lengths.max("disclosure.disclosure_entry.party_notified_how"));
        }
        entries.notifyParty(entryId, on, value);
    }

    /** Why a published decision must come down (D11, 行政处罚法 第四十八条). */
    static final java.util.Set<String> REVOCATION_REASONS =
            java.util.Set.of("REVOKED", "CONFIRMED_ILLEGAL", "ORDERED_REMADE");

    /**
     * The decision was revoked, confirmed illegal or ordered remade: its result is due to come down within 3 working
     * days; returns that day.
     */
    @Transactional
    LocalDate markRevoked(StaffUser user, UUID entryId, LocalDate on, String reason) {
        var entry = actedOnBy(user, entryId);
        if (reason == null || !REVOCATION_REASONS.contains(reason)) {
            throw new InvalidCorrection("reason", "disclosure.revoked.invalid");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCorrection("on", "disclosure.revoked.invalid");
        }
        if (!"PUBLISHED".equals(entry.status())) {
            throw new NotPublished("disclosure.revoked.invalid");
        }
        var due = workingDays.addWorkingDays(on, 3).due();
        entries.markRevoked(entryId, on, reason, due);
        return due;
    }

    /**
     * Reconsideration or litigation decided on a published result: the public entry says which proceeding, whether it
     * changed the decision, what and when.
     */
    @Transactional
    void annotate(StaffUser user, UUID entryId, LocalDate on, String proceeding, Boolean changed, String text) {
        // whose entry it is comes before what was sent: a unit above is refused as such, whatever it sent
        var entry = actedOnBy(user, entryId);
        if (changed == null) {
            throw new InvalidCorrection("changed", "disclosure.annotation.changed.missing");
        }
        if (!("RECONSIDERATION".equals(proceeding) || "LITIGATION".equals(proceeding))) {
            throw new InvalidCorrection("proceeding", "disclosure.annotation.invalid");
        }
        if (on == null || on.isAfter(LocalDate.now(clock))) {
            throw new InvalidCorrection("on", "disclosure.annotation.invalid");
        }
        var value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidCorrection("text", "disclosure.annotation.invalid");
        }
        if (!lengths.fits("disclosure.result_annotation.text", value)) {
            throw new InvalidCorrection(
                    "text", "disclosure.annotation.text-too-long", lengths.max("disclosure.result_annotation.text"));
        }
        if (!"PUBLISHED".equals(entry.status())) {
            throw new NotPublished("disclosure.annotation.invalid");
        }
        entries.annotate(entryId, proceeding, changed, on, value, user.getUsername());
    }

    /**
     * An entry its own unit's staff act on: superior units read their subordinate units' entries and do not publish,
     * redact, correct, annotate or withdraw them (issue 14); beyond the caller's units it is not found.
     */
    private DisclosureEntry actedOnBy(StaffUser user, UUID entryId) {
        var entry = visible(user, entryId);
        if (!entry.unitId().equals(user.getUnitId())) {
            throw new NotTheDisclosingUnit();
        }
        return entry;
    }

    private DisclosureEntry visible(StaffUser user, UUID entryId) {
        return entries.find(entryId)
                .filter(entry -> organization.isVisible(user, entry.unitId()))
                .orElseThrow(() -> new NotFound("disclosure"));
    }

    /** The text a result discloses: organ, party, category, facts and the decision (D10). */
    private String originalText(DisclosureEntry entry, CaseView view) {
        var unit = organization.unit(entry.unitId()).map(u -> u.name()).orElse("");
        var text = new StringBuilder();
        text.append(label("disclosure.text.organ")).append(unit).append('\n');
        for (var party : view.parties()) {
            text.append(label("disclosure.text.party"))
                    .append(party.name())
                    .append('（')
                    .append(party.identity())
                    .append('）');
            if (party.address() != null && !party.address().isBlank()) {
                text.append(label("disclosure.text.address")).append(party.address());
            }
            text.append('\n');
        }
        text.append(label("disclosure.text.category"))
                .append(label("category." + entry.category()))
                .append('\n');
        text.append(label("disclosure.text.title")).append(view.title()).append('\n');
        if (view.summary() != null && !view.summary().isBlank()) {
            text.append(label("disclosure.text.facts")).append(view.summary()).append('\n');
        }
        // the decision once, in one line; the officer's own wording on a line of its own, unless it only repeats the
        // kind ("罚款"), so that the amount is not read twice ("罚款 100000.00元；罚款10万元", issue 15)
        var decisionLine = facts.decisionLine(entry, view);
        if (decisionLine.isPresent()) {
            text.append(label("disclosure.text.decision"))
                    .append(decisionLine.get())
                    .append('\n');
        }
        if (decisionLine.isPresent()
                && entry.decision() == null
                && (entry.decidedKind() == null || entry.decidedKind() == view.proposalKind())) {
            var wording = view.proposalText() == null ? "" : view.proposalText().strip();
            if (!wording.isEmpty() && !wording.equals(label("proposal." + view.proposalKind()))) {
                text.append(label("disclosure.text.wording")).append(wording).append('\n');
            }
        }
        text.append(inspectionResults.text(entry.caseId(), this::label));
        text.append(label("disclosure.text.decided-on")).append(entry.decidedOn());
        return text.toString();
    }

    /** Natural persons' names and addresses are removed; organisations' stay public (D11). */
    private static Redactor.Context context(CaseView view) {
        var names = new ArrayList<String>();
        var addresses = new ArrayList<String>();
        for (var party : view.parties()) {
            if (party.kind() == PartyKind.INDIVIDUAL) {
                names.add(party.name());
                if (party.address() != null && !party.address().isBlank()) {
                    addresses.add(party.address());
                }
            }
        }
        return new Redactor.Context(names, addresses);
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** 行政处罚法 第四十八条 and D11: the party is told before its decision is published. */
    static final class PartyNotToldYet extends Refusal {
        PartyNotToldYet() {
            super(null, "disclosure.refusal.party-not-told");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** Only a published result can be withdrawn, marked revoked or annotated. */
    static final class NotPublished extends Refusal {
        NotPublished(String messageKey) {
            super(null, messageKey);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    /** Only a result that is published can be corrected. */
    static final class NotCorrectable extends Refusal {
        NotCorrectable() {
            super(null, "disclosure.correction.not-published");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }

    static final class InvalidCorrection extends Refusal {
        InvalidCorrection(String field, String messageKey, Object... arguments) {
            super(field, messageKey, arguments);
        }
    }

    static final class NotTheDisclosingUnit extends Refusal {
        NotTheDisclosingUnit() {
            super(null, "disclosure.refusal.own-unit");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }

    static final class AlreadyPublished extends Refusal {
        AlreadyPublished() {
            super(null, "disclosure.refusal.already-published");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }
}
