package org.sunlight.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.organization.Organization;

/**
 * The models' results, kept (R9: the models run continuously). Every few minutes each model runs over every active
 * unit and its flags replace the ones it raised before, in one transaction per model; the supervisors' pages count and
 * page these rows rather than run sixteen models per request.
 */
@Service
class StoredFlags {

    private static final Logger log = LoggerFactory.getLogger(StoredFlags.class);

    /** Flags shown per page. */
    static final int PAGE_SIZE = 50;

    /** Flags written per statement. */
    private static final int BATCH = 1000;

    /** Which flags a list shows by their answer. */
    enum AnswerFilter {
        ALL,
        UNANSWERED,
        ACKNOWLEDGED,
        DISMISSED
    }

    /** A model's counts in the units: every flag, those not dismissed, those not answered. */
    record Counts(long total, long open, long unanswered) {}

    /** A flag as kept, with the day a run first raised it. */
    record StoredFlag(Flag flag, LocalDate firstFlaggedOn) {}

    /** A page (from 0) of a model's flags. */
    record Page(List<StoredFlag> flags, int page, long total) {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    private final JdbcClient db;
    private final DetectionModels models;
    private final Organization organization;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StoredFlags(
            JdbcClient db,
            DetectionModels models,
            Organization organization,
            TransactionTemplate transaction,
            Clock clock) {
        this.db = db;
        this.models = models;
        this.organization = organization;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${sunlight.supervision.detect-first:PT20S}",
            fixedDelayString = "${sunlight.supervision.detect-every:PT5M}")
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            log.warn("problem detection did not run: {}", e.toString());
        }
    }

    /**
     * Runs every model now over every active unit and keeps what each flags, replacing what it flagged before: one
     * transaction per model, serialised per model across processes (an advisory lock), so a run that started earlier
     * never writes over a later one. A flag raised again keeps the day it was first raised.
     */
    void refresh() {
        var units = new HashSet<UUID>();
        organization.activeUnits().forEach(unit -> units.add(unit.id()));
        var today = LocalDate.now(clock);
        for (var model : models.all()) {
            long start = System.nanoTime();
            var flags = units.isEmpty() ? List.<Flag>of() : model.run(units, today);
            // one row per unit and record, the first the model gives
            var unique = new LinkedHashMap<String, Flag>();
            flags.forEach(flag -> unique.putIfAbsent(flag.unitId() + "/" + flag.recordId(), flag));
            transaction.executeWithoutResult(status -> store(model.code(), List.copyOf(unique.values()), today, start));
        }
    }

    private void store(String model, List<Flag> flags, LocalDate today, long start) {
        db.sql("select pg_advisory_xact_lock(hashtext('supervision.flag'), hashtext(?))")
                .param(model)
                .query((rs, n) -> 1)
                .list();
        long run = db.sql("select nextval('supervision.detection_run_number')")
                .query(Long.class)
                .single();
        for (int from = 0; from < flags.size(); from += BATCH) {
            var batch = flags.subList(from, Math.min(flags.size(), from + BATCH));
            var sql = new StringBuilder(
                    "insert into supervision.flag (model, record_id, unit_id, subject, detail, position,"
                            + " first_flagged_on, run) values ");
            var params = new ArrayList<Object>();
            for (int i = 0; i < batch.size(); i++) {
                var flag = batch.get(i);
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
                params.addAll(List.of(
                        model, flag.recordId(), flag.unitId(), flag.subject(), flag.detail(), from + i, today, run));
            }
            sql.append(
                    """
                     on conflict (model, unit_id, record_id) do update set subject = excluded.subject,
                        detail = excluded.detail, position = excluded.position, run = excluded.run
                    """);
            db.sql(sql.toString()).params(params).update();
        }
        db.sql("delete from supervision.flag where model = ? and run <> ?")
                .params(model, run)
                .update();
        db.sql("delete from supervision.flag_tally where model = ?")
                .param(model)
                .update();
        db.sql(
                        """
                        insert into supervision.flag_tally (model, unit_id, flags, answered, dismissed, run)
                        select f.model, f.unit_id, count(*), count(a.decision),
                            count(*) filter (where a.decision = 'DISMISSED'), f.run
                        from supervision.flag f
                        left join supervision.flag_answer a on a.model = f.model and a.unit_id = f.unit_id
                            and a.record_id = f.record_id
                        where f.model = ?
                        group by f.model, f.unit_id, f.run
                        """)
                .param(model)
                .update();
        db.sql(
                        """
                        insert into supervision.detection_run (model, run, ran_at, ran_on, flags, took_ms)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (model) do update set run = excluded.run, ran_at = excluded.ran_at,
                            ran_on = excluded.ran_on, flags = excluded.flags, took_ms = excluded.took_ms
                        """)
                .params(
                        model,
                        run,
                        Timestamp.from(clock.instant()),
                        today,
                        flags.size(),
                        (System.nanoTime() - start) / 1_000_000)
                .update();
    }

    /** Each model's counts in the units, by code; a model that flags nothing there counts zero. */
    Map<String, Counts> counts(Set<UUID> units) {
        var counts = new LinkedHashMap<String, Counts>();
        models.all().forEach(model -> counts.put(model.code(), new Counts(0, 0, 0)));
        if (units.isEmpty()) {
            return counts;
        }
        // from the tally alone: the last run's flags, and the answers to them (kept by the run and each answer)
        db.sql(
                        """
                        select model, sum(flags) as total, sum(answered) as answered, sum(dismissed) as dismissed
                        from supervision.flag_tally where unit_id in (:units) group by model
                        """)
                .param("units", units)
                .query((rs, n) -> {
                    long total = rs.getLong("total");
                    return counts.put(
                            rs.getString("model"),
                            new Counts(total, total - rs.getLong("dismissed"), total - rs.getLong("answered")));
                })
                .list();
        return counts;
    }

    /**
     * A page of the model's flags in the filter's units, in the order the model gives them, answered as asked, first
     * raised within the filter's days.
     */
    Page page(FlagFilterForm.Filter filter) {
        if (filter.units().isEmpty()) {
            return new Page(List.of(), filter.page(), 0);
        }
        // the answer as an (anti-)semi-join on flag_answer's key, so the planner can walk the flags in page order
        var answered = "exists (select 1 from supervision.flag_answer a where a.model = f.model"
                + " and a.unit_id = f.unit_id and a.record_id = f.record_id";
        var where = new StringBuilder("from supervision.flag f where f.model = :model and f.unit_id in (:units)");
        where.append(
                switch (filter.answer()) {
                    case ALL -> "";
                    case UNANSWERED -> " and not " + answered + ")";
                    case ACKNOWLEDGED -> " and " + answered + " and a.decision = 'ACKNOWLEDGED')";
                    case DISMISSED -> " and " + answered + " and a.decision = 'DISMISSED')";
                });
        var params = new java.util.HashMap<String, Object>();
        params.put("model", filter.model().code());
        params.put("units", filter.units());
        if (filter.from() != null) {
            where.append(" and f.first_flagged_on >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and f.first_flagged_on <= :to");
            params.put("to", filter.to());
        }
        // without days, the total is the tally's (the last run's flags and their answers); with days, counted
        long total = filter.from() == null && filter.to() == null
                ? tallied(filter.model().code(), filter.units(), filter.answer())
                : db.sql("select count(*) " + where)
                        .params(params)
                        .query(Long.class)
                        .single();
        params.put("size", PAGE_SIZE);
        params.put("offset", (long) filter.page() * PAGE_SIZE);
        // the page's keys first, from the index in page order (flag_page, flag_unit_page), then those rows alone
        var flags = db.sql("select f.* from supervision.flag f join (select f.unit_id, f.record_id, f.position "
                        + where
                        + " order by f.position, f.unit_id limit :size offset :offset) k"
                        + " on f.model = :model and f.unit_id = k.unit_id and f.record_id = k.record_id"
                        + " order by k.position, k.unit_id")
                .params(params)
                .query((rs, n) -> new StoredFlag(
                        new Flag(
                                rs.getString("model"),
                                rs.getObject("unit_id", UUID.class),
                                rs.getString("subject"),
                                rs.getString("record_id"),
                                rs.getString("detail")),
                        rs.getObject("first_flagged_on", LocalDate.class)))
                .list();
        return new Page(flags, filter.page(), total);
    }

    /** How many of the model's flags in the units the tally of its last run counts with the answer. */
    private long tallied(String model, Set<UUID> units, AnswerFilter answer) {
        var column =
                switch (answer) {
                    case ALL -> "flags";
                    case UNANSWERED -> "flags - answered";
                    case ACKNOWLEDGED -> "answered - dismissed";
                    case DISMISSED -> "dismissed";
                };
        return db.sql("select coalesce(sum(" + column
                        + "), 0) from supervision.flag_tally where model = :model and unit_id in (:units)")
                .param("model", model)
                .param("units", units)
                .query(Long.class)
                .single();
    }

    /** The flag the model raised at its last run for the record in one of the units, if it did. */
    java.util.Optional<Flag> find(String model, String recordId, Set<UUID> units) {
        if (units.isEmpty()) {
            return java.util.Optional.empty();
        }
        return db.sql(
                        """
                        select * from supervision.flag where model = :model and record_id = :record
                            and unit_id in (:units)
                        order by unit_id limit 1
                        """)
                .param("model", model)
                .param("record", recordId)
                .param("units", units)
                .query((rs, n) -> new Flag(
                        rs.getString("model"),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("subject"),
                        rs.getString("record_id"),
                        rs.getString("detail")))
                .optional();
    }

    /** When the model last ran, or null if it has not yet. */
    java.time.Instant lastRun() {
        return db.sql("select min(ran_at) from supervision.detection_run")
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .orElse(null);
    }
}
