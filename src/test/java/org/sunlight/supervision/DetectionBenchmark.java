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
 * three times, the time of each model printed. Besides the case records: a period per case (1 % of them run out), two
 * certificate checks per case (all valid, as the engine ensures), a recorded step per case (2 % without a recording,
 * with a reason) with its recording, and 10,000 retrievals outside duty. Run with {@code ./mvnw test -Pbenchmark -Dtest=DetectionBenchmark}; it
 * asserts nothing about time, and removes what it made.
 */
@Tag("benchmark")
@SpringBootTest
class DetectionBenchmark {

    static final int CASES = 1_000_000;
    static final int UNITS = 100;

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
            // decided 97 %, ended 95 %, published 99 % of the decided, fines for 60 %, paid 95 %; 50 items x 4
            // circumstances
            db.sql(
                            """
                        insert into supervision.case_record (case_id, unit_id, procedure, opened_at, filed_at,
                            decided_at, ended_at, decided_on, kind, fine, item_code, circumstance, hearing_threshold,
                            notified_fine, paid_at, published_at)
                        select gen_random_uuid(), (:units)[1 + (i % :unitCount)::int], 'GENERAL_PENALTY', opened,
                            opened + interval '1 day',
                            case when decided then opened + interval '30 days' end,
                            case when i % 20 <> 0 then opened + interval '60 days' end,
                            case when decided then (opened + interval '30 days')::date end,
                            case when decided and i % 5 < 3 then 'FINE' when decided then 'WARNING' end,
                            case when decided and i % 5 < 3 then 500 + (i * 7919 % 9500) end,
                            'C' || lpad((i % 50)::text, 4, '0'),
                            (array['轻微', '一般', '较重', '严重'])[1 + ((i / 50) % 4)::int],
                            10000,
                            case when decided and i % 5 < 3 then 500 + (i * 7919 % 9500) end,
                            case when i % 20 <> 1 then opened + interval '40 days' end,
                            case when decided and i % 100 <> 2 then opened + interval '33 days' end
                        from (
                            select i, now() - make_interval(days => (i * 104729 % 1000)::int) as opened, i % 33 <> 3 as decided
                            from generate_series(1::bigint, :cases) as i
                        ) as g
                        """)
                    .param("units", unitList.toArray(new UUID[0]))
                    .param("unitCount", UNITS)
                    .param("cases", CASES)
                    .update();
            // the facts of the four later models, from the case records just made
            db.sql(
                            """
                        insert into supervision.case_deadline (case_id, unit_id, rule, basis, started_on, due_on, met_on)
                        select case_id, unit_id, 'service', '行政处罚法第六十一条', decided_on, decided_on + 9,
                            case when abs(hashtext(case_id::text)) % 100 <> 0 then decided_on + 3 end
                        from supervision.case_record where unit_id in (:units) and decided_on is not null
                        """)
                    .param("units", units)
                    .update();
            db.sql(
                            """
                        insert into supervision.officer_act (case_id, unit_id, officer_id, officer_name, certificate_no,
                            action, acted_at, status, category_covered, officer_active, may_act)
                        select case_id, unit_id, officer, '执法人员', '370881' || lpad(n::text, 5, '0'), 'inquire',
                            filed_at, 'VALID', true, true, true
                        from supervision.case_record, lateral (select gen_random_uuid() as officer, n
                            from generate_series(1, 2) as n) as o
                        where unit_id in (:units) and filed_at is not null
                        """)
                    .param("units", units)
                    .update();
            db.sql(
                            """
                        insert into supervision.recorded_step (case_id, unit_id, action, acted_at, reason)
                        select case_id, unit_id, 'inquire', filed_at + interval '2 days',
                            case when abs(hashtext(case_id::text)) % 50 = 0 then '执法记录仪故障' end
                        from supervision.case_record where unit_id in (:units) and filed_at is not null
                        """)
                    .param("units", units)
                    .update();
            db.sql(
                            """
                        insert into supervision.recording (file_id, case_id, action, attached_at)
                        select gen_random_uuid(), case_id, 'inquire', acted_at - interval '1 hour'
                        from supervision.recorded_step where unit_id in (:units) and reason is null
                        """)
                    .param("units", units)
                    .update();
            db.sql(
                            """
                        insert into supervision.retrieval_outside_duty (case_id, unit_id, username, kind, record_id,
                            retrieved_at)
                        select case_id, unit_id, 'officer-' || (abs(hashtext(case_id::text)) % 500), 'case',
                            case_id::text, opened_at + interval '5 days'
                        from supervision.case_record where unit_id in (:units) order by 1 limit 10000
                        """)
                    .param("units", units)
                    .update();
            for (var table : List.of(
                    "case_record",
                    "case_deadline",
                    "officer_act",
                    "recorded_step",
                    "recording",
                    "retrieval_outside_duty")) {
                db.sql("analyze supervision." + table).update();
            }
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
            db.sql("delete from supervision.recording where case_id in"
                            + " (select case_id from supervision.case_record where unit_id in (:units))")
                    .param("units", units)
                    .update();
            for (var table :
                    List.of("case_deadline", "officer_act", "recorded_step", "retrieval_outside_duty", "case_record")) {
                db.sql("delete from supervision." + table + " where unit_id in (:units)")
                        .param("units", units)
                        .update();
            }
        }
    }
}
