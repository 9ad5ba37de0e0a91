package org.sunlight.disclosure;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into plain and redacted parts, so that a page can highlight each redaction. */
final class Highlight {

    private Highlight() {}

    /**
     * A piece of text, marked when it is (or replaces) personal data; a marked part carries what it is (its kind) and why
     * it was found (its source and the cue word, if any).
     */
    record Part(String text, boolean marked, String kind, String source, String cue) {

        Part(String text, boolean marked) {
            this(text, marked, null, null, "");
        }
    }

    /** The original with its personal data marked, or (redacted) the public text with each replacement marked. */
    static List<Part> parts(String original, List<Redactor.Span> spans, boolean redacted) {
        var parts = new ArrayList<Part>();
        int at = 0;
        for (var span : spans) {
            if (span.start() > at) {
                parts.add(new Part(original.substring(at, span.start()), false));
            }
            parts.add(new Part(
                    redacted ? span.replacement() : original.substring(span.start(), span.end()),
                    true,
                    span.kind().name(),
                    span.source().name(),
                    span.cue()));
            at = span.end();
        }
        if (at < original.length()) {
            parts.add(new Part(original.substring(at), false));
        }
        return parts;
    }
}
