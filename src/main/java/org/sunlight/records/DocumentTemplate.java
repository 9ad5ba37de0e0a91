package org.sunlight.records;

import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The one template every document is made from (templates/records/document.html): its {@code document} fragment
 * gives the content that is frozen at issue, its {@code style} fragment the look shared by screen and paper.
 */
@Component
class DocumentTemplate {

    static final String NAME = "records/document";

    private final ITemplateEngine templates;
    private final DocumentHtml html;

    DocumentTemplate(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.html = new DocumentHtml(messages);
    }

    /**
     * The document's content as well-formed XHTML, fit for the page and for the PDF alike: the {@code document}
     * fragment as the template engine renders it, written by {@link DocumentHtml} without the engine's expression
     * evaluation (the same bytes, which {@code DocumentHtmlTest} checks).
     */
    String render(DocumentContent content) {
        return html.write(content);
    }

    /** The style element of documents. */
    String style() {
        return templates
                .process(NAME, Set.of("style"), new Context(Locale.SIMPLIFIED_CHINESE))
                .strip();
    }
}
