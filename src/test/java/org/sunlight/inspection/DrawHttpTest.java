package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** S1: a plan published before its draw; a draw made over HTTP that anyone re-runs offline, and that nobody changes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrawHttpTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2090);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void theVerifierReproducesADrawMadeOverHttpAndFailsOnAnyChange() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var drawId = InspectionSteps.aFinishedDraw(admin, YEARS.getAndIncrement(), LocalDate.now(clock), "3380.25");
        var directory = InspectionSteps.downloadDraw(StaffClient.anonymous(port), drawId);

        var report = DrawVerifier.verify(directory);

        assertThat(report.problems()).isEmpty();
        assertThat(report.clean()).isTrue();
        var drawn = db.sql("select drawn from inspection.draw where id = ?")
                .param(drawId)
                .query(Integer.class)
                .single();
        assertThat(drawn).isPositive();

        // a changed snapshot: one subject's risk class
        var snapshot = directory.resolve("snapshot.txt");
        var original = Files.readString(snapshot);
        var line = original.lines().filter(l -> l.startsWith("S\t")).findFirst().orElseThrow();
        var risks = line.split("\t");
        risks[2] = risks[2].equals("A") ? "B" : "A";
        Files.writeString(snapshot, original.replace(line, String.join("\t", risks)));
        assertThat(DrawVerifier.verify(directory).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("snapshot.txt: SHA-256"));
        Files.writeString(snapshot, original);

        // a changed public value gives another seed
        var seed = directory.resolve("seed.txt");
        var seedText = Files.readString(seed);
        Files.writeString(seed, seedText.replace("public-value\t3380.25", "public-value\t3380.26"));
        assertThat(DrawVerifier.verify(directory).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("seed.txt: the seed"));
        Files.writeString(seed, seedText);

        // a changed rule: another ratio
        var rules = directory.resolve("rules.txt");
        var rulesText = Files.readString(rules);
        Files.writeString(rules, rulesText.replace("ratio\tD\t30.00", "ratio\tD\t40.00"));
        assertThat(DrawVerifier.verify(directory).problems())
                .anySatisfy(problem -> assertThat(problem).startsWith("rules.txt: SHA-256"));
        Files.writeString(rules, rulesText);

        // a changed outcome: the first drawn subject swapped for another, named by its line
        var outcome = directory.resolve("outcome.txt");
        var outcomeText = Files.readString(outcome);
        var drawnLine =
                outcomeText.lines().filter(l -> l.startsWith("D\t")).findFirst().orElseThrow();
        var fields = drawnLine.split("\t");
        fields[3] = "91370881MA0000000X";
        Files.writeString(outcome, outcomeText.replace(drawnLine, String.join("\t", fields)));
        var changed = DrawVerifier.verify(directory);
        assertThat(changed.clean()).isFalse();
        assertThat(changed.problems())
                .singleElement()
                .asString()
                .startsWith("outcome.txt: line ")
                .contains("91370881MA0000000X");
        Files.writeString(outcome, outcomeText);
        assertThat(DrawVerifier.verify(directory).clean()).isTrue();
    }

    @Test
    void aRematchingIsARecordedSubDrawTheVerifierReRuns() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var drawId = InspectionSteps.aFinishedDraw(admin, YEARS.getAndIncrement(), LocalDate.now(clock), "3275.4");
        var sent = db.sql(
                        """
                        select ds.subject_id, ds.certificate1, ds.certificate2, ds.inspector1, ic.case_id
                        from inspection.draw_subject ds join inspection.inspection_case ic
                          on ic.draw_id = ds.draw_id and ic.subject_id = ds.subject_id
                        where ds.draw_id = ? order by ds.risk_class, ds.rank limit 1
                        """)
                .param(drawId)
                .query((rs, row) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, UUID.class)
                })
                .single();
        var subjectId = (UUID) sent[0];
        var leaving = (String) sent[1];
        var staying = (String) sent[2];
        var caseId = (UUID) sent[4];
        var page = "/console/inspection/draws/" + drawId;
        admin.get(page);

        // a reason is required, and nothing changes without one
        var refused = admin.postFormAndFollow(
                page + "/rematch", Map.of("leaving", subjectId + "/" + leaving, "reason", "ILLNESS", "note", " "));
        assertThat(refused.body()).contains("请写明重新匹配的情况说明");
        assertThat(rematches(drawId)).isZero();

        var done = admin.postFormAndFollow(
                page + "/rematch",
                Map.of("leaving", subjectId + "/" + leaving, "reason", "ILLNESS", "note", "住院治疗，不能参加本次检查"));
        assertThat(done.body()).contains("已重新匹配（第 1 步）");
        var chosen = db.sql("select chosen from inspection.rematch where draw_id = ? and step = 1")
                .param(drawId)
                .query(String.class)
                .single();
        assertThat(chosen).isNotIn(leaving, staying);
        // the inspection case now has the drawn replacement, not the one who left
        var officers = db.sql(
                        """
                        select o.certificate_no from cases.case_officer co
                        join organization.officer o on o.id = co.officer_id
                        where co.case_id = ?
                        """)
                .param(caseId)
                .query(String.class)
                .list();
        assertThat(officers).contains(chosen, staying).doesNotContain(leaving);
        var kinds = db.sql("select kind from audit.entry where record_id = ? order by id")
                .param(drawId.toString())
                .query(String.class)
                .list();
        assertThat(kinds).containsExactly("DRAW_COMMITTED", "DRAW_FINISHED", "DRAW_REMATCHED");

        // anyone re-runs the sub-draw from the published files
        var directory = InspectionSteps.downloadDraw(StaffClient.anonymous(port), drawId);
        var rematches = directory.resolve(DrawVerifier.REMATCHES);
        var text = Files.readString(rematches);
        assertThat(text).contains("R\t1\t").contains("\tILLNESS\t" + chosen + "\n");
        var report = DrawVerifier.verify(directory);
        assertThat(report.problems()).isEmpty();
        assertThat(report.facts()).anySatisfy(fact -> assertThat(fact).startsWith("re-matchings: 1 reproduced"));

        // a replacement chosen by hand is found out
        Files.writeString(rematches, text.replace("\t" + chosen + "\n", "\t" + staying + "\n"));
        assertThat(DrawVerifier.verify(directory).problems())
                .singleElement()
                .asString()
                .startsWith("rematches.txt: step 1")
                .contains("draws " + chosen);
        Files.writeString(rematches, text);

        // once the result is recorded, nobody is re-matched
        admin.postFormAndFollow(
                page + "/subjects/" + subjectId + "/outcome", Map.of("outcome", "NO_PROBLEM", "note", ""));
        var late = admin.postFormAndFollow(
                page + "/rematch", Map.of("leaving", subjectId + "/" + chosen, "reason", "CONFLICT", "note", "亲属关系"));
        assertThat(late.body()).contains("该对象的检查结果已记录，不能重新匹配");
        assertThat(rematches(drawId)).isEqualTo(1);
        assertThatThrownBy(() -> db.sql("delete from inspection.rematch where draw_id = ?")
                        .param(drawId)
                        .update())
                .hasMessageContaining("never changed");
    }

    private long rematches(UUID drawId) {
        return db.sql("select count(*) from inspection.rematch where draw_id = ?")
                .param(drawId)
                .query(Long.class)
                .single();
    }

    @Test
    void aFinishedDrawIsAuditedAndNeverChanges() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var drawId = InspectionSteps.aFinishedDraw(admin, YEARS.getAndIncrement(), LocalDate.now(clock), "3001.5");

        var kinds = db.sql("select kind from audit.entry where record_id = ? order by id")
                .param(drawId.toString())
                .query(String.class)
                .list();
        assertThat(kinds).containsExactly("DRAW_COMMITTED", "DRAW_FINISHED");
        assertThatThrownBy(() -> db.sql("update inspection.draw set public_value = '1' where id = ?")
                        .param(drawId)
                        .update())
                .hasMessageContaining("never changes");
        assertThatThrownBy(() -> db.sql("delete from inspection.draw_subject where draw_id = ?")
                        .param(drawId)
                        .update())
                .hasMessageContaining("never changed");
        // finishing twice is refused on the page, and the outcome stays
        var again = admin.postForm("/console/inspection/draws/" + drawId + "/finish", Map.of("publicValue", "1"));
        assertThat(admin.get(URI.create(StaffClient.location(again)).getPath()).body())
                .contains("该抽取已完成");
    }

    @Test
    void aDrawNeedsAPublishedPlanAndAPublicValueNotKnownAtCommitment() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var today = LocalDate.now(clock);
        var year = YEARS.getAndIncrement();
        var planId = InspectionSteps.aPlanWithALine(admin, year);
        // no task of an unpublished plan
        var refused = admin.postForm(
                "/console/inspection/plans/" + planId + "/tasks",
                Map.of(
                        "title",
                        "任务",
                        "lineIds",
                        lineOf(planId).toString(),
                        "periodFrom",
                        year + "-01-01",
                        "periodTo",
                        year + "-12-31"));
        assertThat(refused.body()).contains("计划须先发布");
        admin.postForm("/console/inspection/plans/" + planId + "/publish", Map.of());
        var taskId = InspectionSteps.aTask(admin, planId, year);

        var past = admin.postForm(
                "/console/inspection/tasks/" + taskId + "/draws",
                Map.of("publicValueDate", today.minusDays(1).toString()));
        assertThat(admin.get(URI.create(StaffClient.location(past)).getPath()).body())
                .contains("公共数值日期不能早于今天");
        var committed = admin.postForm(
                "/console/inspection/tasks/" + taskId + "/draws",
                Map.of("publicValueDate", today.plusDays(1).toString()));
        var drawPage = URI.create(StaffClient.location(committed)).getPath();
        assertThat(admin.get(drawPage).body()).contains("已冻结名录和规则并公布承诺");
        var early = admin.postForm(drawPage + "/finish", Map.of("publicValue", "3300.00"));
        assertThat(admin.get(URI.create(StaffClient.location(early)).getPath()).body())
                .contains("才公布，此前不能完成抽取")
                .contains("已承诺，待公共数值");
        // the portal shows the commitment at once, but not the secret
        var drawId = drawPage.substring(drawPage.lastIndexOf('/') + 1);
        var portal = StaffClient.anonymous(port)
                .get("/portal/random-inspection-results/draws/" + drawId)
                .body();
        var secret = db.sql("select secret from inspection.draw where id = ?::uuid")
                .param(drawId)
                .query(String.class)
                .single();
        assertThat(portal).contains("commitment.txt").doesNotContain(secret);
        assertThat(StaffClient.anonymous(port)
                        .get("/portal/random-inspection-results/draws/" + drawId + "/seed.txt")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void eachMatchedSubjectBecomesARoutineInspectionWhoseOutcomeIsRecordedOnceAndPublished() throws Exception {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var today = LocalDate.now(clock);
        var drawId = InspectionSteps.aFinishedDraw(admin, YEARS.getAndIncrement(), today, "3100.10");

        var matched = db.sql(
                        "select count(*) from inspection.draw_subject where draw_id = ? and certificate1 is not null")
                .param(drawId)
                .query(Long.class)
                .single();
        var inspections = db.sql(
                        """
                        select ic.subject_id, c.procedure, c.stage, (select count(*) from cases.case_officer o
                            where o.case_id = c.id) as officers
                        from inspection.inspection_case ic join cases.enforcement_case c on c.id = ic.case_id
                        where ic.draw_id = ?
                        """)
                .param(drawId)
                .query((rs, row) ->
                        java.util.List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        assertThat(matched).isPositive();
        assertThat(inspections).hasSize(matched.intValue()).allSatisfy(row -> {
            assertThat(row.get(1)).isEqualTo("INSPECTION");
            assertThat(row.get(2)).isEqualTo("planned");
            assertThat(row.get(3)).isEqualTo("2");
        });
        var subjectId = UUID.fromString(inspections.get(0).get(0));
        var drawPage = "/console/inspection/draws/" + drawId;
        admin.get(drawPage);

        var recorded = admin.postForm(
                drawPage + "/subjects/" + subjectId + "/outcome", Map.of("outcome", "CLOSED", "note", "已停业"));
        assertThat(admin.get(URI.create(StaffClient.location(recorded)).getPath())
                        .body())
                .contains("检查结果已记录");
        var subject = db.sql("select status, last_inspected_on from inspection.subject where id = ?")
                .param(subjectId)
                .query((rs, row) ->
                        java.util.List.of(rs.getString(1), String.valueOf(rs.getObject(2, LocalDate.class))))
                .single();
        assertThat(subject).containsExactly("CLOSED", today.toString());
        var again = admin.postForm(
                drawPage + "/subjects/" + subjectId + "/outcome", Map.of("outcome", "NO_PROBLEM", "note", ""));
        assertThat(admin.get(URI.create(StaffClient.location(again)).getPath()).body())
                .contains("检查结果已记录，不能更改");
        var portal = StaffClient.anonymous(port)
                .get("/portal/random-inspection-results/draws/" + drawId)
                .body();
        assertThat(portal).contains("停业、关闭 " + today + "：已停业");
    }

    private UUID lineOf(UUID planId) {
        return db.sql("select id from inspection.plan_line where plan_id = ?")
                .param(planId)
                .query(UUID.class)
                .single();
    }

    static Path write(Path directory, String name, String text) throws java.io.IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }
}
