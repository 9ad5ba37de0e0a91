package org.sunlight.inspection;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draw of a double-random inspection as a pure function of its published inputs, in the JDK alone, so that the
 * product and the offline verifier run the very same code: (snapshot, rules, seed) → outcome. Each input and the
 * outcome have one canonical text form (UTF-8, LF line ends, TAB between fields), described in docs/api.md, and their
 * SHA-256 is taken over exactly those bytes.
 *
 * <ol>
 *   <li>Exclusions are rules: a subject not operating, then one under an open case, then one inspected on or after
 *       {@code day − N days} is left out, each counted under the first rule that applies.
 *   <li>Selection: within each risk class the eligible subjects are ranked by HMAC-SHA-256(seed, "select\n" +
 *       identifier), smallest first, and the first ⌈n × ratio ÷ 100⌉ are drawn (rounded up, exactly).
 *   <li>Matching: the inspectors stand in a queue ordered by HMAC-SHA-256(seed, "inspector\n" + certificate number).
 *       For each drawn subject, class by class and rank by rank, the first two in the queue who have declared no
 *       conflict with it and are not together the pair who inspected it last go; they move to the back of the queue,
 *       the others keep their places. So nobody's workload exceeds another's by more than one, save for conflicts.
 * </ol>
 */
public final class DrawFunction {

    public static final String SNAPSHOT_HEADER = "sunlight-draw-snapshot/1";
    public static final String RULES_HEADER = "sunlight-draw-rules/1";
    public static final String COMMITMENT_HEADER = "sunlight-draw-commitment/1";
    public static final String SEED_HEADER = "sunlight-draw-seed/1";
    public static final String OUTCOME_HEADER = "sunlight-draw-outcome/1";
    public static final String REMATCHES_HEADER = "sunlight-draw-rematches/1";

    /** The exclusion rules, in the order they are applied. */
    public enum Exclusion {
        NOT_OPERATING,
        OPEN_CASE,
        RECENTLY_INSPECTED
    }

    private DrawFunction() {}

    /**
     * A subject as frozen in the snapshot. Its name is written to the snapshot and published, but the draw never reads
     * it: a snapshot read back from its text ({@link #parseSnapshot}) leaves it null (the snapshot's hash covers it).
     */
    public record Entry(
            String identifier,
            RiskClass risk,
            SubjectStatus status,
            LocalDate lastInspectedOn,
            boolean openCase,
            SubjectCategory category,
            String name) {}

    /** An inspector as frozen in the snapshot. */
    public record Officer(String certificateNo, String name) {}

    /**
     * The frozen pool of a draw: the subjects of the task's categories, the inspectors of the day, their declared
     * conflicts and the pair that last inspected each subject.
     */
    public record Snapshot(
            String unitCode,
            String unitName,
            LocalDate day,
            List<Entry> subjects,
            List<Officer> inspectors,
            Map<String, Set<String>> conflicts,
            Map<String, List<String>> lastPairs) {}

    /** The rules: the ratio per risk class in per cent (two decimals at most) and the exclusions. */
    public record Rules(String task, Map<RiskClass, BigDecimal> ratios, int recentDays, int inspectorsPerSubject) {}

    /** A drawn subject and the inspectors sent (empty when too few could go). */
    public record Drawn(RiskClass risk, int rank, String identifier, List<String> inspectors) {}

    /** Per risk class: how many were eligible and how many were drawn. */
    public record ClassCount(RiskClass risk, int eligible, int drawn) {}

    public record Outcome(Map<Exclusion, Integer> excluded, List<ClassCount> classes, List<Drawn> drawn) {}

    // ---------------------------------------------------------------------------------------------------------------
    // the function

    public static Outcome run(Snapshot snapshot, Rules rules, byte[] seed) {
        var excluded = new EnumMap<Exclusion, Integer>(Exclusion.class);
        for (var exclusion : Exclusion.values()) {
            excluded.put(exclusion, 0);
        }
        long since = snapshot.day().minusDays(rules.recentDays()).toEpochDay();
        // the eligible subjects of each class by their position in the snapshot, in its order
        var subjects = Pool.of(snapshot.subjects());
        int n = subjects.size();
        // each subject's class (its ordinal), or -1 when a rule leaves it out; then the positions of each class
        var classOf = new byte[n];
        var eligibleOf = new int[RiskClass.values().length];
        int notOperating = 0;
        int openCase = 0;
        int recent = 0;
        for (int position = 0; position < n; position++) {
            int risk = -1;
            if (!subjects.operating(position)) {
                notOperating++;
            } else if (subjects.openCase(position)) {
                openCase++;
            } else if (subjects.inspectedSince(position, since)) {
                recent++;
            } else {
                risk = subjects.risk(position);
                eligibleOf[risk]++;
            }
            classOf[position] = (byte) risk;
        }
        var byClass = new Positions[eligibleOf.length];
        for (int r = 0; r < byClass.length; r++) {
            byClass[r] = new Positions(eligibleOf[r]);
        }
        for (int position = 0; position < n; position++) {
            if (classOf[position] >= 0) {
                byClass[classOf[position]].add(position);
            }
        }
        excluded.put(Exclusion.NOT_OPERATING, notOperating);
        excluded.put(Exclusion.OPEN_CASE, openCase);
        excluded.put(Exclusion.RECENTLY_INSPECTED, recent);
        var classes = new ArrayList<ClassCount>();
        var selected = new ArrayList<Drawn>();
        for (var risk : RiskClass.values()) {
            var eligible = byClass[risk.ordinal()];
            int count = count(eligible.size(), rules.ratios().getOrDefault(risk, BigDecimal.ZERO));
            classes.add(new ClassCount(risk, eligible.size(), count));
            if (count == 0) {
                continue;
            }
            var ranked = rank(subjects, eligible, seed, count);
            for (int i = 0; i < count; i++) {
                selected.add(new Drawn(risk, i + 1, subjects.identifier(eligible.at(ranked[i])), List.of()));
            }
        }
        return new Outcome(excluded, classes, match(selected, snapshot, rules, seed));
    }

    /**
     * What the draw reads of the subjects, by position: the product's list of {@link Entry} records, or the columns of
     * a snapshot read back from its text ({@link PublishedSubjects}), which hash each code where it lies in the text.
     */
    interface Pool {
        int size();

        /** The risk class's ordinal. */
        int risk(int i);

        boolean operating(int i);

        boolean openCase(int i);

        /** Whether the subject was last inspected on or after the day (in epoch days). */
        boolean inspectedSince(int i, long epochDay);

        String identifier(int i);

        /** HMAC(key, prefix + identifier) into {@code out}. */
        void hmac(Hmac hmac, int i, byte[] out);

        static Pool of(List<Entry> subjects) {
            return subjects instanceof Pool pool ? pool : new Entries(subjects);
        }
    }

    /** The subjects of a snapshot made by the product, as the draw reads them. */
    private record Entries(List<Entry> list) implements Pool {

        @Override
        public int size() {
            return list.size();
        }

        @Override
        public int risk(int i) {
            return list.get(i).risk().ordinal();
        }

        @Override
        public boolean operating(int i) {
            return list.get(i).status() == SubjectStatus.OPERATING;
        }

        @Override
        public boolean openCase(int i) {
            return list.get(i).openCase();
        }

        @Override
        public boolean inspectedSince(int i, long epochDay) {
            var last = list.get(i).lastInspectedOn();
            return last != null && last.toEpochDay() >= epochDay;
        }

        @Override
        public String identifier(int i) {
            return list.get(i).identifier();
        }

        @Override
        public void hmac(Hmac hmac, int i, byte[] out) {
            hmac.compute(list.get(i).identifier(), out);
        }
    }

    /** ⌈n × ratio ÷ 100⌉, exactly: the ratio has at most two decimals. */
    static int count(int eligible, BigDecimal ratio) {
        long hundredths = ratio.movePointRight(2).longValueExact();
        return (int) ((eligible * hundredths + 9_999) / 10_000);
    }

    /**
     * The positions in {@code eligible} of its first {@code count} subjects, smallest HMAC first (compared as unsigned
     * big-endian numbers; ties, never seen, by identifier). The HMACs' first eight bytes find the cut; only the subjects
     * at or below it are ordered in full. The HMACs are computed in two halves at once (the second on a thread of its
     * own), into a primitive array.
     */
    private static int[] rank(Pool all, Positions eligible, byte[] seed, int count) {
        int n = eligible.size();
        var prefixes = new long[n];
        var base = new Hmac(seed, "select\n");
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), n / 10_000));
        // a part that fails fails the draw: its prefixes would otherwise stay 0 and choose the wrong subjects
        var running = new ArrayList<java.util.concurrent.FutureTask<Void>>();
        for (int part = 1; part < parts; part++) {
            int from = (int) ((long) n * part / parts);
            int to = (int) ((long) n * (part + 1) / parts);
            var hmac = base.copy();
            var task = new java.util.concurrent.FutureTask<Void>(new java.util.concurrent.Callable<Void>() {
                @Override
                public Void call() {
                    prefixes(all, eligible, hmac, prefixes, from, to);
                    return null;
                }
            });
            var thread = new Thread(task, "draw-rank");
            thread.setDaemon(true);
            thread.start();
            running.add(task);
        }
        prefixes(all, eligible, base, prefixes, 0, (int) ((long) n / parts));
        for (var task : running) {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while ranking", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("ranking failed", e.getCause());
            }
        }
        long cut = select(prefixes.clone(), count - 1);
        int chosen = 0;
        for (int i = 0; i < n; i++) {
            if (prefixes[i] <= cut) {
                chosen++;
            }
        }
        var order = new int[chosen];
        var keys = new long[chosen];
        for (int i = 0, k = 0; i < n; i++) {
            if (prefixes[i] <= cut) {
                order[k] = i;
                keys[k++] = prefixes[i];
            }
        }
        sort(keys, order, 0, chosen);
        // equal prefixes (never seen at 64 bits): ordered by the whole HMAC, then by identifier
        for (int from = 0; from < chosen; ) {
            int to = from + 1;
            while (to < chosen && keys[to] == keys[from]) {
                to++;
            }
            if (to - from > 1) {
                breakTies(all, eligible, base, order, from, to);
            }
            from = to;
        }
        return Arrays.copyOf(order, count);
    }

    /** Sorts {@code keys} ascending and {@code order} along with it, from {@code from} to {@code to}. */
    static void sort(long[] keys, int[] order, int from, int to) {
        while (to - from > 16) {
            long pivot = median(keys[from], keys[(from + to) >>> 1], keys[to - 1]);
            int i = from;
            int j = to - 1;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(keys, order, i++, j--);
                }
            }
            // the smaller side by recursion, the larger by the loop
            if (j - from < to - i) {
                sort(keys, order, from, j + 1);
                from = i;
            } else {
                sort(keys, order, i, to);
                to = j + 1;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && keys[j - 1] > keys[j]; j--) {
                swap(keys, order, j - 1, j);
            }
        }
    }

    private static long median(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(long[] keys, int[] order, int i, int j) {
        long k = keys[i];
        keys[i] = keys[j];
        keys[j] = k;
        int o = order[i];
        order[i] = order[j];
        order[j] = o;
    }

    /** Orders the positions from {@code from} to {@code to}, whose prefixes are equal, by HMAC, then identifier. */
    private static void breakTies(Pool all, Positions eligible, Hmac hmac, int[] order, int from, int to) {
        var tied = new ArrayList<Object[]>();
        for (int k = from; k < to; k++) {
            var key = new byte[32];
            all.hmac(hmac, eligible.at(order[k]), key);
            tied.add(new Object[] {order[k], key, all.identifier(eligible.at(order[k]))});
        }
        tied.sort((a, b) -> {
            int c = Arrays.compareUnsigned((byte[]) a[1], (byte[]) b[1]);
            return c != 0 ? c : ((String) a[2]).compareTo((String) b[2]);
        });
        for (int k = from; k < to; k++) {
            order[k] = (Integer) tied.get(k - from)[0];
        }
    }

    /** The HMACs' first eight bytes of the eligible from {@code from} to {@code to}, in unsigned order as signed. */
    private static void prefixes(Pool all, Positions eligible, Hmac hmac, long[] prefixes, int from, int to) {
        var digest = new byte[32];
        for (int i = from; i < to; i++) {
            all.hmac(hmac, eligible.at(i), digest);
            prefixes[i] = prefix(digest) ^ Long.MIN_VALUE;
        }
    }

    /** Positions of subjects in the snapshot, in the order added: a growable int array. */
    private static final class Positions {
        private int[] values;
        private int size;

        Positions(int capacity) {
            values = new int[Math.max(16, capacity)];
        }

        void add(int position) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = position;
        }

        int at(int i) {
            return values[i];
        }

        int size() {
            return size;
        }
    }

    /**
     * HMAC-SHA-256 (RFC 2104) of a fixed key over messages that start with a fixed prefix, computed into a caller's
     * buffer without allocating: the key's inner pad, the prefix and the message go through one reused SHA-256 in a
     * single update, and the outer pad and that digest through another. (Copying digests prepared after the pads saves
     * two of the four SHA-256 blocks a message takes, but each copy allocates a digest's state: at a million subjects
     * that garbage cost a cold verifier more than the blocks it saved.) The same value as {@code
     * Mac.getInstance("HmacSHA256")} (DrawFunctionTest compares them). One per thread.
     */
    static final class Hmac {
        private final byte[] key;
        private final String prefixText;
        private final MessageDigest inner = sha256Digest();
        private final MessageDigest outer = sha256Digest();
        /** The inner pad, the prefix, then the message. */
        private byte[] message;

        private final int start;
        /** The outer pad, then the inner digest. */
        private final byte[] outerMessage = new byte[64 + 32];

        Hmac(byte[] key, String prefix) {
            if (key.length > 64) {
                throw new IllegalArgumentException("a key of at most 64 bytes");
            }
            this.key = key.clone();
            this.prefixText = prefix;
            var prefixBytes = prefix.getBytes(StandardCharsets.UTF_8);
            start = 64 + prefixBytes.length;
            message = new byte[start + 64];
            for (int i = 0; i < 64; i++) {
                byte k = i < key.length ? key[i] : 0;
                message[i] = (byte) (k ^ 0x36);
                outerMessage[i] = (byte) (k ^ 0x5c);
            }
            System.arraycopy(prefixBytes, 0, message, 64, prefixBytes.length);
        }

        /** A copy for another thread. */
        Hmac copy() {
            return new Hmac(key, prefixText);
        }

        /** HMAC(key, prefix + message) into {@code out} (32 bytes), which it returns. */
        byte[] compute(String message, byte[] out) {
            int length = message.length();
            ensure(length);
            for (int i = 0; i < length; i++) {
                char c = message.charAt(i);
                if (c >= 0x80) {
                    var bytes = message.getBytes(StandardCharsets.UTF_8);
                    ensure(bytes.length);
                    System.arraycopy(bytes, 0, this.message, start, bytes.length);
                    return finish(bytes.length, out);
                }
                this.message[start + i] = (byte) c;
            }
            return finish(length, out);
        }

        /** HMAC(key, prefix + the text's {@code length} bytes from {@code from}) into {@code out}, which it returns. */
        byte[] compute(ByteBuffer text, int from, int length, byte[] out) {
            ensure(length);
            text.get(from, message, start, length);
            return finish(length, out);
        }

        private void ensure(int length) {
            if (message.length < start + length) {
                message = Arrays.copyOf(message, start + length * 2);
            }
        }

        private byte[] finish(int length, byte[] out) {
            inner.update(message, 0, start + length);
            try {
                inner.digest(outerMessage, 64, 32);
                outer.update(outerMessage, 0, 96);
                outer.digest(out, 0, 32);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The k-th smallest value (from 0), found by partitioning in place (Hoare), without ordering the rest. */
    static long select(long[] values, int k) {
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            long pivot = values[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long t = values[i];
                    values[i] = values[j];
                    values[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    private static long prefix(byte[] digest) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return value;
    }

    private static List<Drawn> match(List<Drawn> selected, Snapshot snapshot, Rules rules, byte[] seed) {
        var inspectors = new ArrayList<>(snapshot.inspectors());
        var keys = new HashMap<String, byte[]>();
        var hmac = new Hmac(seed, "inspector\n");
        for (var inspector : inspectors) {
            keys.put(inspector.certificateNo(), hmac.compute(inspector.certificateNo(), new byte[32]));
        }
        inspectors.sort((a, b) -> {
            int c = Arrays.compareUnsigned(keys.get(a.certificateNo()), keys.get(b.certificateNo()));
            return c != 0 ? c : a.certificateNo().compareTo(b.certificateNo());
        });
        var queue = new ArrayDeque<String>();
        for (var inspector : inspectors) {
            queue.addLast(inspector.certificateNo());
        }
        int wanted = rules.inspectorsPerSubject();
        var result = new ArrayList<Drawn>(selected.size());
        var polled = new ArrayList<String>();
        var chosen = new ArrayList<String>(wanted);
        for (var drawn : selected) {
            var conflicts = snapshot.conflicts().getOrDefault(drawn.identifier(), Set.of());
            var lastPair = snapshot.lastPairs().get(drawn.identifier());
            polled.clear();
            chosen.clear();
            while (chosen.size() < wanted && !queue.isEmpty()) {
                var next = queue.poll();
                polled.add(next);
                boolean ok = !conflicts.contains(next);
                if (ok && wanted == 2 && chosen.size() == 1 && lastPair != null) {
                    // not the same two who inspected it last time
                    ok = !(lastPair.contains(next) && lastPair.contains(chosen.get(0)));
                }
                if (ok) {
                    chosen.add(next);
                }
            }
            if (chosen.size() < wanted) {
                // too few can go: nobody is sent, and everyone keeps their place
                for (int i = polled.size() - 1; i >= 0; i--) {
                    queue.addFirst(polled.get(i));
                }
                result.add(drawn);
                continue;
            }
            for (int i = polled.size() - 1; i >= 0; i--) {
                if (!chosen.contains(polled.get(i))) {
                    queue.addFirst(polled.get(i));
                }
            }
            for (var inspector : chosen) {
                queue.addLast(inspector);
            }
            List<String> sent;
            if (wanted == 2) {
                var a = chosen.get(0);
                var b = chosen.get(1);
                sent = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
            } else {
                var sorted = new ArrayList<>(chosen);
                sorted.sort(String::compareTo);
                sent = List.copyOf(sorted);
            }
            result.add(new Drawn(drawn.risk(), drawn.rank(), drawn.identifier(), sent));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // re-matching

    /**
     * Why an inspector leaves a drawn subject, as published. ILLNESS and LEFT_SERVICE take them out of every later
     * re-matching of the draw; CONFLICT and OTHER only of this subject.
     */
    public enum RematchReason {
        ILLNESS,
        CONFLICT,
        LEFT_SERVICE,
        OTHER;

        public String labelKey() {
            return "inspection.rematch.reason." + name();
        }

        boolean everywhere() {
            return this == ILLNESS || this == LEFT_SERVICE;
        }
    }

    /** A re-matching step: on a drawn subject, one inspector left for a reason and another was drawn. */
    public record Rematch(int step, String identifier, String leaving, RematchReason reason, String chosen) {}

    /**
     * The sub-draw of a re-matching, a function of the published draw (snapshot, seed, outcome) and the earlier steps:
     * the inspectors of the snapshot other than the one who stays, the one who leaves, anyone who left this subject
     * before, anyone out of every later re-matching (ill, left the service), anyone who declared a conflict with the
     * subject and the one who would make the pair that inspected it last; of them, the one with the fewest subjects
     * at that point, and among those the smallest HMAC-SHA-256(seed, "rematch\n" + step + "\n" + identifier + "\n" +
     * certificate number). Null when nobody can go.
     *
     * @throws IllegalArgumentException when the subject was not sent inspectors or {@code leaving} is not one of them
     */
    public static String rematch(
            Snapshot snapshot,
            List<Drawn> drawn,
            byte[] seed,
            List<Rematch> earlier,
            int step,
            String identifier,
            String leaving,
            RematchReason reason) {
        var sent = new HashMap<String, List<String>>();
        for (var d : drawn) {
            if (!d.inspectors().isEmpty()) {
                sent.put(d.identifier(), new ArrayList<>(d.inspectors()));
            }
        }
        var outEverywhere = new HashSet<String>();
        var leftHere = new HashSet<String>();
        for (var r : earlier) {
            var pair = sent.get(r.identifier());
            if (pair != null && pair.remove(r.leaving())) {
                pair.add(r.chosen());
            }
            if (r.reason().everywhere()) {
                outEverywhere.add(r.leaving());
            }
            if (r.identifier().equals(identifier)) {
                leftHere.add(r.leaving());
            }
        }
        var pair = sent.get(identifier);
        if (pair == null || !pair.contains(leaving)) {
            throw new IllegalArgumentException(leaving + " does not inspect " + identifier);
        }
        var staying = pair.get(0).equals(leaving) ? pair.get(1) : pair.get(0);
        var workload = new HashMap<String, Integer>();
        sent.values().forEach(p -> p.forEach(c -> workload.merge(c, 1, Integer::sum)));
        var conflicts = snapshot.conflicts().getOrDefault(identifier, Set.of());
        var lastPair = snapshot.lastPairs().get(identifier);
        var hmac = new Hmac(seed, "rematch\n" + step + "\n" + identifier + "\n");
        String best = null;
        int bestLoad = 0;
        byte[] bestKey = null;
        var key = new byte[32];
        for (var officer : snapshot.inspectors()) {
            var c = officer.certificateNo();
            if (c.equals(staying)
                    || c.equals(leaving)
                    || leftHere.contains(c)
                    || outEverywhere.contains(c)
                    || conflicts.contains(c)
                    || (lastPair != null && lastPair.contains(c) && lastPair.contains(staying))) {
                continue;
            }
            int load = workload.getOrDefault(c, 0);
            hmac.compute(c, key);
            int order = best == null
                    ? -1
                    : load != bestLoad ? Integer.compare(load, bestLoad) : compare(key, bestKey, c, best);
            if (order < 0) {
                best = c;
                bestLoad = load;
                bestKey = key.clone();
            }
        }
        return best;
    }

    private static int compare(byte[] key, byte[] other, String certificate, String otherCertificate) {
        int c = Arrays.compareUnsigned(key, other);
        return c != 0 ? c : certificate.compareTo(otherCertificate);
    }

    public static String rematchesText(List<Rematch> rematches) {
        var out = new StringBuilder(REMATCHES_HEADER).append('\n');
        for (var r : rematches) {
            line(
                    out,
                    "R",
                    String.valueOf(r.step()),
                    r.identifier(),
                    r.leaving(),
                    r.reason().name(),
                    r.chosen());
        }
        return out.toString();
    }

    public static List<Rematch> parseRematches(String text) {
        var lines = new Lines(text, REMATCHES_HEADER);
        var result = new ArrayList<Rematch>();
        String[] f;
        while ((f = lines.any()) != null) {
            lines.expect(f, 6);
            if (!f[0].equals("R")) {
                throw lines.bad("unknown record " + f[0]);
            }
            RematchReason reason;
            try {
                reason = RematchReason.valueOf(f[4]);
            } catch (IllegalArgumentException e) {
                throw lines.bad("unknown reason " + f[4]);
            }
            int step;
            try {
                step = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                throw lines.bad("not a step number: " + f[1]);
            }
            result.add(new Rematch(step, f[2], f[3], reason, f[5]));
        }
        return result;
    }

    /** The drawn subjects of a published outcome (its D lines). */
    public static List<Drawn> parseDrawn(String outcomeText) {
        var lines = new Lines(outcomeText, OUTCOME_HEADER);
        var result = new ArrayList<Drawn>();
        String[] f;
        while ((f = lines.any()) != null) {
            if (!f[0].equals("D")) {
                continue;
            }
            lines.expect(f, 6);
            result.add(new Drawn(
                    RiskClass.valueOf(f[1]),
                    Integer.parseInt(f[2]),
                    f[3],
                    f[4].equals("-") ? List.of() : List.of(f[4], f[5])));
        }
        return result;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the seed

    /**
     * The seed: SHA-256 over {@code "sunlight-draw-seed/1\n" + SHA-256(commitment text) + "\n" + secret + "\n" +
     * public value + "\n"} (hex in lower case), so that it binds the commitment (and through it the snapshot and the
     * rules), the unit's secret and the public value of the draw day.
     */
    public static byte[] seed(String commitmentSha256, String secretHex, String publicValue) {
        return sha256(String.join("\n", SEED_HEADER, commitmentSha256, secretHex, publicValue, "")
                .getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] sha256(byte[] bytes) {
        return sha256Digest().digest(bytes);
    }

    /** SHA-256 of the bytes from the buffer's start to its limit (the buffer's position is not moved). */
    public static byte[] sha256(ByteBuffer bytes) {
        var digest = sha256Digest();
        digest.update(bytes.duplicate().position(0));
        return digest.digest();
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // canonical text forms

    public static String snapshotText(Snapshot snapshot) {
        var out = new StringBuilder(snapshot.subjects().size() * 96 + 1024);
        out.append(SNAPSHOT_HEADER).append('\n');
        line(out, "unit", snapshot.unitCode(), snapshot.unitName());
        line(out, "day", snapshot.day().toString());
        var subjects = new ArrayList<>(snapshot.subjects());
        subjects.sort((a, b) -> a.identifier().compareTo(b.identifier()));
        for (var s : subjects) {
            line(
                    out,
                    "S",
                    s.identifier(),
                    s.risk().name(),
                    s.status().name(),
                    s.lastInspectedOn() == null ? "-" : s.lastInspectedOn().toString(),
                    s.openCase() ? "1" : "0",
                    s.category().name(),
                    s.name());
        }
        var inspectors = new ArrayList<>(snapshot.inspectors());
        inspectors.sort((a, b) -> a.certificateNo().compareTo(b.certificateNo()));
        for (var i : inspectors) {
            line(out, "I", i.certificateNo(), i.name());
        }
        var conflicts = new ArrayList<String[]>();
        snapshot.conflicts()
                .forEach((identifier, officers) -> officers.forEach(o -> conflicts.add(new String[] {o, identifier})));
        conflicts.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        for (var c : conflicts) {
            line(out, "C", c[0], c[1]);
        }
        var pairs = new ArrayList<>(snapshot.lastPairs().keySet());
        pairs.sort(String::compareTo);
        for (var identifier : pairs) {
            var pair = new ArrayList<>(snapshot.lastPairs().get(identifier));
            pair.sort(String::compareTo);
            var fields = new ArrayList<String>();
            fields.add(identifier);
            fields.addAll(pair);
            line(out, "P", fields.toArray(String[]::new));
        }
        return out.toString();
    }

    public static Snapshot parseSnapshot(String text) {
        return parseSnapshot(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads the canonical snapshot from its UTF-8 bytes, as published, field by field without building a line or a
     * field array per record.
     */
    public static Snapshot parseSnapshot(byte[] text) {
        return parseSnapshot(ByteBuffer.wrap(text));
    }

    /**
     * Reads the canonical snapshot from its UTF-8 bytes from the buffer's start to its limit (an array, or the
     * published file as the verifier maps it), field by field without building a line, a field array or a record per
     * subject: the subjects are columns over these bytes ({@link PublishedSubjects}), which must not change while the
     * snapshot is in use. The records after the two header lines are read in two halves at once, the second on a thread
     * of its own (cut at a line end; a pool of a million subjects is 88 MB), and joined in file order.
     */
    public static Snapshot parseSnapshot(ByteBuffer text) {
        var lines = new ByteLines(text, SNAPSHOT_HEADER);
        if (!lines.next() || !lines.is(0, "unit") || lines.count() != 3) {
            throw lines.bad("expected unit");
        }
        var unitCode = lines.field(1);
        var unitName = lines.field(2);
        if (!lines.next() || !lines.is(0, "day") || lines.count() != 2) {
            throw lines.bad("expected day");
        }
        var day = LocalDate.ofEpochDay(lines.epochDay(1));
        int length = lines.length();
        int from = lines.position();
        int cut = lines.lineEndAfter(from + (length - from) / 2);
        var second = new java.util.concurrent.FutureTask<>(new java.util.concurrent.Callable<Records>() {
            @Override
            public Records call() {
                return new Records().read(new ByteLines(text, cut).until(length), text, length - cut);
            }
        });
        if (cut < length) {
            var reader = new Thread(second, "snapshot-reader");
            reader.setDaemon(true);
            reader.start();
        }
        var records = new Records().read(lines.until(cut), text, cut - from);
        if (cut < length) {
            try {
                records.append(second.get());
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the snapshot", e);
            }
        }
        return new Snapshot(
                unitCode, unitName, day, records.subjects, records.inspectors, records.conflicts, records.pairs);
    }

    /** The records of one part of a snapshot, in file order. */
    private static final class Records {
        private static final RiskClass[] RISKS = RiskClass.values();
        private static final SubjectStatus[] STATUSES = SubjectStatus.values();
        private static final SubjectCategory[] CATEGORIES = SubjectCategory.values();
        PublishedSubjects subjects;
        final List<Officer> inspectors = new ArrayList<>();
        final Map<String, Set<String>> conflicts = new HashMap<>();
        final Map<String, List<String>> pairs = new HashMap<>();

        /** The records of a part of {@code bytes} bytes of the text (a subject's line is some 90 bytes). */
        Records read(ByteLines lines, ByteBuffer text, int bytes) {
            var columns = new PublishedSubjects.Builder(text, bytes / 80);
            while (lines.next()) {
                if (lines.is(0, "S")) {
                    lines.expect(8);
                    // the name (field 7) is not decoded: the draw never reads it
                    columns.add(
                            lines.start(1),
                            lines.end(1),
                            lines.oneOf(2, RISKS),
                            lines.oneOf(3, STATUSES),
                            lines.is(4, "-") ? PublishedSubjects.NEVER : lines.epochDay(4),
                            lines.flag(5),
                            lines.oneOf(6, CATEGORIES));
                } else if (lines.is(0, "I")) {
                    lines.expect(3);
                    inspectors.add(new Officer(lines.field(1), lines.field(2)));
                } else if (lines.is(0, "C")) {
                    lines.expect(3);
                    officers(conflicts, lines.field(2)).add(lines.field(1));
                } else if (lines.is(0, "P")) {
                    lines.expect(4);
                    pairs.put(lines.field(1), List.of(lines.field(2), lines.field(3)));
                } else {
                    throw lines.bad("unknown record " + lines.field(0));
                }
            }
            subjects = columns.build();
            return this;
        }

        /** The officers in conflict with a subject, a set added to the map when there is none yet. */
        private static Set<String> officers(Map<String, Set<String>> conflicts, String identifier) {
            var officers = conflicts.get(identifier);
            if (officers == null) {
                officers = new HashSet<>();
                conflicts.put(identifier, officers);
            }
            return officers;
        }

        /** The records of the part that follows this one. */
        void append(Records next) {
            subjects = PublishedSubjects.join(subjects, next.subjects);
            inspectors.addAll(next.inspectors);
            for (var conflict : next.conflicts.entrySet()) {
                officers(conflicts, conflict.getKey()).addAll(conflict.getValue());
            }
            pairs.putAll(next.pairs);
        }
    }

    public static String rulesText(Rules rules) {
        var out = new StringBuilder(RULES_HEADER).append('\n');
        line(out, "task", rules.task());
        for (var risk : RiskClass.values()) {
            line(
                    out,
                    "ratio",
                    risk.name(),
                    rules.ratios()
                            .getOrDefault(risk, BigDecimal.ZERO)
                            .setScale(2)
                            .toPlainString());
        }
        line(out, "exclude", Exclusion.NOT_OPERATING.name());
        line(out, "exclude", Exclusion.OPEN_CASE.name());
        line(out, "exclude", Exclusion.RECENTLY_INSPECTED.name(), String.valueOf(rules.recentDays()));
        line(out, "count", "ceiling");
        line(out, "inspectors-per-subject", String.valueOf(rules.inspectorsPerSubject()));
        return out.toString();
    }

    public static Rules parseRules(String text) {
        var lines = new Lines(text, RULES_HEADER);
        var task = lines.next("task", 1)[0];
        var ratios = new EnumMap<RiskClass, BigDecimal>(RiskClass.class);
        for (var risk : RiskClass.values()) {
            var f = lines.next("ratio", 2);
            if (!f[0].equals(risk.name())) {
                throw lines.bad("ratio of class " + risk + " expected");
            }
            var ratio = new BigDecimal(f[1]);
            if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.valueOf(100)) > 0 || ratio.scale() != 2) {
                throw lines.bad("ratio out of range: " + f[1]);
            }
            ratios.put(risk, ratio);
        }
        lines.expectExactly(lines.next("exclude", 1), Exclusion.NOT_OPERATING.name());
        lines.expectExactly(lines.next("exclude", 1), Exclusion.OPEN_CASE.name());
        var recent = lines.next("exclude", 2);
        lines.expectExactly(new String[] {recent[0]}, Exclusion.RECENTLY_INSPECTED.name());
        int days = Integer.parseInt(recent[1]);
        lines.expectExactly(lines.next("count", 1), "ceiling");
        int per = Integer.parseInt(lines.next("inspectors-per-subject", 1)[0]);
        if (per != 2) {
            throw lines.bad("two inspectors per subject");
        }
        if (lines.any() != null) {
            throw lines.bad("unexpected line");
        }
        return new Rules(task, ratios, days, per);
    }

    public static String outcomeText(Outcome outcome) {
        var out = new StringBuilder(64 * (outcome.drawn().size() + 16))
                .append(OUTCOME_HEADER)
                .append('\n');
        for (var exclusion : Exclusion.values()) {
            line(
                    out,
                    "excluded",
                    exclusion.name(),
                    String.valueOf(outcome.excluded().getOrDefault(exclusion, 0)));
        }
        for (var c : outcome.classes()) {
            line(out, "class", c.risk().name(), String.valueOf(c.eligible()), String.valueOf(c.drawn()));
        }
        for (var d : outcome.drawn()) {
            // line(out, "D", risk, rank, identifier, first inspector, second inspector), without an array a line
            out.append("D\t").append(d.risk().name()).append('\t').append(d.rank());
            field(out, d.identifier());
            field(out, d.inspectors().isEmpty() ? "-" : d.inspectors().get(0));
            field(out, d.inspectors().isEmpty() ? "-" : d.inspectors().get(1));
            out.append('\n');
        }
        return out.toString();
    }

    /** Records of the commitment and the seed, as ordered (name, value) lines under their header. */
    public static String record(String header, String... namesAndValues) {
        var out = new StringBuilder(header).append('\n');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            line(out, namesAndValues[i], namesAndValues[i + 1]);
        }
        return out.toString();
    }

    /** The values of a record, by name. */
    public static Map<String, String> parseRecord(String text, String header) {
        var lines = new Lines(text, header);
        var values = new java.util.LinkedHashMap<String, String>();
        String[] f;
        while ((f = lines.any()) != null) {
            lines.expect(f, 2);
            values.put(f[0], f[1]);
        }
        return values;
    }

    private static void line(StringBuilder out, String kind, String... fields) {
        out.append(kind);
        for (var field : fields) {
            field(out, field);
        }
        out.append('\n');
    }

    /** A tab, then the field, which must hold no tab or line break. */
    private static void field(StringBuilder out, String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("a field holds a tab or line break: " + field);
            }
        }
        out.append('\t').append(field);
    }

    /**
     * Reads a canonical text's UTF-8 bytes (from the buffer's start to its limit, by absolute index: the buffer's
     * position is neither read nor moved) line by line and field by field, naming the line at fault.
     */
    private static final class ByteLines {
        private final ByteBuffer text;
        private final int length;
        /** Where this reader's part begins: line numbers count the lines before it too. */
        private final int from;

        private int end;
        private int position;
        private int number;
        /** The days met, by yyyyMMdd + 1, in a small table (a pool holds a few hundred distinct days). */
        private final int[] dayKeys = new int[1024];

        private final int[] epochDays = new int[1024];
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int count;

        ByteLines(ByteBuffer text, String header) {
            this.text = text;
            this.length = text.limit();
            this.from = 0;
            this.end = length;
            if (!next() || count != 1 || !is(0, header)) {
                throw bad("the first line must be " + header);
            }
        }

        /** The lines from {@code from}, a line's start, to the end of the text. */
        ByteLines(ByteBuffer text, int from) {
            this.text = text;
            this.length = text.limit();
            this.from = from;
            this.end = length;
            this.position = from;
        }

        /** This reader, stopping at {@code cut}, a line's start after the position. */
        ByteLines until(int cut) {
            end = cut;
            return this;
        }

        int position() {
            return position;
        }

        int length() {
            return length;
        }

        /** The start of the line after the one holding {@code at} (the text's length when there is none). */
        int lineEndAfter(int at) {
            for (int i = Math.max(at, position); i < length; i++) {
                if (text.get(i) == '\n') {
                    return i + 1;
                }
            }
            return length;
        }

        boolean next() {
            if (position >= end) {
                return false;
            }
            number++;
            count = 0;
            int start = position;
            int i = position;
            while (true) {
                if (i == length) {
                    throw bad("no line end");
                }
                byte b = text.get(i);
                if (b == '\t' || b == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = start;
                    ends[count] = i;
                    count++;
                    start = i + 1;
                    if (b == '\n') {
                        position = i + 1;
                        return true;
                    }
                }
                i++;
            }
        }

        int count() {
            return count;
        }

        void expect(int fields) {
            if (count != fields) {
                throw bad("expected " + fields + " fields");
            }
        }

        /** Whether field i is exactly the ASCII text. */
        boolean is(int i, String ascii) {
            int start = starts[i];
            if (ends[i] - start != ascii.length()) {
                return false;
            }
            for (int k = 0; k < ascii.length(); k++) {
                if (text.get(start + k) != ascii.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        String field(int i) {
            var bytes = new byte[ends[i] - starts[i]];
            text.get(starts[i], bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }

        int start(int i) {
            return starts[i];
        }

        int end(int i) {
            return ends[i];
        }

        /** The ordinal of the value whose name field i is. */
        int oneOf(int i, Enum<?>[] values) {
            for (var value : values) {
                if (is(i, value.name())) {
                    return value.ordinal();
                }
            }
            throw bad("not one of " + Arrays.toString(values) + ": " + field(i));
        }

        boolean flag(int i) {
            if (is(i, "1")) {
                return true;
            }
            if (is(i, "0")) {
                return false;
            }
            throw bad("expected 0 or 1: " + field(i));
        }

        /** A day written yyyy-MM-dd, strictly, in epoch days. */
        int epochDay(int i) {
            int s = starts[i];
            if (ends[i] - s != 10 || text.get(s + 4) != '-' || text.get(s + 7) != '-') {
                throw bad("a date is written yyyy-MM-dd: " + field(i));
            }
            int year = digits(s, 4);
            int month = digits(s + 5, 2);
            int dayOfMonth = digits(s + 8, 2);
            int key = year * 10_000 + month * 100 + dayOfMonth;
            int slot = (key * 0x9E3779B1) >>> 22;
            if (dayKeys[slot] == key + 1) {
                return epochDays[slot];
            }
            try {
                int epochDay = (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
                dayKeys[slot] = key + 1; // 0 marks a free slot
                epochDays[slot] = epochDay;
                return epochDay;
            } catch (java.time.DateTimeException e) {
                throw bad("not a date: " + field(i));
            }
        }

        private int digits(int from, int length) {
            int value = 0;
            for (int k = from; k < from + length; k++) {
                int d = text.get(k) - '0';
                if (d < 0 || d > 9) {
                    throw bad("not a date: " + new String(bytes(from, length), StandardCharsets.UTF_8));
                }
                value = value * 10 + d;
            }
            return value;
        }

        private byte[] bytes(int from, int length) {
            var bytes = new byte[length];
            text.get(from, bytes);
            return bytes;
        }

        IllegalArgumentException bad(String why) {
            int before = 0;
            for (int i = 0; i < from; i++) {
                if (text.get(i) == '\n') {
                    before++;
                }
            }
            return new IllegalArgumentException("line " + (before + number) + ": " + why);
        }
    }

    /** Reads a canonical text line by line, naming the line at fault. */
    private static final class Lines {
        private final String text;
        private int position;
        private int number;

        Lines(String text, String header) {
            this.text = text;
            var first = any();
            if (first == null || first.length != 1 || !first[0].equals(header)) {
                throw bad("the first line must be " + header);
            }
        }

        String[] any() {
            if (position >= text.length()) {
                return null;
            }
            int end = text.indexOf('\n', position);
            if (end < 0) {
                throw new IllegalArgumentException("line " + (number + 1) + ": no line end");
            }
            var line = text.substring(position, end);
            position = end + 1;
            number++;
            return line.split("\t", -1);
        }

        String[] next(String kind, int fields) {
            var f = any();
            if (f == null || !f[0].equals(kind)) {
                throw bad("expected " + kind);
            }
            expect(f, fields + 1);
            return Arrays.copyOfRange(f, 1, f.length);
        }

        void expect(String[] fields, int count) {
            if (fields.length != count) {
                throw bad("expected " + count + " fields");
            }
        }

        void expectExactly(String[] fields, String value) {
            if (fields.length != 1 || !fields[0].equals(value)) {
                throw bad("expected " + value);
            }
        }

        IllegalArgumentException bad(String why) {
            return new IllegalArgumentException("line " + number + ": " + why);
        }
    }
}
