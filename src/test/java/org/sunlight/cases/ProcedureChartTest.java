package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The chart is the definition drawn (D6): read back from the SVG, every procedure shows exactly its stages and exactly
 * its transitions, nothing more and nothing less.
 */
class ProcedureChartTest {

    private final ProcedureChart chart = new ProcedureChart(messages());

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/cases", "messages/charts", "messages/organization");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    record Drawn(String action, String from, String to) {}

    @Test
    void everyProcedureDrawsExactlyItsTransitions() throws Exception {
        for (var procedure : Procedures.all()) {
            var svg = parse(chart.svg(procedure, Locale.SIMPLIFIED_CHINESE));

            var drawn = new HashSet<Drawn>();
            var drawnCount = 0;
            for (var element : elements(svg)) {
                if (element.hasAttribute("data-action")) {
                    drawn.add(new Drawn(
                            element.getAttribute("data-action"),
                            element.getAttribute("data-from"),
                            element.getAttribute("data-to")));
                    drawnCount++;
                }
            }
            var defined = procedure.transitions().stream()
                    .map(t -> new Drawn(t.action().id(), t.from(), t.to()))
                    .collect(Collectors.toSet());
            assertThat(drawn).as("%s: transitions drawn", procedure.kind()).isEqualTo(defined);
            assertThat(drawnCount)
                    .as("%s: each transition drawn once", procedure.kind())
                    .isEqualTo(procedure.transitions().size());
        }
    }

    @Test
    void everyProcedureDrawsExactlyItsStages() throws Exception {
        for (var procedure : Procedures.all()) {
            var svg = parse(chart.svg(procedure, Locale.SIMPLIFIED_CHINESE));

            var drawn = elements(svg).stream()
                    .filter(e -> e.hasAttribute("data-stage"))
                    .map(e -> e.getAttribute("data-stage"))
                    .toList();
            var defined = procedure.stages().stream().map(Stage::id).collect(Collectors.toSet());
            assertThat(Set.copyOf(drawn))
                    .as("%s: stages drawn", procedure.kind())
                    .isEqualTo(defined);
            assertThat(drawn).as("%s: each stage drawn once", procedure.kind()).hasSameSizeAs(defined);
        }
    }

    @Test
    void theDrawingIsWellFormedAndNamesTheStagesAndStepsInChinese() throws Exception {
        var messages = messages();
        for (var procedure : Procedures.all()) {
            var text = chart.svg(procedure, Locale.SIMPLIFIED_CHINESE);
            var svg = parse(text);

            assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
            assertThat(svg.getDocumentElement().getAttribute("viewBox")).matches("0 0 [0-9.]+ [0-9.]+");
            var initial = messages.getMessage("stage." + procedure.initialStage(), null, Locale.SIMPLIFIED_CHINESE);
            assertThat(initial).as("the initial stage has a Chinese name").matches(".*\\p{IsHan}.*");
            assertThat(svg.getDocumentElement().getTextContent()).contains(initial);
            for (var transition : procedure.transitions()) {
                assertThat(svg.getDocumentElement().getTextContent())
                        .contains(messages.getMessage(transition.labelKey(), null, Locale.SIMPLIFIED_CHINESE));
            }
            assertThat(text)
                    .as("no script, no external resources")
                    .doesNotContain("<script", "href=\"http", "@import", "url(http", "<image");
        }
    }

    @Test
    void everyStepAndStageHasItsNameAndEveryRuleOneForThePortal() {
        var messages = messages();
        for (var procedure : Procedures.all()) {
            for (var transition : procedure.transitions()) {
                assertThat(messages.getMessage(transition.labelKey(), null, null, Locale.SIMPLIFIED_CHINESE))
                        .isNotNull();
            }
        }
        for (var rule : Rule.values()) {
            assertThat(messages.getMessage("rule." + rule.name(), null, null, Locale.SIMPLIFIED_CHINESE))
                    .as("rule.%s", rule.name())
                    .isNotNull()
                    .matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void textIsEscapedForXml() {
        assertThat(ProcedureChart.escape("<a href=\"x\">'&'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    }

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document) {
        var all = document.getElementsByTagNameNS("*", "*");
        return java.util.stream.IntStream.range(0, all.getLength())
                .mapToObj(i -> (Element) all.item(i))
                .toList();
    }
}
