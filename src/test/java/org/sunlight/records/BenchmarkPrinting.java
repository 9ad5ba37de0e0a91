package org.sunlight.records;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * For {@code CaseEngineBenchmark} only, to attribute the time of a transition: while printing is switched off, a
 * document's "PDF" is its HTML's bytes, so the act does everything else (文号, template, storage, audit) but the
 * printing. Never part of a result: the product always prints. Not a component (component scanning would pick it up in
 * every test); the benchmark adds it to its application as a source.
 */
public class BenchmarkPrinting {

    private static volatile boolean printing = true;

    /** Switches the printing of issued documents to PDF on or off, for the acts that follow. */
    public static void printing(boolean on) {
        printing = on;
    }

    @Bean
    @Primary
    PdfMaker switchablePdfMaker(DocumentTemplate template) {
        return new PdfMaker(template) {
            @Override
            byte[] pdf(String title, String html) {
                return printing ? super.pdf(title, html) : html.getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
