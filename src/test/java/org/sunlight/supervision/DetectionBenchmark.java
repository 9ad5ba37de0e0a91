package org.sunlight.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Problem detection (R9) over 1,000,000 cases in 100 units, as a provincial supervisor sees them: every model run
 * three times, the time of each model printed. The records and their facts are {@link SyntheticCaseRecords}. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=DetectionBenchmark}; it asserts nothing about time, and removes what it made.
 */
@Tag("benchmark")
@SpringBootTest
class DetectionBenchmark {

    static final int CASES = 1_000_000;
    static final int UNITS = 100;

    /** The synthetic cases' item codes start with it. */
    static final String ITEMS = "BENCH-DETECT-";

    @Autowired
    JdbcClient db;

    @Autowired
    DetectionModels models;

    @Autowired
    Clock clock;

    @Test
    void allModelsOverAMillionCases() {
        var today = LocalDate.now(clock);
        var units = new HashSet<UUID>();
        for (int i = 0; i < UNITS; i++) {
            units.add(UUID.nameUUIDFromBytes(("benchmark unit " + i).getBytes()));
        }
        var unitList = List.copyOf(units);
        long start = System.nanoTime();
        try {
            SyntheticCaseRecords.insert(db, unitList, CASES, ITEMS);
            System.out.printf(
                    "inserted %,d case records and their facts in %.1f s%n", CASES, (System.nanoTime() - start) / 1e9);
            for (int run = 1; run <= 3; run++) {
                long all = System.nanoTime();
                for (var model : models.all()) {
                    long t = System.nanoTime();
                    int flags = model.run(units, today).size();
                    System.out.printf(
                            "run %d  %-42s %8.0f ms  %,9d flags%n",
                            run, model.code(), (System.nanoTime() - t) / 1e6, flags);
                }
                System.out.printf(
                        "run %d  all %d models: %.1f s%n", run, models.all().size(), (System.nanoTime() - all) / 1e9);
            }
        } finally {
            SyntheticCaseRecords.remove(db, ITEMS);
        }
    }
}
