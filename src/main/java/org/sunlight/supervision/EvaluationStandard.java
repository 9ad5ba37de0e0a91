package org.sunlight.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A versioned scoring standard for case files (案卷评查标准, A5): items in sections, each with its points, how it is
 * checked (by the records on every case, or by the evaluator's judgement) and its basis; and the scores of the grades.
 */
record EvaluationStandard(
        UUID id,
        String code,
        int version,
        String title,
        LocalDate effectiveFrom,
        BigDecimal excellentFrom,
        BigDecimal qualifiedFrom,
        List<Item> items) {

    /** The full mark every standard adds up to. */
    static final BigDecimal FULL_MARK = new BigDecimal("100");

    /**
     * One item of the standard.
     *
     * @param automatic the record check that scores it on every case, or null when the evaluator judges it
     */
    record Item(
            String code,
            int position,
            EvaluationSection section,
            String text,
            BigDecimal points,
            CaseFileCheck automatic,
            String basis) {

        public boolean judged() {
            return automatic == null;
        }
    }

    Grade grade(BigDecimal score) {
        if (score.compareTo(excellentFrom) >= 0) {
            return Grade.EXCELLENT;
        }
        return score.compareTo(qualifiedFrom) >= 0 ? Grade.QUALIFIED : Grade.UNQUALIFIED;
    }

    public Optional<Item> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    public BigDecimal total() {
        return items.stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
