package org.sunlight.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.sunlight.records.Records;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A report laid out for people, and printed as PDF or written as a workbook, the same for staff and the public. */
@Component
class AnnualReportFiles {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Records records;

    AnnualReportFiles(MessageSource messages, ITemplateEngine templates, Records records) {
        this.messages = messages;
        this.templates = templates;
        this.records = records;
    }

    AnnualReportView view(AnnualReport report) {
        return AnnualReportView.of(report, messages, Locale.SIMPLIFIED_CHINESE);
    }

    String title(AnnualReport report) {
        return messages.getMessage(
                "report.title",
                new Object[] {report.unitName(), String.valueOf(report.year())},
                Locale.SIMPLIFIED_CHINESE);
    }

    /** @param note what the printed copy says of its standing (published version, or counted and not published) */
    ResponseEntity<byte[]> pdf(AnnualReport report, String note) {
        var context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("view", view(report));
        context.setVariable("title", title(report));
        context.setVariable("note", note);
        var html = templates
                .process("report/document", Set.of("document"), context)
                .strip();
        return file(records.printPdf(title(report), html), MediaType.APPLICATION_PDF, title(report) + ".pdf");
    }

    ResponseEntity<byte[]> xlsx(AnnualReport report) {
        var bytes = AnnualReportSpreadsheet.write(
                view(report), title(report), key -> messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE));
        return file(bytes, XLSX, title(report) + ".xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(bytes);
    }
}
