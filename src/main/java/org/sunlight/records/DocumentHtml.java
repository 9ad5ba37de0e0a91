package org.sunlight.records;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.unbescape.html.HtmlEscape;

/**
 * Writes a document's content as the {@code document} fragment of templates/records/document.html renders it, byte
 * for byte, without the template engine: the frozen HTML (and so its SHA-256) of an issued document is this text. The
 * template stays the reference of the layout: {@code DocumentHtmlTest} renders both for every kind and part and asserts
 * the same bytes, so a change to one that is not made to the other fails the build.
 *
 * <p>The rules it follows are the template engine's: {@code th:text} escapes {@code & < > " '} (HTML 4 / XML); an
 * element left out by {@code th:if} or an empty {@code th:each} leaves the line break after it; the iterations of an
 * element are separated by the line break before it, those of a {@code th:block} by nothing; a message not found is
 * written as {@code ??key_zh_CN??}.
 */
class DocumentHtml {

    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    DocumentHtml(MessageSource messages) {
        this.messages = messages;
    }

    String write(DocumentContent doc) {
        var out = new StringBuilder(4096);
        out.append("<article class=\"official-document\" data-kind=\"")
                .append(escape(doc.kind().name()))
                .append("\">\n");
        line(out, "<p class=\"organ plain\">", doc.organ(), "</p>");
        line(out, "<h1>", doc.title(), "</h1>");
        if (doc.number() != null) {
            out.append("<p class=\"number plain\">")
                    .append(escape(doc.number()))
                    .append("</p>");
        }
        out.append("\n\n");
        line(out, "<h2>", message("records.party"), "</h2>");
        if (doc.parties().isEmpty()) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.party.none")))
                    .append("</p>");
        }
        out.append('\n');
        each(
                out,
                doc.parties(),
                party -> "<table class=\"party\">\n"
                        + row(message("records.party.name"), party.name())
                        + row(message("records.party.identity"), party.identity())
                        + row(
                                message("records.party.address"),
                                party.address().isEmpty() ? message("records.none") : party.address())
                        + "</table>");
        out.append("\n\n");
        line(out, "<h2>", message("records.cause"), "</h2>");
        line(out, "<p class=\"plain\">", doc.cause(), "</p>");
        out.append('\n');
        line(out, "<p>", message("records.body." + doc.kind().name(), doc.addressee()), "</p>");
        out.append('\n');
        if (doc.inquiry() != null) {
            inquiry(out, doc.inquiry());
        }
        out.append("\n\n");
        if (doc.siteRecord() != null) {
            siteRecord(out, doc.siteRecord());
        }
        out.append("\n\n");
        line(out, "<h2>", message("records.facts"), "</h2>");
        line(out, "<p>", doc.summary().isBlank() ? message("records.none") : doc.summary(), "</p>");
        if (!doc.notes().isEmpty()) {
            out.append("<ul>\n");
            each(
                    out,
                    doc.notes(),
                    note -> "<li>" + escape(message("records.note", note.on(), note.action(), note.text())) + "</li>");
            out.append("\n</ul>");
        }
        out.append("\n\n");
        if (doc.proposal() != null) {
            penalty(out, doc);
        }
        out.append("\n\n");
        var lawOfKind = messageOrNull("records.basis." + doc.kind().name());
        if (lawOfKind != null || !doc.basis().isEmpty()) {
            out.append('\n');
            line(out, "<h2>", message("records.basis"), "</h2>");
            each(out, doc.basis(), basis -> "<p>" + escape(basis) + "</p>");
            out.append('\n');
            if (lawOfKind != null) {
                out.append("<p>").append(escape(lawOfKind)).append("</p>");
            }
            out.append('\n');
        }
        out.append("\n\n");
        if (!doc.clauses().isEmpty()) {
            out.append('\n');
            line(out, "<h2>", message("records.clauses"), "</h2>");
            each(out, doc.clauses(), clause -> "<p>" + escape(clause) + "</p>");
            out.append('\n');
        }
        out.append("\n\n");
        if (doc.correction() != null) {
            var correction = doc.correction();
            out.append("<div class=\"correction\">\n");
            line(out, "<h2>", message("records.correction"), "</h2>");
            line(
                    out,
                    "<p>",
                    message(
                            "records.correction.corrects",
                            correction.corrected(),
                            correction.correctedOn(),
                            correction.reason()),
                    "</p>");
            line(out, "<p>", message("records.correction.text", correction.text()), "</p>");
            if (doc.proposal() != null) {
                out.append("<p>")
                        .append(escape(message("records.correction.same-decision")))
                        .append("</p>");
            }
            out.append("\n</div>");
        }
        out.append("\n\n");
        out.append("<div class=\"signature\">\n");
        line(out, "<div class=\"seal\"><span>", message("records.seal"), "</span></div>");
        line(out, "<h2>", message("records.officers"), "</h2>");
        if (doc.officers().isEmpty()) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.none")))
                    .append("</p>");
        }
        out.append('\n');
        each(
                out,
                doc.officers(),
                officer -> "<p class=\"plain\">"
                        + escape(message("records.officer", officer.name(), officer.certificateNo()))
                        + "</p>");
        out.append('\n');
        line(out, "<p class=\"issuer\">", doc.organ(), "</p>");
        line(out, "<p class=\"issuer\">", doc.issuedOn(), "</p>");
        out.append("<div class=\"clear\"></div>\n</div>\n</article>");
        return out.toString();
    }

    private void inquiry(StringBuilder out, DocumentContent.PrintedInquiry inquiry) {
        out.append('\n');
        out.append("<table class=\"party\" data-test=\"inquiry-heading\">\n");
        out.append(row(message("records.inquiry.time"), inquiry.time()));
        out.append(row(message("records.inquiry.place"), inquiry.place()));
        out.append(row(message("records.inquiry.interviewee"), inquiry.intervieweeName()));
        out.append(row(
                message("records.inquiry.id-number"),
                inquiry.intervieweeIdNumber() == null ? message("records.none") : inquiry.intervieweeIdNumber()));
        out.append(row(message("records.inquiry.relation"), inquiry.intervieweeRelation()));
        out.append(row(message("records.inquiry.asker"), officer(inquiry.asker())));
        out.append(row(message("records.inquiry.recorder"), officer(inquiry.recorder())));
        out.append("</table>\n");
        line(out, "<h2>", message("records.inquiry.exchanges"), "</h2>");
        for (var exchange : inquiry.exchanges()) {
            out.append('\n');
            line(
                    out,
                    "<p class=\"plain\" data-test=\"inquiry-question\">",
                    message("records.inquiry.question", exchange.question()),
                    "</p>");
            line(
                    out,
                    "<p class=\"plain\" data-test=\"inquiry-answer\">",
                    message("records.inquiry.answer", exchange.answer()),
                    "</p>");
        }
        out.append('\n');
        if (inquiry.signed()) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.inquiry.signed", inquiry.intervieweeName())))
                    .append("</p>");
        }
        out.append('\n');
        if (!inquiry.signed()) {
            out.append("<p class=\"plain\" data-test=\"inquiry-refusal\">")
                    .append(escape(inquiry.refusal()))
                    .append("</p>");
        }
        out.append('\n');
    }

    private void siteRecord(StringBuilder out, DocumentContent.PrintedSiteRecord record) {
        out.append('\n');
        out.append("<table class=\"party\" data-test=\"site-record-heading\">\n");
        out.append(row(message("records.site-record.time"), record.time()));
        out.append(row(message("records.site-record.place"), record.place()));
        out.append(row(message("records.site-record.inspector"), officer(record.inspector())));
        out.append(row(message("records.site-record.recorder"), officer(record.recorder())));
        out.append("</table>\n");
        line(out, "<h2>", message("records.site-record.present"), "</h2>");
        out.append("<table class=\"party\" data-test=\"site-record-present\">\n");
        out.append("<tr><th>")
                .append(escape(message("records.site-record.present.name")))
                .append("</th><th>")
                .append(escape(message("records.site-record.present.role")))
                .append("</th><th>")
                .append(escape(message("records.site-record.present.id-number")))
                .append("</th></tr>\n");
        each(
                out,
                record.present(),
                person -> "<tr><td>" + escape(person.name()) + "</td><td>"
                        + escape(person.role()) + "</td><td>"
                        + escape(person.idNumber() == null ? message("records.none") : person.idNumber())
                        + "</td></tr>");
        out.append("\n</table>\n");
        line(out, "<h2>", message("records.site-record.inspected"), "</h2>");
        line(out, "<p class=\"plain\" data-test=\"site-record-inspected\">", record.inspected(), "</p>");
        line(out, "<h2>", message("records.site-record.findings"), "</h2>");
        line(out, "<p class=\"plain\" data-test=\"site-record-findings\">", record.findings(), "</p>");
        line(out, "<p class=\"plain\" data-test=\"site-record-signature\">", record.signature(), "</p>");
    }

    private void penalty(StringBuilder out, DocumentContent doc) {
        var proposal = doc.proposal();
        out.append('\n');
        line(out, "<h2>", message("records.penalty." + doc.kind().name()), "</h2>");
        out.append("<p class=\"plain\">\n<span>")
                .append(escape(message("records.penalty.kind")))
                .append("</span><span>")
                .append(escape(message("proposal." + proposal.kind().name())))
                .append("</span>\n</p>\n");
        if (proposal.fine() != null) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.penalty.fine", proposal.fine())))
                    .append("</p>");
        }
        out.append('\n');
        if (proposal.mitigation() != null) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.penalty.mitigation", proposal.mitigation(), proposal.ground())))
                    .append("</p>");
        }
        out.append('\n');
        if (proposal.mitigation() == null && proposal.ground() != null) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.penalty.ground", proposal.ground())))
                    .append("</p>");
        }
        out.append('\n');
        if (proposal.text() != null && !proposal.text().isBlank()) {
            out.append("<p class=\"plain\">")
                    .append(escape(message("records.penalty.text", proposal.text())))
                    .append("</p>");
        }
        out.append('\n');
        if (doc.surcharge() != null) {
            out.append("<p class=\"plain\">").append(escape(doc.surcharge())).append("</p>");
        }
        out.append('\n');
    }

    private String officer(DocumentContent.Signatory signatory) {
        return message("records.officer", signatory.name(), signatory.certificateNo());
    }

    /** A {@code <tr><th>…</th><td>…</td></tr>} line of a table. */
    private static String row(String heading, String value) {
        return "<tr><th>" + escape(heading) + "</th><td>" + escape(value) + "</td></tr>\n";
    }

    /** An element with its text, and the line break after it. */
    private static void line(StringBuilder out, String open, String text, String close) {
        out.append(open).append(escape(text)).append(close).append('\n');
    }

    /** The iterations of an element, each separated by the line break before it; nothing when there are none. */
    private static <T> void each(StringBuilder out, List<T> items, Function<T, String> element) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(element.apply(items.get(i)));
        }
    }

    /** As {@code th:text} writes text: null as nothing, the markup-significant characters escaped. */
    private static String escape(String text) {
        return text == null ? "" : HtmlEscape.escapeHtml4Xml(text);
    }

    private String message(String key, Object... arguments) {
        try {
            return messages.getMessage(key, arguments, LOCALE);
        } catch (NoSuchMessageException absent) {
            return "??" + key + "_" + LOCALE + "??";
        }
    }

    private String messageOrNull(String key) {
        return messages.getMessage(key, null, null, LOCALE);
    }
}
