package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;
import org.sunlight.platform.IntegrityProblem;
import org.sunlight.platform.IntegrityProblem.Kind;

/**
 * R7: an issued document carries the SHA-256 of its content; one byte changed in the stored content by someone with
 * database access (the immutability trigger switched off as an attacker would) is named by the verification.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentIntegrityTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    DocumentIntegrity check;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void oneChangedByteOfAStoredDocumentIsNamedByItsNumber() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var caseId = decidedOnTheSpot(officer);
        var document = db.sql(
                        "select id, number, html from records.document where case_id = ? and kind = 'ON_THE_SPOT_DECISION'")
                .param(caseId)
                .query((rs, row) ->
                        new Object[] {rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("html")})
                .single();
        var id = (UUID) document[0];
        var number = (String) document[1];
        var html = (String) document[2];
        assertThat(db.sql("select content_sha256 from records.document where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(Documents.contentSha256(html));
        assertThat(problems()).isEmpty();

        int at = html.indexOf("200.00");
        var changed = html.substring(0, at) + "900.00" + html.substring(at + 6);
        tamper(id, changed);
        try {
            assertThat(problems()).singleElement().satisfies(problem -> {
                assertThat(problem.check()).isEqualTo("执法文书");
                assertThat(problem.item()).contains(number, id.toString());
                assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
            });
        } finally {
            tamper(id, html);
        }
        assertThat(problems()).isEmpty();
    }

    private void tamper(UUID id, String html) {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table records.document disable trigger document_immutable")
                    .update();
            db.sql("update records.document set html = ? where id = ?")
                    .params(html, id)
                    .update();
            db.sql("alter table records.document enable trigger document_immutable")
                    .update();
        });
    }

    private List<IntegrityProblem> problems() {
        var problems = new ArrayList<IntegrityProblem>();
        check.run(problems::add, checked -> {});
        return problems;
    }

    private UUID decidedOnTheSpot(StaffClient officer) throws Exception {
        return new CaseSteps(port, db)
                .decidedOnTheSpot(
                        officer,
                        "qufu-officer",
                        "公共场所从业人员未取得健康证明",
                        "从业人员未取得有效健康合格证明即上岗",
                        CaseSteps.citizen("赵某某", DocumentsHttpTest.PERSON_ID, "曲阜市鲁城街道"),
                        "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
    }
}
