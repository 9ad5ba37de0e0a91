package org.sunlight.records;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.Party;
import org.sunlight.organization.Organization;
import org.sunlight.platform.NotFound;

/**
 * Issues one document of a case inside the transaction of the act that issues it: renders its content from the case
 * as it stands, takes its 文号 and stores the frozen HTML with its SHA-256. The PDF is printed from that HTML after the
 * act commits ({@link DocumentPrinting}).
 */
@Component
class DocumentIssuer {

    private final CaseManagement cases;
    private final Organization organization;
    private final DocumentNumbers numbers;
    private final DocumentTemplate template;
    private final DocumentPrinting printing;
    private final Documents documents;
    private final MessageSource messages;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DocumentIssuer(
            CaseManagement cases,
            Organization organization,
            DocumentNumbers numbers,
            DocumentTemplate template,
            DocumentPrinting printing,
            Documents documents,
            MessageSource messages,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.organization = organization;
        this.numbers = numbers;
        this.template = template;
        this.printing = printing;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    /** A correction of an issued document: what it corrects, why, and the corrected text. */
    record Correction(IssuedDocument corrected, String reason, String text) {}

    @Transactional(propagation = Propagation.MANDATORY)
    IssuedDocument issue(UUID caseId, DocumentKind kind, String actor, Instant at, Correction correction) {
        var kase = cases.find(caseId).orElseThrow(() -> new NotFound("case"));
        var organ = organization
                .unit(kase.unitId())
                .map(org.sunlight.organization.Unit::name)
                .orElseThrow(() -> new NotFound("unit"));
        var year = at.atZone(clock.getZone()).getYear();
        var title = text(kind.labelKey());
        var content = content(kase, kind, title, organ, at, correction);
        // the 文号 once everything else the document shows has been read: its counter row stays locked until the act
        // commits; only the template that prints it comes after it here
        Integer sequence = null;
        String number = null;
        if (DocumentNumbers.numbered(kind)) {
            sequence = numbers.next(kase.unitId(), kind, year);
            number = numbers.format(organ, kind, year, sequence);
        }
        var html = template.render(content.numbered(number));
        var document = new IssuedDocument(
                UUID.randomUUID(),
                caseId,
                kase.unitId(),
                kind,
                number,
                year,
                sequence,
                title,
                html,
                null,
                actor,
                at,
                correction == null ? null : correction.corrected().id(),
                correction == null ? null : correction.reason());
        documents.insert(document);
        events.publishEvent(new DocumentIssued(
                document.id(), caseId, document.unitId(), kind, number, Documents.contentSha256(html), actor, at));
        printing.afterCommit(document.id());
        return document;
    }

    private DocumentContent content(
            CaseView kase, DocumentKind kind, String title, String organ, Instant at, Correction correction) {
        var notes = kase.acts().stream()
                .filter(act -> act.note() != null && !act.note().isBlank())
                .map(act -> new DocumentContent.Note(
                        date(act.actedAt()),
                        text("action." + act.action()),
                        act.note().strip()))
                .toList();
        var penalty = DocumentForms.statesPenalty(kind) && kase.proposalKind() != null
                ? new DocumentContent.Penalty(
                        kase.proposalKind(),
                        kase.proposalFine() == null
                                ? null
                                : kase.proposalFine()
                                        .setScale(2, RoundingMode.HALF_UP)
                                        .toPlainString(),
                        kase.proposalText())
                : null;
        var officers = kase.officerIds().stream()
                .map(id -> organization.officer(id).orElse(null))
                .filter(Objects::nonNull)
                .map(officer -> new DocumentContent.Signatory(
                        officer.name(),
                        officer.certificate() == null
                                ? ""
                                : officer.certificate().certificateNo()))
                .toList();
        var corrected = correction == null
                ? null
                : new DocumentContent.Correction(
                        correction.corrected().number() != null
                                ? correction.corrected().number()
                                : correction.corrected().title(),
                        date(correction.corrected().issuedAt()),
                        correction.reason(),
                        correction.text());
        return new DocumentContent(
                kind,
                title,
                organ,
                null,
                kase.title(),
                addressee(kase.parties()),
                kase.parties(),
                kase.summary(),
                notes,
                penalty,
                DocumentForms.clauses(kind),
                officers,
                date(at),
                corrected);
    }

    private String addressee(List<Party> parties) {
        return parties.isEmpty()
                ? text("records.party.none")
                : String.join(
                        text("records.list-separator"),
                        parties.stream().map(Party::name).toList());
    }

    private String date(Instant instant) {
        var day = instant.atZone(clock.getZone()).toLocalDate();
        return messages.getMessage(
                "records.date",
                new Object[] {
                    String.valueOf(day.getYear()),
                    String.valueOf(day.getMonthValue()),
                    String.valueOf(day.getDayOfMonth())
                },
                Locale.SIMPLIFIED_CHINESE);
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
