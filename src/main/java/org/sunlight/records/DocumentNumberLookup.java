package org.sunlight.records;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.cases.CaseDocumentNumbers;

/** The case search's 文号: the cases whose issued documents carry the number exactly. */
@Component
class DocumentNumberLookup implements CaseDocumentNumbers {

    private final JdbcClient db;

    DocumentNumberLookup(JdbcClient db) {
        this.db = db;
    }

    @Override
    public Set<UUID> casesNumbered(String documentNumber) {
        return new HashSet<>(db.sql("select distinct case_id from records.document where number = ?")
                .param(documentNumber)
                .query(UUID.class)
                .list());
    }
}
