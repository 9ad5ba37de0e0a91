package org.sunlight.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The subjects of a snapshot read back from its published text, kept as columns over the text's bytes (an array, or
 * the file mapped by the verifier): a million subjects are a few primitive arrays, not a million records, codes and
 * dates that would live as long as the draw (and be copied by every young collection of a cold verifier). The draw
 * reads the columns ({@link DrawFunction.Pool}) and hashes each code where it lies in the text; {@link #get} builds the
 * {@link DrawFunction.Entry} of a position when it is asked for, its code decoded from the text, its name left null
 * (the draw never reads names). Read-only and thread-safe once built.
 */
final class PublishedSubjects extends AbstractList<DrawFunction.Entry> implements RandomAccess, DrawFunction.Pool {

    /** The last-inspected column of a subject never inspected. */
    static final int NEVER = Integer.MIN_VALUE;

    private static final RiskClass[] RISKS = RiskClass.values();
    private static final SubjectStatus[] STATUSES = SubjectStatus.values();
    private static final SubjectCategory[] CATEGORIES = SubjectCategory.values();

    private final ByteBuffer text;
    private final int[] codeFrom;
    private final int[] codeTo;
    private final byte[] risk;
    private final byte[] status;
    private final byte[] category;
    private final boolean[] openCase;
    /** Epoch days, {@link #NEVER} for none. */
    private final int[] lastInspectedOn;

    private final int size;

    private PublishedSubjects(Builder b) {
        this.text = b.text;
        this.codeFrom = b.codeFrom;
        this.codeTo = b.codeTo;
        this.risk = b.risk;
        this.status = b.status;
        this.category = b.category;
        this.openCase = b.openCase;
        this.lastInspectedOn = b.lastInspectedOn;
        this.size = b.size;
    }

    @Override
    public DrawFunction.Entry get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return new DrawFunction.Entry(
                identifier(i),
                RISKS[risk[i]],
                STATUSES[status[i]],
                lastInspectedOn[i] == NEVER ? null : LocalDate.ofEpochDay(lastInspectedOn[i]),
                openCase[i],
                CATEGORIES[category[i]],
                null);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int risk(int i) {
        return risk[i];
    }

    @Override
    public boolean operating(int i) {
        return status[i] == SubjectStatus.OPERATING.ordinal();
    }

    @Override
    public boolean openCase(int i) {
        return openCase[i];
    }

    @Override
    public boolean inspectedSince(int i, long epochDay) {
        return lastInspectedOn[i] != NEVER && lastInspectedOn[i] >= epochDay;
    }

    @Override
    public String identifier(int i) {
        var bytes = new byte[codeTo[i] - codeFrom[i]];
        text.get(codeFrom[i], bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void hmac(DrawFunction.Hmac hmac, int i, byte[] out) {
        hmac.compute(text, codeFrom[i], codeTo[i] - codeFrom[i], out);
    }

    /** The subjects of two consecutive parts of one text, the first's before the second's. */
    static PublishedSubjects join(PublishedSubjects first, PublishedSubjects second) {
        if (first.text != second.text) {
            throw new IllegalArgumentException("parts of two texts");
        }
        var b = new Builder(first.text, first.size + second.size);
        for (var part : new PublishedSubjects[] {first, second}) {
            System.arraycopy(part.codeFrom, 0, b.codeFrom, b.size, part.size);
            System.arraycopy(part.codeTo, 0, b.codeTo, b.size, part.size);
            System.arraycopy(part.risk, 0, b.risk, b.size, part.size);
            System.arraycopy(part.status, 0, b.status, b.size, part.size);
            System.arraycopy(part.category, 0, b.category, b.size, part.size);
            System.arraycopy(part.openCase, 0, b.openCase, b.size, part.size);
            System.arraycopy(part.lastInspectedOn, 0, b.lastInspectedOn, b.size, part.size);
            b.size += part.size;
        }
        return b.build();
    }

    /** Collects the subjects of one part of the text, line by line. */
    static final class Builder {
        private final ByteBuffer text;
        private int[] codeFrom;
        private int[] codeTo;
        private byte[] risk;
        private byte[] status;
        private byte[] category;
        private boolean[] openCase;
        private int[] lastInspectedOn;
        private int size;

        /** A builder for a part of {@code text} of about {@code expected} subjects. */
        Builder(ByteBuffer text, int expected) {
            this.text = text;
            int capacity = Math.max(16, expected);
            codeFrom = new int[capacity];
            codeTo = new int[capacity];
            risk = new byte[capacity];
            status = new byte[capacity];
            category = new byte[capacity];
            openCase = new boolean[capacity];
            lastInspectedOn = new int[capacity];
        }

        /**
         * A subject whose code is the text's bytes from {@code from} to {@code to}; the enumerations by ordinal, the
         * day last inspected in epoch days or {@link #NEVER}.
         */
        void add(
                int from,
                int to,
                int riskClass,
                int subjectStatus,
                int lastInspected,
                boolean open,
                int subjectCategory) {
            if (size == codeFrom.length) {
                int capacity = size + (size >> 1) + 16;
                codeFrom = Arrays.copyOf(codeFrom, capacity);
                codeTo = Arrays.copyOf(codeTo, capacity);
                risk = Arrays.copyOf(risk, capacity);
                status = Arrays.copyOf(status, capacity);
                category = Arrays.copyOf(category, capacity);
                openCase = Arrays.copyOf(openCase, capacity);
                lastInspectedOn = Arrays.copyOf(lastInspectedOn, capacity);
            }
            codeFrom[size] = from;
            codeTo[size] = to;
            risk[size] = (byte) riskClass;
            status[size] = (byte) subjectStatus;
            category[size] = (byte) subjectCategory;
            openCase[size] = open;
            lastInspectedOn[size] = lastInspected;
            size++;
        }

        PublishedSubjects build() {
            return new PublishedSubjects(this);
        }
    }
}
