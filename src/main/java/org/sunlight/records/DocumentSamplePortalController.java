package org.sunlight.records;

import java.util.Arrays;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sunlight.cases.DocumentKind;
import org.sunlight.platform.NotFound;

/**
 * 文书样式 on the portal (issue 18, point 11): the kinds of enforcement documents the product issues, each shown as the
 * document template writes it from sample content. Public, like everything under {@code /portal}.
 */
@Controller
@RequestMapping("/portal/document-samples")
class DocumentSamplePortalController {

    private final DocumentSamples samples;

    DocumentSamplePortalController(DocumentSamples samples) {
        this.samples = samples;
    }

    /** A kind in the index: its address and the message key of its title. */
    record Entry(String slug, String labelKey) {}

    @GetMapping
    String index(Model model) {
        model.addAttribute(
                "kinds",
                Arrays.stream(DocumentKind.values())
                        .map(kind -> new Entry(DocumentSamples.slug(kind), kind.labelKey()))
                        .toList());
        return "records/portal-samples";
    }

    @GetMapping("/{slug}")
    String sample(@PathVariable String slug, Model model) {
        var kind = DocumentSamples.kindOf(slug);
        if (kind == null) {
            throw new NotFound("document-kind");
        }
        model.addAttribute("kind", kind);
        model.addAttribute("title", samples.title(kind));
        model.addAttribute("html", samples.html(kind));
        return "records/portal-sample";
    }
}
