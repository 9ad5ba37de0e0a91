package org.sunlight.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The discloser's own redactions and undoings of an entry, made before it is published. */
@Repository
class RedactionChoices {

    private final JdbcClient db;

    RedactionChoices(JdbcClient db) {
        this.db = db;
    }

    /**
     * @param kind ADD (mask this text) or UNDO (keep this text the detector masked)
     */
    record Choice(UUID id, UUID entryId, String kind, String text, String createdBy, Instant createdAt) {

        public boolean adds() {
            return "ADD".equals(kind);
        }
    }

    List<Choice> of(UUID entryId) {
        return db.sql("select * from disclosure.redaction_choice where entry_id = ? order by created_at")
                .param(entryId)
                .query(Choice.class)
                .list();
    }

    List<String> texts(List<Choice> choices, String kind) {
        return choices.stream()
                .filter(choice -> choice.kind().equals(kind))
                .map(Choice::text)
                .toList();
    }

    void add(UUID entryId, String kind, String text, String by) {
        db.sql(
                        """
                        insert into disclosure.redaction_choice (entry_id, kind, text, created_by) values (?, ?, ?, ?)
                        on conflict (entry_id, kind, text) do nothing
                        """)
                .params(entryId, kind, text, by)
                .update();
    }

    boolean remove(UUID entryId, UUID choiceId) {
        return db.sql("delete from disclosure.redaction_choice where id = ? and entry_id = ?")
                        .params(choiceId, entryId)
                        .update()
                == 1;
    }
}
