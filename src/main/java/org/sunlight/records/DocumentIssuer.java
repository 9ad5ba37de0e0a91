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
                document.id(),
                caseId,
                document.unitId(),
                kind,
                number,
                title,
                Documents.contentSha256(html),
                actor,
                at,
                document.corrects()));
        printing.afterCommit(document.id());
        return document;
    }

    private DocumentContent content(
            CaseView kase, DocumentKind kind, String title, String organ, Instant at, Correction correction) {
        boolean decision = DocumentForms.statesDecision(kind);
        var notes = kase.acts().stream()
                .filter(act -> act.note() != null && !act.note().isBlank())
                // 行政处罚法 第五十九条: a decision states the facts and evidence, not the internal discussions and reviews
                .filter(act ->
                        !DocumentForms.statesFactsOnly(kind) || act.action().gathersEvidence())
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
                        kase.proposalText(),
                        kase.proposalMitigation() == null
                                ? null
                                : text(kase.proposalMitigation().labelKey()),
                        kase.proposalGround() == null
                                ? null
                                : text(kase.proposalGround().labelKey()))
                : null;
        var inquiry = kind == DocumentKind.INQUIRY_RECORD ? inquiry(kase) : null;
        var siteRecord = kind == DocumentKind.SITE_RECORD ? siteRecord(kase) : null;
        // a decision names the officers who acted, not every officer listed on the case
        var officers = (decision ? kase.actingOfficerIds() : kase.officerIds())
                .stream()
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
                DocumentForms.clauses(kind, kase.hearingAllowed()).stream()
                        .map(clause -> clause(clause, kase.particulars()))
                        .toList(),
                officers,
                date(at),
                corrected,
                DocumentForms.statesFactsOnly(kind) ? basis(kase.basis()) : List.of(),
                DocumentForms.statesSurcharge(kind)
                        ? messages.getMessage(
                                "records.penalty.surcharge",
                                new Object[] {
                                    date(at),
                                    kase.lateSurcharge()
                                            .setScale(2, RoundingMode.HALF_UP)
                                            .toPlainString()
                                },
                                Locale.SIMPLIFIED_CHINESE)
                        : null,
                inquiry,
                siteRecord);
    }

    /** The act that issued the case's latest document of the kind: the act being taken, when it issues one. */
    private static CaseView.Act issuing(CaseView kase, DocumentKind kind) {
        CaseView.Act last = null;
        for (var act : kase.acts()) {
            if (act.documents().contains(kind.name())) {
                last = act;
            }
        }
        return last;
    }

    /** The 询问笔录 of the act that issues it, when it was written as a structured record. */
    private DocumentContent.PrintedInquiry inquiry(CaseView kase) {
        var last = issuing(kase, DocumentKind.INQUIRY_RECORD);
        if (last == null || last.inquiry() == null) {
            return null;
        }
        var inquiry = last.inquiry();
        return new DocumentContent.PrintedInquiry(
                inquiry.place().strip(),
                span(inquiry.startedAt(), inquiry.endedAt()),
                inquiry.intervieweeName().strip(),
                blankToNull(inquiry.intervieweeIdNumber()),
                inquiry.intervieweeRelation().strip(),
                signatory(inquiry.askerId()),
                signatory(inquiry.recorderId()),
                inquiry.exchanges().stream()
                        .map(exchange -> new org.sunlight.cases.InquiryRecord.Exchange(
                                exchange.question().strip(), exchange.answer().strip()))
                        .toList(),
                Boolean.TRUE.equals(inquiry.signed()),
                Boolean.TRUE.equals(inquiry.signed())
                        ? null
                        : messages.getMessage(
                                "records.inquiry.refusal",
                                new Object[] {inquiry.refusalReason().strip()},
                                Locale.SIMPLIFIED_CHINESE));
    }

    /** The 现场检查笔录 of the act that issues it, when it was written as a structured record. */
    private DocumentContent.PrintedSiteRecord siteRecord(CaseView kase) {
        var last = issuing(kase, DocumentKind.SITE_RECORD);
        if (last == null || last.siteRecord() == null) {
            return null;
        }
        var record = last.siteRecord();
        var present = record.present().stream()
                .map(person -> new org.sunlight.cases.SiteRecord.Person(
                        person.name().strip(),
                        blankToNull(person.idNumber()),
                        person.role().strip()))
                .toList();
        var signed = Boolean.TRUE.equals(record.signed());
        return new DocumentContent.PrintedSiteRecord(
                record.place().strip(),
                span(record.startedAt(), record.endedAt()),
                signatory(record.inspectorId()),
                signatory(record.recorderId()),
                present,
                record.inspected().strip(),
                record.findings().strip(),
                signed,
                signed
                        ? messages.getMessage(
                                "records.site-record.signed",
                                new Object[] {
                                    present.stream()
                                            .map(org.sunlight.cases.SiteRecord.Person::name)
                                            .collect(java.util.stream.Collectors.joining("、"))
                                },
                                Locale.SIMPLIFIED_CHINESE)
                        : messages.getMessage(
                                "records.site-record.refusal",
                                new Object[] {record.refusalReason().strip()},
                                Locale.SIMPLIFIED_CHINESE));
    }

    /** From when to when, as a record prints it: 2026年5月1日9时00分至10时30分 (the end's day only when another). */
    private String span(java.time.LocalDateTime startedAt, java.time.LocalDateTime endedAt) {
        return messages.getMessage(
                "records.inquiry.time-range",
                new Object[] {
                    String.valueOf(startedAt.getYear()),
                    String.valueOf(startedAt.getMonthValue()),
                    String.valueOf(startedAt.getDayOfMonth()),
                    String.format("%d时%02d分", startedAt.getHour(), startedAt.getMinute()),
                    endedAt.toLocalDate().equals(startedAt.toLocalDate())
                            ? ""
                            : messages.getMessage(
                                    "records.date",
                                    new Object[] {
                                        String.valueOf(endedAt.getYear()),
                                        String.valueOf(endedAt.getMonthValue()),
                                        String.valueOf(endedAt.getDayOfMonth())
                                    },
                                    Locale.SIMPLIFIED_CHINESE),
                    String.format("%d时%02d分", endedAt.getHour(), endedAt.getMinute())
                },
                Locale.SIMPLIFIED_CHINESE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private DocumentContent.Signatory signatory(UUID officerId) {
        return organization
                .officer(officerId)
                .map(officer -> new DocumentContent.Signatory(
                        officer.name(),
                        officer.certificate() == null
                                ? ""
                                : officer.certificate().certificateNo()))
                .orElse(new DocumentContent.Signatory("", ""));
    }

    /**
     * A fixed paragraph as printed: the payment and remedies clauses name the unit's bank and payment channel, organ of
     * reconsideration and court where they are configured (行政处罚法 第五十九条第一款第四项、第五项).
     */
    private String clause(String key, org.sunlight.cases.DecisionParticulars particulars) {
        if (particulars != null) {
            if (key.equals(DocumentForms.PAYMENT)) {
                return messages.getMessage(
                        particulars.electronicChannel() == null
                                ? "records.clause.payment.bank"
                                : "records.clause.payment.named",
                        new Object[] {particulars.bank(), particulars.electronicChannel()},
                        Locale.SIMPLIFIED_CHINESE);
            }
            if (key.equals(DocumentForms.PENALTY_REMEDIES) || key.equals(DocumentForms.REMEDIES)) {
                return messages.getMessage(
                        key + ".named",
                        new Object[] {particulars.reconsiderationOrgan(), particulars.court()},
                        Locale.SIMPLIFIED_CHINESE);
            }
        }
        return text(key);
    }

    /** The decision's substantive basis as printed: the item's provisions and the discretion standard applied. */
    private List<String> basis(org.sunlight.cases.CaseView.Basis basis) {
        if (basis == null) {
            return List.of(text("records.basis.no-item"));
        }
        var lines = new java.util.ArrayList<String>();
        lines.add(messages.getMessage(
                "records.basis.item",
                new Object[] {
                    basis.itemCode(), basis.itemLegalBasis() == null ? text("records.none") : basis.itemLegalBasis()
                },
                Locale.SIMPLIFIED_CHINESE));
        if (basis.standardCode() != null) {
            lines.add(messages.getMessage(
                    "records.basis.standard",
                    new Object[] {
                        basis.standardCode(),
                        basis.circumstance(),
                        basis.standardLegalBasis() == null ? text("records.none") : basis.standardLegalBasis()
                    },
                    Locale.SIMPLIFIED_CHINESE));
        }
        return lines;
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
