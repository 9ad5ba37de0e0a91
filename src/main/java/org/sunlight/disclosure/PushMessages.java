package org.sunlight.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The push queue as staff see it, written with the change it carries and updated by each attempt. */
@Repository
class PushMessages {

    /** The start of a failed push's error that is kept ({@code text}: the product's cap, not a column's). */
    static final int ERROR_EXCERPT = 1000;

    private final JdbcClient db;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    PushMessages(JdbcClient db, ObjectMapper json, ApplicationEventPublisher events) {
        this.db = db;
        this.json = json;
        this.events = events;
    }

    /** Records the change for the queue and publishes it, in the caller's transaction. */
    void enqueue(ResultChanged change) {
        db.sql(
                        """
                        insert into disclosure.push_message (id, kind, entry_id, unit_id, title, payload, created_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        """)
                .params(
                        change.messageId(),
                        change.kind(),
                        change.entryId(),
                        change.unitId(),
                        change.title(),
                        body(change),
                        Timestamp.from(change.changedAt()))
                .update();
        events.publishEvent(change);
    }

    /** Records a published report for the queue and publishes it, in the caller's transaction. */
    void enqueue(AnnualReportPublished published, String title) {
        db.sql(
                        """
                        insert into disclosure.push_message (id, kind, report_id, unit_id, title, payload, created_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
                        """)
                .params(
                        published.messageId(),
                        published.kind(),
                        published.reportId(),
                        published.unitId(),
                        title,
                        body(published),
                        Timestamp.from(published.publishedAt()))
                .update();
        events.publishEvent(published);
    }

    /** The JSON the receiver gets: the glossary's names, only public text. */
    String body(Pushed change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    record PushMessage(
            UUID id,
            String kind,
            UUID entryId,
            UUID reportId,
            UUID unitId,
            String title,
            Instant createdAt,
            int attempts,
            Instant lastAttemptAt,
            String lastError,
            Instant nextAttemptAt,
            Instant acknowledgedAt) {

        public boolean acknowledged() {
            return acknowledgedAt != null;
        }
    }

    Optional<PushMessage> find(UUID id) {
        return db.sql("select * from disclosure.push_message where id = ?")
                .param(id)
                .query(PushMessage.class)
                .optional();
    }

    void acknowledged(UUID id, Instant at) {
        db.sql(
                        """
                        update disclosure.push_message set attempts = attempts + 1, last_attempt_at = ?,
                            acknowledged_at = ?, next_attempt_at = null, last_error = null
                        where id = ? and acknowledged_at is null
                        """)
                .params(Timestamp.from(at), Timestamp.from(at), id)
                .update();
    }

    void claim(UUID id, Instant until) {
        db.sql("update disclosure.push_message set next_attempt_at = ? where id = ? and acknowledged_at is null")
                .params(Timestamp.from(until), id)
                .update();
    }

    /** Counts a failed attempt and says when the next is due. */
    void failed(UUID id, Instant at, String error, java.util.function.IntFunction<Instant> nextAfterAttempts) {
        var attempts = db.sql(
                        """
                        update disclosure.push_message set attempts = attempts + 1, last_attempt_at = ?, last_error = ?
                        where id = ? and acknowledged_at is null returning attempts
                        """)
                .params(
                        Timestamp.from(at),
                        error.length() > ERROR_EXCERPT ? error.substring(0, ERROR_EXCERPT) : error,
                        id)
                .query(Integer.class)
                .optional();
        attempts.ifPresent(count -> db.sql("update disclosure.push_message set next_attempt_at = ? where id = ?")
                .params(Timestamp.from(nextAfterAttempts.apply(count)), id)
                .update());
    }

    PageOf<PushMessage> ofUnits(Collection<UUID> units, PageQuery page) {
        if (units.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        long total = db.sql("select count(*) from disclosure.push_message where unit_id in (:u)")
                .param("u", units)
                .query(Long.class)
                .single();
        var rows = db.sql(
                        """
                        select * from disclosure.push_message where unit_id in (:u)
                        order by (acknowledged_at is null) desc, created_at desc limit :limit offset :offset
                        """)
                .param("u", units)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(PushMessage.class)
                .list();
        return new PageOf<>(rows, page.number(), page.size(), total);
    }

    long waiting(Collection<UUID> units) {
        if (units.isEmpty()) {
            return 0;
        }
        return db.sql("select count(*) from disclosure.push_message where unit_id in (:u) and acknowledged_at is null"
                        + " and attempts > 0")
                .param("u", units)
                .query(Long.class)
                .single();
    }
}
