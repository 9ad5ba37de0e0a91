package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.cases.DocumentKind;

/** R2: an issued document is never changed or deleted, not even in SQL; the database keeps its 文号 unique. */
@SpringBootTest
class IssuedDocumentsTest {

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    /** Written straight into the table, past the issuing path and its audit entry. */
    private final List<UUID> inserted = new ArrayList<>();

    /**
     * The documents these tests write are, to the integrity checks, forgeries with no DOCUMENT_ISSUED entry: they go
     * again as an attacker would remove them, so that the shared database stays one the checks find untouched.
     */
    @AfterEach
    void removeTheDocumentsWrittenPastTheIssuer() {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table records.document disable trigger document_immutable")
                    .update();
            for (var id : inserted) {
                db.sql("delete from records.document where id = ?").param(id).update();
            }
            db.sql("alter table records.document enable trigger document_immutable")
                    .update();
        });
        inserted.clear();
    }

    @Test
    void theDatabaseRefusesToChangeTheContentOfAnIssuedDocument() {
        var issued = anIssuedDecision(UUID.randomUUID(), 1);

        assertThatThrownBy(() -> db.sql("update records.document set html = '<p>改</p>' where id = ?")
                        .param(issued.id())
                        .update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> db.sql("update records.document set number = '曲卫罚〔2026〕99号' where id = ?")
                        .param(issued.id())
                        .update())
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> db.sql("delete from records.document where id = ?")
                        .param(issued.id())
                        .update())
                .hasMessageContaining("never changed");
        assertThat(documents.find(issued.id())).contains(issued);
    }

    @Test
    void theDatabaseRefusesASecondDocumentWithTheSameNumber() {
        var unit = UUID.randomUUID();
        anIssuedDecision(unit, 7);

        assertThatThrownBy(() -> anIssuedDecision(unit, 7))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
    }

    private IssuedDocument anIssuedDecision(UUID unit, int sequence) {
        var document = new IssuedDocument(
                UUID.randomUUID(),
                UUID.randomUUID(),
                unit,
                DocumentKind.PENALTY_DECISION,
                "曲卫罚〔2026〕" + sequence + "号",
                2026,
                sequence,
                "行政处罚决定书",
                "<article>决定</article>",
                "0".repeat(64),
                "qufu-leader",
                Instant.parse("2026-03-02T02:00:00Z"),
                null,
                null);
        transactions.executeWithoutResult(status -> documents.insert(document));
        inserted.add(document.id());
        return document;
    }
}
