package org.sunlight.records;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.InquiryRecord;
import org.sunlight.cases.Party;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProposalKind;
import org.sunlight.cases.SiteRecord;

/**
 * 文书样式 (issue 18, point 11): each kind of document as the product issues it, written by the same {@link
 * DocumentTemplate} from sample content: the kind's own title, body, penalty, basis and fixed paragraphs
 * ({@link DocumentForms}), with a party, facts, numbers and dates that are placeholders marked 样式, never a real case.
 */
@Component
class DocumentSamples {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final DocumentTemplate template;
    private final MessageSource messages;

    DocumentSamples(DocumentTemplate template, MessageSource messages) {
        this.template = template;
        this.messages = messages;
    }

    /** The kind a portal address names ({@code penalty-decision}), or null. */
    static DocumentKind kindOf(String slug) {
        for (var kind : DocumentKind.values()) {
            if (slug(kind).equals(slug)) {
                return kind;
            }
        }
        return null;
    }

    static String slug(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The sample of a kind as the template writes it. */
    String html(DocumentKind kind) {
        return template.render(content(kind));
    }

    /** The page's title: the kind's title marked as a sample (行政处罚决定书（样式）). */
    String title(DocumentKind kind) {
        return messages.getMessage("records.samples.sample-title", new Object[] {text(kind.labelKey())}, LOCALE);
    }

    DocumentContent content(DocumentKind kind) {
        var party = new Party(
                null,
                PartyKind.ORGANISATION,
                text("records.sample.party"),
                null,
                text("records.sample.credit-code"),
                text("records.sample.address"));
        var date = text("records.sample.date");
        var officers = List.of(
                new DocumentContent.Signatory(text("records.sample.officer.1"), text("records.sample.certificate")),
                new DocumentContent.Signatory(text("records.sample.officer.2"), text("records.sample.certificate")));
        DocumentContent.Penalty penalty = null;
        if (DocumentForms.statesPenalty(kind)) {
            penalty = kind == DocumentKind.NO_PENALTY_DECISION
                    ? new DocumentContent.Penalty(
                            ProposalKind.NO_PENALTY, null, null, null, text("records.sample.no-penalty-ground"))
                    : new DocumentContent.Penalty(
                            ProposalKind.FINE,
                            text("records.sample.fine"),
                            text("records.sample.penalty-text"),
                            null,
                            null);
        }
        var basis = DocumentForms.statesFactsOnly(kind)
                ? List.of(messages.getMessage(
                        "records.basis.item",
                        new Object[] {text("records.sample.item-code"), text("records.sample.legal-basis")},
                        LOCALE))
                : List.<String>of();
        var surcharge = DocumentForms.statesSurcharge(kind)
                ? messages.getMessage(
                        "records.penalty.surcharge", new Object[] {date, text("records.sample.surcharge")}, LOCALE)
                : null;
        return new DocumentContent(
                kind,
                text(kind.labelKey()),
                text("records.sample.organ"),
                text("records.sample.number"),
                text("records.sample.cause"),
                party.name(),
                List.of(party),
                text("records.sample.summary"),
                List.of(new DocumentContent.Note(
                        date, text("records.sample.note.action"), text("records.sample.note.text"))),
                penalty,
                DocumentForms.clauses(kind, true).stream().map(this::text).toList(),
                officers,
                date,
                null,
                basis,
                surcharge,
                kind == DocumentKind.INQUIRY_RECORD ? inquiry(officers) : null,
                kind == DocumentKind.SITE_RECORD ? siteRecord(officers) : null);
    }

    private DocumentContent.PrintedInquiry inquiry(List<DocumentContent.Signatory> officers) {
        return new DocumentContent.PrintedInquiry(
                text("records.sample.place"),
                text("records.sample.time"),
                text("records.sample.person"),
                null,
                text("records.sample.relation"),
                officers.get(0),
                officers.get(1),
                List.of(
                        new InquiryRecord.Exchange(text("records.sample.question.1"), text("records.sample.answer.1")),
                        new InquiryRecord.Exchange(text("records.sample.question.2"), text("records.sample.answer.2"))),
                true,
                null);
    }

    private DocumentContent.PrintedSiteRecord siteRecord(List<DocumentContent.Signatory> officers) {
        var present =
                List.of(new SiteRecord.Person(text("records.sample.person"), null, text("records.sample.relation")));
        return new DocumentContent.PrintedSiteRecord(
                text("records.sample.place"),
                text("records.sample.time"),
                officers.get(0),
                officers.get(1),
                present,
                text("records.sample.inspected"),
                text("records.sample.findings"),
                true,
                messages.getMessage(
                        "records.site-record.signed", new Object[] {text("records.sample.person")}, LOCALE));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LOCALE);
    }
}
