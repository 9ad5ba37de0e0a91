package org.sunlight.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.IntegrityProblem.Kind;
import org.sunlight.records.Records;

/**
 * Holds the issued documents to what the audit log recorded at issue: every document the log says was issued must
 * still exist, with the content hash and number the log holds; and every stored document must have its entry. Finds a
 * document deleted, renumbered or changed together with its own stored hash, and one inserted without being issued,
 * which re-hashing the documents alone cannot.
 */
@Component
class LoggedDocumentsCheck implements IntegrityCheck {

    private final JdbcClient db;
    private final Records records;
    private final ObjectMapper json;
    private final MessageSource messages;

    LoggedDocumentsCheck(JdbcClient db, Records records, ObjectMapper json, MessageSource messages) {
        this.db = db;
        this.records = records;
        this.json = json;
        this.messages = messages;
    }

    @Override
    public String name() {
        return text("audit.integrity.documents.name");
    }

    @Override
    public long run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        var stored = records.storedHashes();
        var issued = new java.util.HashSet<UUID>();
        long[] checked = {0};
        db.sql(
                        """
                        select id, leaf_index, record_id, detail from audit.entry where kind = 'DOCUMENT_ISSUED'
                        order by id
                        """)
                .query(rs -> {
                    checked[0]++;
                    var index = rs.getObject("leaf_index", Long.class);
                    var where = index == null
                            ? text("audit.integrity.pending", String.valueOf(rs.getLong("id")))
                            : text("audit.integrity.entry", String.valueOf(index));
                    UUID id;
                    String logged;
                    String number;
                    try {
                        id = UUID.fromString(rs.getString("record_id"));
                        var detail = json.readTree(rs.getString("detail"));
                        logged = detail.path("contentSha256").asText();
                        number = detail.path("number").isTextual()
                                ? detail.path("number").asText()
                                : null;
                    } catch (Exception unreadable) {
                        problems.accept(new IntegrityProblem(
                                name(), where, Kind.UNEXPECTED, text("audit.integrity.documents.unreadable")));
                        return;
                    }
                    issued.add(id);
                    var document = stored.get(id);
                    var item = text("audit.integrity.documents.item", number != null ? number : "", id.toString());
                    if (document != null && !java.util.Objects.equals(number, document.number())) {
                        problems.accept(new IntegrityProblem(
                                name(),
                                item,
                                Kind.CHANGED,
                                text("audit.integrity.documents.number-changed", where, number, document.number())));
                    }
                    if (document == null) {
                        problems.accept(new IntegrityProblem(
                                name(), item, Kind.MISSING, text("audit.integrity.documents.missing", where)));
                    } else if (!document.contentSha256().equals(logged)) {
                        problems.accept(new IntegrityProblem(
                                name(),
                                item,
                                Kind.CHANGED,
                                text("audit.integrity.documents.changed", where, logged, document.contentSha256())));
                    }
                    if (checked[0] % 1000 == 0) {
                        progress.accept(checked[0]);
                    }
                });
        // and back: a document with no DOCUMENT_ISSUED entry was not issued through the product (an entry is written in
        // the issuing transaction, and the documents were read before the entries)
        stored.values().stream()
                .filter(document -> !issued.contains(document.id()))
                .forEach(document -> problems.accept(new IntegrityProblem(
                        name(),
                        text(
                                "audit.integrity.documents.item",
                                document.number() != null ? document.number() : "",
                                document.id().toString()),
                        Kind.UNEXPECTED,
                        text("audit.integrity.documents.unlogged"))));
        progress.accept(checked[0]);
        return checked[0];
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
