package org.sunlight.disclosure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each character bigram is among the current results, from PostgreSQL's own statistics of the
 * {@code terms} column (its most common elements), refreshed every few minutes: a keyword is looked up in the index by
 * its rarest bigrams, which narrow it most.
 */
@Component
class TermFrequencies {

    private static final Duration REFRESH = Duration.ofMinutes(5);

    private final JdbcClient db;
    private final Clock clock;
    private volatile Map<String, Double> frequencies = Map.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    TermFrequencies(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The share of the results that hold the term (a bigram, {@code #c<category>} or {@code #u<unit>}), as far as the
     * statistics know it; 0 for a term they do not count among the most common.
     */
    double frequency(String term) {
        return current().getOrDefault(term, 0.0);
    }

    /** A bigram in at least this share of the results narrows a search too little to be worth reading in the index. */
    static final double TOO_COMMON = 0.5;

    /**
     * The given number of least common bigrams: what the index reads least of. Those in half the results or more are
     * left out (their entries in the index are as many as half the table) unless they are all there is: the least
     * common of them then stands for the keyword.
     */
    java.util.List<String> rarest(java.util.Collection<String> bigrams, int count) {
        var known = current();
        var sorted = bigrams.stream()
                .sorted(java.util.Comparator.comparingDouble(bigram -> known.getOrDefault(bigram, 0.0)))
                .limit(count)
                .toList();
        var narrowing = sorted.stream()
                .filter(bigram -> known.getOrDefault(bigram, 0.0) < TOO_COMMON)
                .toList();
        return narrowing.isEmpty() && !sorted.isEmpty() ? sorted.subList(0, 1) : narrowing;
    }

    private Map<String, Double> current() {
        var now = clock.instant();
        if (now.isAfter(loadedAt.plus(REFRESH))) {
            loadedAt = now;
            var loaded = new java.util.HashMap<String, Double>();
            db.sql(
                            """
                            select x.element, x.frequency from pg_stats s,
                                unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as x(element, frequency)
                            where s.schemaname = 'disclosure' and s.tablename = 'public_result' and s.attname = 'terms'
                              and x.element is not null
                            """)
                    .query((rs, n) -> loaded.put(rs.getString(1), rs.getDouble(2)))
                    .list();
            frequencies = Map.copyOf(loaded);
        }
        return frequencies;
    }
}
