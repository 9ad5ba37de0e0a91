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

    /** The given number of least common bigrams: what the index reads least of. */
    java.util.List<String> rarest(java.util.Collection<String> bigrams, int count) {
        var known = current();
        return bigrams.stream()
                .sorted(java.util.Comparator.comparingDouble(bigram -> known.getOrDefault(bigram, 0.0)))
                .limit(count)
                .toList();
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
