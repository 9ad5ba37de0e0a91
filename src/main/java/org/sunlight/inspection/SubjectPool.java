package org.sunlight.inspection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.sunlight.inspection.InspectionRefusals.ChangedMeanwhile;
import org.sunlight.inspection.InspectionRefusals.InvalidField;
import org.sunlight.inspection.InspectionRefusals.NotTheUnitsStaff;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/**
 * The pool of objects of inspection (检查对象名录库) of each unit: kept by form or by Excel import, every change kept in
 * the subject's history.
 */
@Service
class SubjectPool {

    /** The problems an import lists in full; more are counted. */
    static final int LISTED_PROBLEMS = 500;

    private static final int BATCH = 1000;

    private final Subjects subjects;
    private final Organization organization;
    private final JdbcClient db;
    private final ObjectMapper json;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    SubjectPool(
            Subjects subjects,
            Organization organization,
            JdbcClient db,
            ObjectMapper json,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.subjects = subjects;
        this.organization = organization;
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of an import: what it did, or every problem that kept it from doing anything. */
    record ImportOutcome(
            int rows, int created, int updated, List<SubjectSheets.SheetProblem> problems, int problemCount) {
        boolean succeeded() {
            return problemCount == 0;
        }
    }

    PageOf<Subject> search(StaffUser user, String text, SubjectCategory category, RiskClass risk, PageQuery page) {
        return subjects.search(organization.visibleUnitIds(user), text, category, risk, page);
    }

    Subject visible(StaffUser user, UUID id) {
        return subjects.find(id)
                .filter(subject -> organization.isVisible(user, subject.unitId()))
                .orElseThrow(() -> new NotFound("subject"));
    }

    /** One change as a person reads it: the fields it changed, each before and after. */
    record ChangeView(Subjects.Change change, List<FieldChange> fields) {}

    record FieldChange(String field, Object before, Object after) {}

    List<ChangeView> history(StaffUser user, UUID id) {
        return subjects.history(visible(user, id).id()).stream()
                .map(change -> {
                    var before = change.before() == null ? java.util.Map.<String, Object>of() : map(change.before());
                    var after = map(change.after());
                    var fields = new ArrayList<FieldChange>();
                    for (var field : after.keySet()) {
                        if (!java.util.Objects.equals(before.get(field), after.get(field))) {
                            fields.add(new FieldChange(field, before.get(field), after.get(field)));
                        }
                    }
                    return new ChangeView(change, fields);
                })
                .toList();
    }

    private java.util.Map<String, Object> map(String text) {
        try {
            return json.readValue(
                    text,
                    new com.fasterxml.jackson.core.type.TypeReference<java.util.LinkedHashMap<String, Object>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the unit's own administrators, officers and leaders keep its pool. */
    static boolean maySave(StaffUser user, UUID unitId) {
        return user.getUnitId().equals(unitId)
                && (user.hasRole(Role.ADMIN) || user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER));
    }

    @Transactional
    UUID create(StaffUser user, SubjectData data) {
        if (!maySave(user, user.getUnitId())) {
            throw new NotTheUnitsStaff();
        }
        check(user.getUnitId(), null, data);
        var id = subjects.insert(user.getUnitId(), data);
        subjects.recordChange(id, user.getUsername(), "FORM", null, json(data.asMap()));
        return id;
    }

    @Transactional
    void update(StaffUser user, UUID id, int version, SubjectData data) {
        var subject = visible(user, id);
        if (!maySave(user, subject.unitId())) {
            throw new NotTheUnitsStaff();
        }
        check(subject.unitId(), id, data);
        var before = SubjectData.of(subject).asMap();
        var after = data.asMap();
        if (before.equals(after) && subject.version() == version) {
            return;
        }
        if (!subjects.update(id, version, data)) {
            throw new ChangedMeanwhile();
        }
        subjects.recordChange(id, user.getUsername(), "FORM", json(before), json(after));
    }

    private void check(UUID unitId, UUID except, SubjectData data) {
        var problems = data.problems(LocalDate.now(clock), lengths);
        if (!problems.isEmpty()) {
            throw new InvalidField(problems.get(0).field(), problems.get(0).messageKey());
        }
        subjects.takenField(unitId, except == null ? new UUID(0, 0) : except, data)
                .ifPresent(field -> {
                    throw new InvalidField(field, "inspection.subject." + field + ".taken");
                });
    }

    /**
     * Imports a sheet into the user's unit's pool, all or nothing: a row whose credit code (or licence number) is
     * already in the pool changes that subject, any other row adds one; a bad row, a code twice in the sheet or a code
     * of another subject stops the whole import and is named with its row. The sheet is streamed into a temporary
     * table and merged in SQL, so that memory does not grow with the sheet.
     */
    @Transactional
    ImportOutcome importSheet(StaffUser user, Path file) {
        if (!maySave(user, user.getUnitId())) {
            throw new NotTheUnitsStaff();
        }
        var outcome =
                importInto(user.getUnitId(), user.getUsername(), "IMPORT", rows -> SubjectSheets.read(file, rows));
        if (!outcome.succeeded()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        }
        return outcome;
    }

    /** Where imported rows come from: a sheet, or the demo's generator. */
    interface RowSource {
        void forEach(java.util.function.Consumer<SubjectSheets.SheetRow> rows) throws SubjectSheets.Unreadable;
    }

    /** Imports the rows into the unit's pool; when the outcome names problems, the caller rolls back. */
    ImportOutcome importInto(UUID unitId, String by, String source, RowSource rowSource) {
        var today = LocalDate.now(clock);
        db.sql(
                        """
                        create temporary table if not exists subject_import (
                            row_no integer not null, name varchar(200), credit_code varchar(18),
                            licence_no varchar(60), identifier varchar(60), category varchar(30),
                            address varchar(200), area varchar(50), risk_class char(1), status varchar(12),
                            last_inspected_on date) on commit drop
                        """)
                .update();
        var problems = new ArrayList<SubjectSheets.SheetProblem>();
        int[] counts = new int[2]; // rows, problems
        var batch = new ArrayList<Object[]>(BATCH);
        try {
            rowSource.forEach(row -> {
                counts[0]++;
                var rowProblems = new ArrayList<SubjectSheets.SheetProblem>();
                var data = SubjectSheets.parse(row, today, lengths, rowProblems);
                if (data == null) {
                    counts[1] += rowProblems.size();
                    for (var problem : rowProblems) {
                        if (problems.size() < LISTED_PROBLEMS) {
                            problems.add(problem);
                        }
                    }
                    return;
                }
                batch.add(new Object[] {
                    row.number(),
                    data.name(),
                    data.creditCode(),
                    data.licenceNo(),
                    data.creditCode() != null ? data.creditCode() : data.licenceNo(),
                    data.category().name(),
                    data.address(),
                    data.area(),
                    data.riskClass().name(),
                    data.status().name(),
                    data.lastInspectedOn()
                });
                if (batch.size() == BATCH) {
                    flush(batch);
                }
            });
        } catch (SubjectSheets.Unreadable e) {
            return new ImportOutcome(0, 0, 0, List.of(e.problem), 1);
        }
        if (counts[0] == 0) {
            return new ImportOutcome(
                    0, 0, 0, List.of(new SubjectSheets.SheetProblem(0, null, "inspection.import.empty", "")), 1);
        }
        // the good rows are in the temporary table: rows repeating a code are named too, even in a sheet with other
        // faults
        flush(batch);
        for (var problem : clashes(unitId)) {
            counts[1]++;
            if (problems.size() < LISTED_PROBLEMS) {
                problems.add(problem);
            }
        }
        if (counts[1] > 0) {
            problems.sort(Comparator.comparingInt(SubjectSheets.SheetProblem::row));
            return new ImportOutcome(counts[0], 0, 0, problems, counts[1]);
        }
        var updated =
                db.sql(SubjectSql.RECORD_UPDATES).params(by, source, unitId).update();
        db.sql(SubjectSql.APPLY_UPDATES).param(unitId).update();
        var created =
                db.sql(SubjectSql.INSERT_NEW).params(unitId, unitId, by, source).update();
        db.sql("drop table subject_import").update();
        return new ImportOutcome(counts[0], created, updated, List.of(), 0);
    }

    private void flush(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        db.sql("insert into subject_import values "
                        + String.join(
                                ", ", java.util.Collections.nCopies(batch.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
                .params(batch.stream().flatMap(java.util.Arrays::stream).toList())
                .update();
        batch.clear();
    }

    /** Rows that repeat a code of the sheet or take the code of another subject of the pool. */
    private List<SubjectSheets.SheetProblem> clashes(UUID unitId) {
        return db.sql(SubjectSql.CLASHES)
                .param("unit", unitId)
                .query((rs, row) -> new SubjectSheets.SheetProblem(
                        rs.getInt("row_no"),
                        SubjectSheets.header(rs.getString("field")),
                        rs.getString("reason"),
                        rs.getString("value")))
                .list();
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
