package org.sunlight.records;

import java.util.Locale;
import java.util.Set;
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

    DocumentTemplate(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The document's content as well-formed XHTML, fit for the page and for the PDF alike. */
    String render(DocumentContent content) {
        var context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("doc", content);
        return templates.process(NAME, Set.of("document"), context).strip();
    }

    /** The style element of documents. */
    String style() {
        return templates
                .process(NAME, Set.of("style"), new Context(Locale.SIMPLIFIED_CHINESE))
                .strip();
    }
}
