package org.sunlight.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Counts the units' legal reviews in a period for other modules' reports; a day is a day in the product's zone. */
@Service
public class ReviewStatistics {

    private final JdbcClient db;
    private final Reviews reviews;

    ReviewStatistics(JdbcClient db, Reviews reviews) {
        this.db = db;
        this.reviews = reviews;
    }

    public ReviewFigures figures(Collection<UUID> unitIds, LocalDate from, LocalDate to) {
        if (unitIds.isEmpty()) {
            return new ReviewFigures(0, 0, 0, 0, 0);
        }
        long submitted = db.sql(
                        """
                        select count(*) from review.submission where unit_id in (:units)
                            and (submitted_at at time zone 'Asia/Shanghai')::date between :from and :to
                        """)
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        long coordinations = db.sql(
                        """
                        select count(*) from review.coordination c join review.submission s on s.id = c.submission_id
                        where s.unit_id in (:units)
                            and (c.requested_at at time zone 'Asia/Shanghai')::date between :from and :to
                        """)
                .param("units", unitIds)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        long answered = 0;
        long problems = 0;
        long changed = 0;
        for (var month : reviews.statistics(unitIds, from, to)) {
            answered += month.reviews();
            problems += month.problems();
            changed += month.changedByReview();
        }
        return new ReviewFigures(submitted, answered - problems, problems, changed, coordinations);
    }
}
