package org.sunlight.inspection;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The subjects of a snapshot read back from its published text, kept as columns over the text's bytes: a million
 * subjects are a few arrays, not a million records and codes that would live as long as the draw (and be copied by
 * every young collection of a cold verifier). {@link #get} builds the {@link DrawFunction.Entry} of a position when it
 * is asked for, its code decoded from the text, its name left null (the draw never reads names). Read-only and
 * thread-safe once built.
 */
final class PublishedSubjects extends AbstractList<DrawFunction.Entry> implements RandomAccess {

    private static final RiskClass[] RISKS = RiskClass.values();
    private static final SubjectStatus[] STATUSES = SubjectStatus.values();
    private static final SubjectCategory[] CATEGORIES = SubjectCategory.values();

    private final byte[] text;
    private final int[] codeFrom;
    private final int[] codeTo;
    private final byte[] risk;
    private final byte[] status;
    private final byte[] category;
    private final boolean[] openCase;
    /** Shared per day by the reader (a pool holds a few hundred distinct days). */
    private final LocalDate[] lastInspectedOn;

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
                new String(text, codeFrom[i], codeTo[i] - codeFrom[i], StandardCharsets.UTF_8),
                RISKS[risk[i]],
                STATUSES[status[i]],
                lastInspectedOn[i],
                openCase[i],
                CATEGORIES[category[i]],
                null);
    }

    @Override
    public int size() {
        return size;
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
        private final byte[] text;
        private int[] codeFrom;
        private int[] codeTo;
        private byte[] risk;
        private byte[] status;
        private byte[] category;
        private boolean[] openCase;
        private LocalDate[] lastInspectedOn;
        private int size;

        Builder(byte[] text) {
            this(text, 1024);
        }

        private Builder(byte[] text, int capacity) {
            this.text = text;
            codeFrom = new int[capacity];
            codeTo = new int[capacity];
            risk = new byte[capacity];
            status = new byte[capacity];
            category = new byte[capacity];
            openCase = new boolean[capacity];
            lastInspectedOn = new LocalDate[capacity];
        }

        /** A subject whose code is the text's bytes from {@code from} to {@code to}. */
        void add(
                int from,
                int to,
                RiskClass riskClass,
                SubjectStatus subjectStatus,
                LocalDate lastInspected,
                boolean open,
                SubjectCategory subjectCategory) {
            if (size == codeFrom.length) {
                int capacity = size * 2;
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
            risk[size] = (byte) riskClass.ordinal();
            status[size] = (byte) subjectStatus.ordinal();
            category[size] = (byte) subjectCategory.ordinal();
            openCase[size] = open;
            lastInspectedOn[size] = lastInspected;
            size++;
        }

        PublishedSubjects build() {
            return new PublishedSubjects(this);
        }
    }
}
