package org.sunlight.disclosure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes natural persons' data from a text before it is published (D11): resident ID numbers (GB 11643, check character
 * and birth date verified), mobile and landline numbers, bank cards (Luhn), e-mail addresses, and natural persons' names
 * and home addresses — the case's parties' and anyone else's the text names ({@link PersonFinder}). Numbers are also
 * found with spaces, dashes or line breaks between their digits. Organisations' names, credit codes, certificate
 * numbers, amounts, dates, 文号 and the organ's own telephone stay.
 *
 * <p>Pure and stateless, hence thread-safe; never throws. Numbers are looked for on a copy of the text in which
 * full-width forms (０-９, Ｘ, ＠, －, （） …) are folded to ASCII one character for one, so positions are those of the
 * original. When candidates overlap, the longer match wins, then the kind listed first in {@link Kind}.
 */
public final class Redactor {

    private static final String ADDRESS_REPLACEMENT = "[住址已删除]";

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private static final String CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final List<String> COMPOUND_SURNAMES = PersonFinder.COMPOUND_SURNAMES;

    private static final Pattern ID_18 = Pattern.compile("(?<!\\d)\\d{17}[0-9Xx](?![0-9Xx])");
    private static final Pattern ID_15 = Pattern.compile("(?<!\\d)\\d{15}(?![0-9Xx])");
    private static final Pattern MOBILE =
            Pattern.compile("(?:\\+86[ -]?|(?<!\\d)86[ -]?|(?<!\\d))(1[3-9]\\d)[ -]?(\\d{4})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern LANDLINE =
            Pattern.compile("(?:\\((0\\d{2,3})\\) ?|(?<!\\d)(0\\d{2,3})[- ])([2-9]\\d{6,7})(?:-(\\d{1,6}))?(?!\\d)");
    private static final Pattern CARD_PLAIN = Pattern.compile("(?<![0-9A-Za-z])\\d{16,19}(?![0-9A-Za-z])");
    private static final Pattern CARD_GROUPED =
            Pattern.compile("(?<![0-9Xx])\\d{4}([ -])\\d{4}\\1\\d{4}\\1\\d{4}(?:\\1\\d{1,3})?(?![0-9Xx])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+@-])([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+){0,9}\\.[A-Za-z]{2,24})(?![A-Za-z0-9-])");

    public Redactor() {}

    /** The text with personal data replaced, and each replacement with its position in the ORIGINAL text. */
    public Redaction redact(String text, Context context) {
        String original = text == null ? "" : text;
        // HanLP's reading of each sentence, kept for this text only: a sentence the replacements left as it was is not
        // read again when the redacted text is looked at again
        var sentences = new PersonFinder.Sentences();
        List<Span> spans = detect(original, context, sentences);
        String redacted = apply(original, spans);
        // A replacement changes what its neighbours look like ("1669674" + "6228 4800 …" is no card, "166****6228 4800
        // …" is; "王" + "王某" may read as a name): look again until nothing more is found, so that publishing the
        // redacted text never reveals more.
        for (int round = 0; round < 8; round++) {
            List<Span> again = detect(redacted, context, sentences);
            if (again.isEmpty()) {
                break;
            }
            List<Span> merged = merge(original, spans, redacted, again);
            String next = apply(original, merged);
            if (next.equals(redacted)) {
                break;
            }
            spans = merged;
            redacted = next;
        }
        return new Redaction(original, redacted, spans);
    }

    private static void numberCandidates(String folded, List<Span> candidates) {
        int[] runs = runs(folded);
        ids(folded, runs, candidates);
        mobiles(folded, runs, candidates);
        landlines(folded, runs, candidates);
        cards(folded, runs, candidates);
        emails(folded, runs, candidates);
        joinedNumbers(folded, candidates);
    }

    /**
     * Every maximal run of ASCII characters (in the folded text) holding a digit or an '@', as {@code [from, to)} pairs.
     * Every number and e-mail pattern matches ASCII only, and what they look at around a match is ASCII too (a digit, a
     * letter, '@' …): a match found in the run alone, bounded as at the ends of a string, is the one found in the whole
     * text. Looking only at these runs spares the patterns the Chinese text, which is most of it.
     */
    private static int[] runs(String text) {
        int[] runs = new int[16];
        int n = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (text.charAt(i) >= 128) {
                i++;
                continue;
            }
            int from = i;
            boolean worth = false;
            while (i < length && text.charAt(i) < 128) {
                char c = text.charAt(i);
                worth |= (c >= '0' && c <= '9') || c == '@';
                i++;
            }
            if (worth) {
                if (n + 2 > runs.length) {
                    runs = java.util.Arrays.copyOf(runs, runs.length * 2);
                }
                runs[n++] = from;
                runs[n++] = i;
            }
        }
        return java.util.Arrays.copyOf(runs, n);
    }

    /** Each match of {@code pattern} within the runs, in order; the matcher is the one to read the match from. */
    private static void eachMatch(
            Pattern pattern, String text, int[] runs, java.util.function.Consumer<Matcher> found) {
        Matcher m = pattern.matcher(text);
        for (int r = 0; r < runs.length; r += 2) {
            m.region(runs[r], runs[r + 1]);
            while (m.find()) {
                found.accept(m);
            }
        }
    }

    private static List<Span> detect(String original, Context context, PersonFinder.Sentences sentences) {
        var candidates = new ArrayList<Span>();
        numberCandidates(fold(original), candidates);
        var compact = PersonFinder.Compact.of(original);
        var clean = context == null
                ? null
                : new Context(
                        List.copyOf(distinct(context.personNames(), 2)),
                        List.copyOf(distinct(context.personAddresses(), 4)));
        for (var found : PersonFinder.find(compact, clean, sentences)) {
            int start = compact.originalStart(found.start());
            int end = compact.originalEnd(found.end());
            String replacement = found.kind() == Kind.ADDRESS
                    ? ADDRESS_REPLACEMENT
                    : pseudonym(compact.text().substring(found.start(), found.end()));
            candidates.add(new Span(start, end, found.kind(), replacement, found.source(), found.cue()));
        }
        return choose(candidates, original.length());
    }

    /**
     * Spans found in the redacted text, widened to whole earlier replacements they touch, expressed in the original;
     * earlier spans inside them are dropped.
     */
    private static List<Span> merge(String original, List<Span> earlier, String redacted, List<Span> found) {
        int n = redacted.length();
        int[] segmentStart = new int[n];
        int[] segmentEnd = new int[n];
        int[] originalStart = new int[n];
        int[] originalEnd = new int[n];
        int o = 0;
        int r = 0;
        for (Span span : earlier) {
            for (; o < span.start(); o++, r++) {
                segmentStart[r] = r;
                segmentEnd[r] = r + 1;
                originalStart[r] = o;
                originalEnd[r] = o + 1;
            }
            int length = span.replacement().length();
            for (int i = 0; i < length; i++) {
                segmentStart[r + i] = r;
                segmentEnd[r + i] = r + length;
                originalStart[r + i] = span.start();
                originalEnd[r + i] = span.end();
            }
            r += length;
            o = span.end();
        }
        for (; o < original.length(); o++, r++) {
            segmentStart[r] = r;
            segmentEnd[r] = r + 1;
            originalStart[r] = o;
            originalEnd[r] = o + 1;
        }
        var widened = new ArrayList<Span>();
        int i = 0;
        while (i < found.size()) {
            int from = segmentStart[found.get(i).start()];
            int to = segmentEnd[found.get(i).end() - 1];
            var replacement =
                    new StringBuilder(redacted.substring(from, found.get(i).start()));
            Kind kind = found.get(i).kind();
            PersonFinder.Source source = found.get(i).source();
            String cue = found.get(i).cue();
            int at = found.get(i).start();
            while (i < found.size() && found.get(i).start() < to) {
                Span span = found.get(i);
                replacement.append(redacted, at, span.start()).append(span.replacement());
                at = span.end();
                to = Math.max(to, segmentEnd[span.end() - 1]);
                i++;
            }
            replacement.append(redacted, at, to);
            widened.add(new Span(originalStart[from], originalEnd[to - 1], kind, replacement.toString(), source, cue));
        }
        var merged = new ArrayList<Span>(widened);
        for (Span span : earlier) {
            if (widened.stream().noneMatch(w -> w.start() < span.end() && span.start() < w.end())) {
                merged.add(span);
            }
        }
        merged.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(merged);
    }

    private static String apply(String original, List<Span> spans) {
        var redacted = new StringBuilder(original.length());
        int at = 0;
        for (Span span : spans) {
            redacted.append(original, at, span.start()).append(span.replacement());
            at = span.end();
        }
        redacted.append(original, at, original.length());
        return redacted.toString();
    }

    /** Only the numbers removed: for the part of a match that is kept, such as an e-mail address's domain. */
    private static String numbersRedacted(String text) {
        var candidates = new ArrayList<Span>();
        ids(text, candidates);
        mobiles(text, candidates);
        landlines(text, candidates);
        cards(text, candidates);
        return candidates.isEmpty() ? text : apply(text, choose(candidates, text.length()));
    }

    /** Natural persons' names and home addresses known from the case's parties; organisations are not in here. */
    public record Context(List<String> personNames, List<String> personAddresses) {
        public Context {
            personNames = personNames == null ? List.of() : copy(personNames);
            personAddresses = personAddresses == null ? List.of() : copy(personAddresses);
        }

        private static List<String> copy(List<String> values) {
            var copy = new ArrayList<String>(values.size());
            for (String value : values) {
                if (value != null) {
                    copy.add(value);
                }
            }
            return List.copyOf(copy);
        }
    }

    /** The original, the text to publish, and the replacements sorted by position. */
    public record Redaction(String original, String redacted, List<Span> spans) {
        public Redaction {
            spans = spans == null ? List.of() : List.copyOf(spans);
        }
    }

    /**
     * {@code original.substring(start, end)} was replaced by {@code replacement}; end is exclusive. {@code source} says
     * why it was found and {@code cue} the word that gave it away (患者, 住址), if any.
     */
    public record Span(int start, int end, Kind kind, String replacement, PersonFinder.Source source, String cue) {

        public Span {
            source = source == null ? PersonFinder.Source.PATTERN : source;
            cue = cue == null ? "" : cue;
        }

        public Span(int start, int end, Kind kind, String replacement) {
            this(
                    start,
                    end,
                    kind,
                    replacement,
                    kind == Kind.MANUAL ? PersonFinder.Source.MANUAL : PersonFinder.Source.PATTERN,
                    "");
        }
    }

    /** What was removed, in order of precedence for matches of the same length. */
    public enum Kind {
        ID_NUMBER,
        MOBILE,
        LANDLINE,
        BANK_CARD,
        EMAIL,
        ADDRESS,
        PERSON_NAME,
        /** Added by the discloser. */
        MANUAL;

        /** Whether the discloser may undo it: never an ID number, a bank card or a mobile number. */
        public boolean undoable() {
            return this == LANDLINE || this == EMAIL || this == ADDRESS || this == PERSON_NAME || this == MANUAL;
        }
    }

    /** What the discloser masks everywhere it occurs. */
    static final String MANUAL_REPLACEMENT = "＊＊＊";

    /**
     * The redaction as the discloser adjusted it: automatic replacements of the undone texts are kept as written, and
     * every occurrence of an added text not already replaced is masked.
     */
    public Redaction adjusted(Redaction base, List<String> added, List<String> undone) {
        var original = base.original();
        var spans = new ArrayList<Span>();
        for (var span : base.spans()) {
            var text = original.substring(span.start(), span.end());
            if (!(span.kind().undoable() && undone.contains(text))) {
                spans.add(span);
            }
        }
        for (var phrase : added) {
            if (phrase.isBlank()) {
                continue;
            }
            for (int at = original.indexOf(phrase); at >= 0; at = original.indexOf(phrase, at + phrase.length())) {
                int start = at;
                int end = at + phrase.length();
                boolean free = spans.stream().noneMatch(span -> span.start() < end && start < span.end());
                if (free) {
                    spans.add(new Span(start, end, Kind.MANUAL, MANUAL_REPLACEMENT));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return new Redaction(original, apply(original, spans), spans);
    }

    // --- detection -----------------------------------------------------------------------------------------------

    private static void ids(String text, List<Span> out) {
        ids(text, runs(text), out);
    }

    private static void ids(String text, int[] runs, List<Span> out) {
        eachMatch(ID_18, text, runs, m -> {
            if (isId18(m.group())) {
                out.add(new Span(m.start(), m.end(), Kind.ID_NUMBER, keepFirst(m.group(), 6)));
            }
        });
        eachMatch(ID_15, text, runs, m -> {
            if (isId15(m.group())) {
                out.add(new Span(m.start(), m.end(), Kind.ID_NUMBER, keepFirst(m.group(), 6)));
            }
        });
    }

    static boolean isId18(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        char check = Character.toUpperCase(s.charAt(17));
        return check == ID_CHECK.charAt(sum % 11) && isDate(number(s, 6, 10), number(s, 10, 12), number(s, 12, 14));
    }

    static boolean isId15(String s) {
        return s.length() == 15
                && s.chars().allMatch(c -> c >= '0' && c <= '9')
                && isDate(1900 + number(s, 6, 8), number(s, 8, 10), number(s, 10, 12));
    }

    private static boolean isDate(int year, int month, int day) {
        if (year < 1800 || year > 2199 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static void mobiles(String text, List<Span> out) {
        mobiles(text, runs(text), out);
    }

    private static void mobiles(String text, int[] runs, List<Span> out) {
        eachMatch(MOBILE, text, runs, m -> {
            out.add(new Span(m.start(), m.end(), Kind.MOBILE, m.group(1) + "****" + m.group(3)));
        });
    }

    private static void landlines(String text, List<Span> out) {
        landlines(text, runs(text), out);
    }

    private static void landlines(String text, int[] runs, List<Span> out) {
        eachMatch(LANDLINE, text, runs, m -> {
            String area = m.group(1) != null ? m.group(1) : m.group(2);
            if (organsPhone(text, m.start(), m.end())) {
                return;
            }
            int masked =
                    m.group(3).length() + (m.group(4) == null ? 0 : m.group(4).length());
            out.add(new Span(m.start(), m.end(), Kind.LANDLINE, area + "-" + "*".repeat(masked)));
        });
    }

    private static void cards(String text, List<Span> out) {
        cards(text, runs(text), out);
    }

    private static void cards(String text, int[] runs, List<Span> out) {
        eachMatch(CARD_PLAIN, text, runs, m -> {
            String digits = m.group();
            // an all-digit unified social credit code of an organisation stays public
            if (luhn(digits) && !(digits.length() == 18 && isCreditCode(digits))) {
                out.add(card(m.start(), m.end(), digits));
            }
        });
        eachMatch(CARD_GROUPED, text, runs, m -> {
            String digits = digitsOf(m.group());
            if (luhn(digits)) {
                out.add(card(m.start(), m.end(), digits));
            } else if (digits.length() > 16 && luhn(digits.substring(0, 16))) {
                // "6222 0212 3456 7890 12": the trailing group may be something else
                out.add(card(m.start(), m.start() + 19, digits.substring(0, 16)));
            }
        });
    }

    private static Span card(int start, int end, String digits) {
        return new Span(
                start, end, Kind.BANK_CARD, "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4));
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** GB 32100: the 18th character of a unified social credit code is a MOD 31 check over the first 17. */
    static boolean isCreditCode(String s) {
        if (s.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_CHARS.indexOf(s.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        return s.charAt(17) == CREDIT_CODE_CHARS.charAt((31 - sum % 31) % 31);
    }

    private static void emails(String text, List<Span> out) {
        emails(text, runs(text), out);
    }

    private static void emails(String text, int[] runs, List<Span> out) {
        eachMatch(EMAIL, text, runs, m -> {
            String local = m.group(1);
            out.add(new Span(
                    m.start(), m.end(), Kind.EMAIL, local.substring(0, 1) + "***@" + numbersRedacted(m.group(2))));
        });
    }

    private static final Pattern LANDLINE_JOINED =
            Pattern.compile("(?<!\\d)(?:(010|02\\d)([2-9]\\d{7})|(0[3-9]\\d{2})([2-9]\\d{6,7}))(?!\\d)");

    /**
     * Numbers written with spaces, dashes or line breaks between their digits ("370831 19641213 5745", "138\n1234
     * 5678") and landlines without a dash ("05373356485"): looked for in a copy where those separators are dropped, and
     * mapped back.
     */
    private static void joinedNumbers(String folded, List<Span> out) {
        var joined = new StringBuilder(folded.length());
        int[] origin = new int[folded.length()];
        int n = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c == ' ' || c == '-' || c == '\n' || c == '\r' || c == '\t')
                    && n > 0
                    && isDigit(joined.charAt(n - 1))) {
                int next = i + 1;
                while (next < folded.length() && " -\n\r\t".indexOf(folded.charAt(next)) >= 0) {
                    next++;
                }
                if (next < folded.length() && next - i <= 3 && isDigit(folded.charAt(next))) {
                    continue;
                }
            }
            joined.append(c);
            origin[n++] = i;
        }
        String text = joined.toString();
        var found = new ArrayList<Span>();
        int[] runs = runs(text);
        ids(text, runs, found);
        mobiles(text, runs, found);
        eachMatch(LANDLINE_JOINED, text, runs, m -> {
            String area = m.group(1) != null ? m.group(1) : m.group(3);
            String local = m.group(2) != null ? m.group(2) : m.group(4);
            if (!organsPhone(text, m.start(), m.end())) {
                found.add(new Span(m.start(), m.end(), Kind.LANDLINE, area + "-" + "*".repeat(local.length())));
            }
        });
        for (Span span : found) {
            out.add(new Span(origin[span.start()], origin[span.end() - 1] + 1, span.kind(), span.replacement()));
        }
    }

    private static final Pattern ORGANS_PHONE_BEFORE = Pattern.compile("(?:监督|举报|投诉|咨询|办公|值班)电话|本机关|本局|本委");
    private static final Pattern ORGANS_PHONE_AFTER =
            Pattern.compile("^[（(](?:本机关|本局|本委|[^）)]{0,12}(?:科|室|处|局|委|中心|大队)[）)])");

    /** A landline the organ publishes (监督电话, 本机关法制科) stays: it is no one's private number. */
    private static boolean organsPhone(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 10), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return ORGANS_PHONE_BEFORE.matcher(before).find()
                || ORGANS_PHONE_AFTER.matcher(after).find();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Trimmed, distinct, non-blank values of at least {@code minLength} code points. */
    private static Set<String> distinct(List<String> values, int minLength) {
        var distinct = new LinkedHashSet<String>();
        if (values != null) {
            for (String value : values) {
                if (value != null) {
                    String trimmed = value.strip();
                    if (trimmed.codePointCount(0, trimmed.length()) >= minLength) {
                        distinct.add(trimmed);
                    }
                }
            }
        }
        return distinct;
    }

    /** 张三 → 张某, 欧阳小明 → 欧阳某. */
    static String pseudonym(String name) {
        String trimmed = name.strip();
        for (String surname : COMPOUND_SURNAMES) {
            if (trimmed.startsWith(surname) && trimmed.length() > surname.length()) {
                return surname + "某";
            }
        }
        return trimmed.substring(0, Character.charCount(trimmed.codePointAt(0))) + "某";
    }

    // --- choosing among overlapping candidates -----------------------------------------------------------------------

    /**
     * Longer first, then by kind. A valid ID number and a Luhn-valid card can only compete for the same run of digits
     * (all patterns stop at digit boundaries), where the ID wins; an e-mail address whose local part holds a number is
     * longer than the number and masks it whole.
     */
    private static final Comparator<Span> PRECEDENCE = Comparator.<Span>comparingInt(s -> s.start() - s.end())
            .thenComparing(Span::kind)
            .thenComparingInt(Span::start);

    private static List<Span> choose(List<Span> candidates, int length) {
        candidates.sort(PRECEDENCE);
        var taken = new boolean[length];
        var chosen = new ArrayList<Span>();
        for (Span span : candidates) {
            boolean free = true;
            for (int i = span.start(); i < span.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = span.start(); i < span.end(); i++) {
                    taken[i] = true;
                }
                chosen.add(span);
            }
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        return List.copyOf(chosen);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** Full-width ASCII forms and the ideographic space folded to ASCII, one char for one. */
    private static String fold(String s) {
        var chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static String keepFirst(String s, int kept) {
        return s.substring(0, kept) + "*".repeat(s.length() - kept);
    }

    private static String digitsOf(String s) {
        var digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                digits.append(s.charAt(i));
            }
        }
        return digits.toString();
    }

    private static int number(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }
}
