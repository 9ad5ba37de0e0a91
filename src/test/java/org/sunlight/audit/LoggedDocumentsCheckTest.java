package org.sunlight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * R7: the audit log holds each issued document's content hash, so a document deleted, or changed together with its
 * own stored hash, by someone with database access is still named.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoggedDocumentsCheckTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    LoggedDocumentsCheck check;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Integrator integrator;

    @Test
    void aDeletedDocumentAndOneChangedWithItsOwnHashAreNamed() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var caseId = decidedOnTheSpot(officer);
        var row = db.sql("select * from records.document where case_id = ? and kind = 'ON_THE_SPOT_DECISION'")
                .param(caseId)
                .query()
                .singleRow();
        var id = (UUID) row.get("id");
        var number = (String) row.get("number");
        integrator.integrate(true);
        assertThat(problems()).isEmpty();

        asAttacker("update records.document set html = html || ' ', content_sha256 = "
                + "encode(sha256(convert_to(html || ' ', 'UTF8')), 'hex') where id = '" + id + "'");
        try {
            assertThat(problems()).singleElement().satisfies(problem -> {
                assertThat(problem.item()).contains(number, id.toString());
                assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
                assertThat(problem.detail()).contains("审计日志第");
            });
        } finally {
            asAttacker(
                    "update records.document set html = :html, content_sha256 = :content_sha256 where id = :id", row);
        }
        assertThat(problems()).isEmpty();

        asAttacker("delete from records.document where id = '" + id + "'");
        try {
            assertThat(problems()).singleElement().satisfies(problem -> {
                assertThat(problem.item()).contains(number, id.toString());
                assertThat(problem.kind()).isEqualTo(Kind.MISSING);
            });
        } finally {
            asAttacker(
                    """
                    insert into records.document (id, case_id, unit_id, kind, number, year, sequence, title, html,
                        sha256, issued_by, issued_at, corrects, correction_reason, content_sha256)
                    values (:id, :case_id, :unit_id, :kind, :number, :year, :sequence, :title, :html, :sha256,
                        :issued_by, :issued_at, :corrects, :correction_reason, :content_sha256)
                    """,
                    row);
        }
        assertThat(problems()).isEmpty();
    }

    @Test
    void aRenumberedDocumentAndOneInsertedWithoutItsEntryAreNamed() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var caseId = decidedOnTheSpot(officer);
        var row = new java.util.HashMap<>(
                db.sql("select * from records.document where case_id = ? and kind = 'ON_THE_SPOT_DECISION'")
                        .param(caseId)
                        .query()
                        .singleRow());
        var id = (UUID) row.get("id");
        var number = (String) row.get("number");
        integrator.integrate(true);
        assertThat(problems()).isEmpty();

        asAttacker("update records.document set number = number || '改' where id = '" + id + "'");
        try {
            assertThat(problems()).singleElement().satisfies(problem -> {
                assertThat(problem.item()).contains(number, id.toString());
                assertThat(problem.kind()).isEqualTo(Kind.CHANGED);
                assertThat(problem.detail()).contains("文号", number + "改");
            });
        } finally {
            asAttacker("update records.document set number = :number where id = :id", row);
        }
        assertThat(problems()).isEmpty();

        var forged = UUID.randomUUID();
        row.put("id", forged);
        row.put("number", number + "伪");
        row.put("sequence", ((Number) row.get("sequence")).intValue() + 100000);
        asAttacker(
                """
                insert into records.document (id, case_id, unit_id, kind, number, year, sequence, title, html,
                    sha256, issued_by, issued_at, corrects, correction_reason, content_sha256)
                values (:id, :case_id, :unit_id, :kind, :number, :year, :sequence, :title, :html, :sha256,
                    :issued_by, :issued_at, :corrects, :correction_reason, :content_sha256)
                """,
                row);
        try {
            assertThat(problems()).singleElement().satisfies(problem -> {
                assertThat(problem.item()).contains(number + "伪", forged.toString());
                assertThat(problem.kind()).isEqualTo(Kind.UNEXPECTED);
                assertThat(problem.detail()).contains("没有这份文书的签发记录");
            });
        } finally {
            asAttacker("delete from records.document where id = '" + forged + "'");
        }
        assertThat(problems()).isEmpty();
    }

    private void asAttacker(String sql) {
        asAttacker(sql, Map.of());
    }

    private void asAttacker(String sql, Map<String, ?> params) {
        transactions.executeWithoutResult(status -> {
            db.sql("alter table records.document disable trigger document_immutable")
                    .update();
            db.sql(sql).params(params).update();
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
                        CaseSteps.citizen("孙某某", "11010519491231002X", "曲阜市"),
                        "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
    }
}
