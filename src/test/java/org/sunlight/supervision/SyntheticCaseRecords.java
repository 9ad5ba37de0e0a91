package org.sunlight.supervision;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Synthetic case records and the facts the detection models read, for the benchmarks: per case a record (decided 97 %,
 * ended 95 %, published 99 % of the decided, fines for 60 %, paid 95 %; 50 items × 4 circumstances, their codes
 * starting with a prefix of the caller's, which is how they are removed), a period per decided case (1 % run out), two
 * certificate checks per filed case (all valid, as the engine ensures), a recorded step per filed case (2 % without a
 * recording, with a reason) with its recording, and 10,000 retrievals outside duty. Written straight into supervision's
 * own tables by {@code generate_series}: these are what the cases module's events would have left there.
 */
final class SyntheticCaseRecords {

    private SyntheticCaseRecords() {}

    /** Writes the cases, spread evenly over the units, and analyses the tables. */
    static void insert(JdbcClient db, List<UUID> units, int cases, String itemPrefix) {
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
                            :prefix || lpad((i % 50)::text, 4, '0'),
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
                .param("units", units.toArray(new UUID[0]))
                .param("unitCount", units.size())
                .param("cases", cases)
                .param("prefix", itemPrefix)
                .update();
        var mine = "select case_id from supervision.case_record where item_code like :prefix || '%'";
        db.sql(
                        """
                        insert into supervision.case_deadline (case_id, unit_id, rule, basis, started_on, due_on, met_on)
                        select case_id, unit_id, 'service', '行政处罚法第六十一条', decided_on, decided_on + 9,
                            case when abs(hashtext(case_id::text)) % 100 <> 0 then decided_on + 3 end
                        from supervision.case_record where item_code like :prefix || '%' and decided_on is not null
                        """)
                .param("prefix", itemPrefix)
                .update();
        db.sql(
                        """
                        insert into supervision.officer_act (case_id, unit_id, officer_id, officer_name, certificate_no,
                            action, acted_at, status, category_covered, officer_active, may_act)
                        select case_id, unit_id, officer, '执法人员', '370881' || lpad(n::text, 5, '0'), 'inquire',
                            filed_at, 'VALID', true, true, true
                        from supervision.case_record, lateral (select gen_random_uuid() as officer, n
                            from generate_series(1, 2) as n) as o
                        where item_code like :prefix || '%' and filed_at is not null
                        """)
                .param("prefix", itemPrefix)
                .update();
        db.sql(
                        """
                        insert into supervision.recorded_step (case_id, unit_id, action, acted_at, reason)
                        select case_id, unit_id, 'inquire', filed_at + interval '2 days',
                            case when abs(hashtext(case_id::text)) % 50 = 0 then '执法记录仪故障' end
                        from supervision.case_record where item_code like :prefix || '%' and filed_at is not null
                        """)
                .param("prefix", itemPrefix)
                .update();
        db.sql(
                        """
                        insert into supervision.recording (file_id, case_id, action, attached_at)
                        select gen_random_uuid(), case_id, 'inquire', acted_at - interval '1 hour'
                        from supervision.recorded_step where reason is null and case_id in (%s)
                        """
                                .formatted(mine))
                .param("prefix", itemPrefix)
                .update();
        db.sql(
                        """
                        insert into supervision.retrieval_outside_duty (case_id, unit_id, username, kind, record_id,
                            retrieved_at)
                        select case_id, unit_id, 'officer-' || (abs(hashtext(case_id::text)) % 500), 'case',
                            case_id::text, opened_at + interval '5 days'
                        from supervision.case_record where item_code like :prefix || '%' order by 1 limit 10000
                        """)
                .param("prefix", itemPrefix)
                .update();
        analyse(db);
    }

    /** Removes the cases whose item codes start with the prefix, and their facts. */
    static void remove(JdbcClient db, String itemPrefix) {
        var mine = "select case_id from supervision.case_record where item_code like :prefix || '%'";
        for (var table :
                List.of("recording", "case_deadline", "officer_act", "recorded_step", "retrieval_outside_duty")) {
            db.sql("delete from supervision." + table + " where case_id in (" + mine + ")")
                    .param("prefix", itemPrefix)
                    .update();
        }
        db.sql("delete from supervision.case_record where item_code like :prefix || '%'")
                .param("prefix", itemPrefix)
                .update();
    }

    static void analyse(JdbcClient db) {
        for (var table : List.of(
                "case_record",
                "case_deadline",
                "officer_act",
                "recorded_step",
                "recording",
                "retrieval_outside_duty")) {
            db.sql("analyze supervision." + table).update();
        }
    }

    /** The units as a list, in a fixed order. */
    static List<UUID> ordered(Collection<UUID> units) {
        return units.stream().sorted().toList();
    }
}
