package org.sunlight.cases;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.sunlight.platform.NotFound;

/**
 * 行政执法程序流程图 on the portal (D6): each procedure drawn from the definition the engine runs, with the same steps as
 * a table for readers who cannot read a chart. Public, like everything under {@code /portal}.
 */
@Controller
@RequestMapping("/portal/procedure-charts")
class ProcedureChartController {

    private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

    private final MessageSource messages;
    private final ProcedureChart chart;

    ProcedureChartController(MessageSource messages) {
        this.messages = messages;
        this.chart = new ProcedureChart(messages);
    }

    @GetMapping
    String index(Model model) {
        model.addAttribute(
                "procedures",
                Procedures.all().stream()
                        .map(p -> new Entry(
                                p.kind(), p.stages().size(), p.transitions().size()))
                        .toList());
        return "cases/charts";
    }

    @GetMapping("/{slug}")
    String chart(@PathVariable String slug, Model model) {
        var kind = kind(slug);
        var procedure = Procedures.of(kind);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("kind", kind);
        model.addAttribute("procedure", procedure);
        model.addAttribute("svg", chart.svg(procedure, locale));
        model.addAttribute("steps", steps(procedure, locale));
        model.addAttribute("kinds", ProcedureKind.values());
        return "cases/chart";
    }

    /** The chart alone, as an image a phone can zoom into and anyone can save. */
    @GetMapping("/{slug}/chart.svg")
    ResponseEntity<String> image(@PathVariable String slug) {
        var procedure = Procedures.of(kind(slug));
        return ResponseEntity.ok()
                .contentType(SVG)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + slug + ".svg\"")
                .body("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.svg(procedure));
    }

    private static ProcedureKind kind(String slug) {
        var kind = ProcedureKind.fromSlug(slug);
        if (kind == null) {
            throw new NotFound("procedure");
        }
        return kind;
    }

    /** A procedure in the portal's index. */
    record Entry(ProcedureKind kind, int stages, int steps) {}

    /** A step of the procedure as the table shows it, every name already in words. */
    record Step(
            String id,
            String action,
            String stage,
            boolean withinStage,
            List<String> roles,
            List<String> rules,
            List<String> documents,
            List<String> deadlines) {}

    private List<Step> steps(Procedure procedure, Locale locale) {
        var deadlines = new ArrayList<DeadlineRule>();
        procedure.transitions().forEach(t -> t.starts().stream()
                .filter(d -> !deadlines.contains(d))
                .forEach(deadlines::add));
        return procedure.transitions().stream()
                .map(t -> new Step(
                        t.action().id(),
                        text(t.labelKey(), locale),
                        t.withinStage()
                                ? text("chart.stage.within", locale, text("stage." + t.from(), locale))
                                : text(
                                        "chart.stage.move",
                                        locale,
                                        text("stage." + t.from(), locale),
                                        text("stage." + t.to(), locale)),
                        t.withinStage(),
                        t.roles().stream()
                                .sorted()
                                .map(role -> text(role.labelKey(), locale))
                                .toList(),
                        t.rules().stream()
                                .map(rule -> text("rule." + rule.name(), locale))
                                .toList(),
                        t.documents().stream()
                                .map(document -> text(document.labelKey(), locale))
                                .toList(),
                        deadlines(t, deadlines, locale)))
                .toList();
    }

    /** The periods a step starts, with the article that sets them, then those it meets, in the procedure's order. */
    private List<String> deadlines(Transition t, List<DeadlineRule> all, Locale locale) {
        var lines = new ArrayList<String>();
        for (var deadline : t.starts()) {
            lines.add(text("chart.deadline.starts", locale, text(deadline.labelKey(), locale), deadline.basis()));
        }
        for (var deadline : all) {
            if (t.stops().contains(deadline.id())) {
                lines.add(text("chart.deadline.stops", locale, text(deadline.labelKey(), locale)));
            }
        }
        for (var id : t.stops().stream().sorted().toList()) {
            if (all.stream().noneMatch(d -> d.id().equals(id))) {
                lines.add(text("chart.deadline.stops", locale, text("deadline." + id, locale)));
            }
        }
        return lines;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }
}
