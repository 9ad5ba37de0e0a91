package org.sunlight.disclosure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled redaction corpus in {@code src/test/resources/redaction/}: decision texts with every personal span marked
 * {@code ⟦kind|text⟧}, and the case's party record in header lines.
 *
 * <pre>
 * ### id category
 * @name 王建国            (a natural-person party's recorded name; repeatable)
 * @address 山东省…        (its recorded address; repeatable)
 * text …⟦姓名|王建国⟧…
 * </pre>
 */
record RedactionCorpus(List<Sample> samples) {

    /** One text, without marks, with its expected personal spans. */
    record Sample(String id, String category, String text, Redactor.Context context, List<Expected> expected) {}

    /** A personal span the detector must remove; end exclusive. */
    record Expected(int start, int end, String kind) {}

    static final List<String> FILES =
            List.of("redaction/corpus-generated.txt", "redaction/corpus-hand.txt", "redaction/corpus-heldout-2.txt");

    /** Written in session 5 without running the detector on it; its first score is in docs/api.md. */
    static final String SECOND_HELD_OUT = "redaction/corpus-heldout-2.txt";

    private static final Pattern MARK = Pattern.compile("⟦([^|⟧]+)\\|([^⟧]*)⟧");

    static RedactionCorpus load() {
        return load(FILES);
    }

    static RedactionCorpus load(List<String> files) {
        var samples = new ArrayList<Sample>();
        for (String file : files) {
            try (InputStream in = RedactionCorpus.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + file);
                }
                samples.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return new RedactionCorpus(List.copyOf(samples));
    }

    static List<Sample> parse(String content) {
        var samples = new ArrayList<Sample>();
        String[] blocks = content.split("(?m)^### ");
        for (String block : blocks) {
            // the file's opening comment, before its first text, is no text
            if (block.isBlank() || block.startsWith("#")) {
                continue;
            }
            int firstLine = block.indexOf('\n');
            String[] header = block.substring(0, firstLine).strip().split("\\s+");
            var names = new ArrayList<String>();
            var addresses = new ArrayList<String>();
            var body = new StringBuilder();
            for (String line : block.substring(firstLine + 1).split("\n", -1)) {
                if (line.startsWith("@name ")) {
                    names.add(line.substring(6));
                } else if (line.startsWith("@address ")) {
                    addresses.add(line.substring(9));
                } else if (!line.startsWith("#")) {
                    body.append(line).append('\n');
                }
            }
            String marked = body.toString().strip();
            var text = new StringBuilder();
            var expected = new ArrayList<Expected>();
            Matcher m = MARK.matcher(marked);
            int at = 0;
            while (m.find()) {
                text.append(marked, at, m.start());
                int start = text.length();
                text.append(m.group(2));
                expected.add(new Expected(start, text.length(), m.group(1)));
                at = m.end();
            }
            text.append(marked.substring(at));
            samples.add(new Sample(
                    header[0],
                    header.length > 1 ? header[1] : "",
                    text.toString(),
                    new Redactor.Context(names, addresses),
                    expected));
        }
        return samples;
    }

    /** Recall and precision by span, and what was missed or wrongly removed. */
    record Score(int expected, int caught, int detected, int wrong, List<String> misses, List<String> falseAlarms) {

        double recall() {
            return expected == 0 ? 1 : (double) caught / expected;
        }

        double precision() {
            return detected == 0 ? 1 : (double) (detected - wrong) / detected;
        }
    }

    /**
     * An expected span counts as caught when detected spans cover every character of it; a detected span is wrong when
     * it touches no expected span.
     */
    Score score(Redactor redactor) {
        int expected = 0;
        int caught = 0;
        int detected = 0;
        int wrong = 0;
        var misses = new ArrayList<String>();
        var falseAlarms = new ArrayList<String>();
        for (Sample sample : samples) {
            var redaction = redactor.redact(sample.text(), sample.context());
            boolean[] covered = new boolean[sample.text().length()];
            for (var span : redaction.spans()) {
                for (int i = span.start(); i < span.end(); i++) {
                    covered[i] = true;
                }
            }
            for (Expected e : sample.expected()) {
                expected++;
                boolean all = true;
                for (int i = e.start(); i < e.end(); i++) {
                    all &= covered[i] || Character.isWhitespace(sample.text().charAt(i));
                }
                if (all) {
                    caught++;
                } else {
                    misses.add(
                            sample.id() + " " + e.kind() + " " + sample.text().substring(e.start(), e.end()) + " …"
                                    + around(sample.text(), e.start(), e.end()));
                }
            }
            for (var span : redaction.spans()) {
                detected++;
                boolean touches =
                        sample.expected().stream().anyMatch(e -> e.start() < span.end() && span.start() < e.end());
                if (!touches) {
                    wrong++;
                    falseAlarms.add(sample.id() + " " + span.kind() + " "
                            + sample.text().substring(span.start(), span.end()) + " …"
                            + around(sample.text(), span.start(), span.end()));
                }
            }
        }
        return new Score(expected, caught, detected, wrong, misses, falseAlarms);
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 8), Math.min(text.length(), end + 8))
                .replace('\n', ' ');
    }
}
