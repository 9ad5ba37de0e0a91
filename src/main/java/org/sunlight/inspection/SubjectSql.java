package org.sunlight.inspection;

/** The SQL that merges an imported sheet (the temporary table {@code subject_import}) into a unit's pool. */
final class SubjectSql {

    private SubjectSql() {}

    private static final String FIELDS =
            "name, credit_code, licence_no, category, address, area, risk_class, status, last_inspected_on";

    /** A subject's fields as its history keeps them: the names of {@link SubjectData#asMap()}. */
    private static String json(String alias) {
        return ("jsonb_build_object('name', %1$s.name, 'creditCode', %1$s.credit_code, 'licenceNo', %1$s.licence_no,"
                        + " 'category', %1$s.category, 'address', %1$s.address, 'area', %1$s.area,"
                        + " 'riskClass', %1$s.risk_class, 'status', %1$s.status,"
                        + " 'lastInspectedOn', %1$s.last_inspected_on)")
                .formatted(alias);
    }

    private static final String CHANGED = "(s.name, s.credit_code, s.licence_no, s.category, s.address, s.area,"
            + " s.risk_class, s.status, s.last_inspected_on) is distinct from (i.name, i.credit_code, i.licence_no,"
            + " i.category, i.address, i.area, i.risk_class, i.status, i.last_inspected_on)";

    /** Rows that repeat a code of the sheet, or whose licence number another subject of the pool holds. */
    static final String CLASHES =
            """
            select row_no, field, reason, value from (
                select i.row_no, case when i.credit_code is not null then 'creditCode' else 'licenceNo' end as field,
                       'inspection.import.repeated' as reason, i.identifier as value
                from subject_import i
                where exists (select 1 from subject_import o where o.identifier = i.identifier and o.row_no <> i.row_no)
                union all
                select i.row_no, 'licenceNo', 'inspection.import.repeated', i.licence_no
                from subject_import i
                where i.licence_no is not null and exists (select 1 from subject_import o
                    where o.licence_no = i.licence_no and o.identifier <> i.identifier)
                union all
                select i.row_no, 'licenceNo', 'inspection.import.taken', i.licence_no
                from subject_import i join inspection.subject s
                    on s.unit_id = :unit and s.licence_no = i.licence_no and s.identifier <> i.identifier
            ) clash order by row_no
            """;

    /** The history of each subject the sheet changes (params: by, source, unit). */
    static final String RECORD_UPDATES = "insert into inspection.subject_change (subject_id, changed_by, source,"
            + " before, after) select s.id, ?, ?, " + json("s") + ", " + json("i")
            + " from subject_import i join inspection.subject s on s.unit_id = ? and s.identifier = i.identifier"
            + " where " + CHANGED;

    /** Changes the subjects the sheet changes (param: unit). */
    static final String APPLY_UPDATES = "update inspection.subject s set name = i.name, credit_code = i.credit_code,"
            + " licence_no = i.licence_no, category = i.category, address = i.address, area = i.area,"
            + " risk_class = i.risk_class, status = i.status, last_inspected_on = i.last_inspected_on,"
            + " version = s.version + 1 from subject_import i where s.unit_id = ? and s.identifier = i.identifier"
            + " and " + CHANGED;

    /** Adds the subjects new to the pool, with their history (params: unit, unit, by, source). */
    static final String INSERT_NEW = "with added as (insert into inspection.subject (unit_id, " + FIELDS + ")"
            + " select ?, i.name, i.credit_code, i.licence_no, i.category, i.address, i.area, i.risk_class,"
            + " i.status, i.last_inspected_on from subject_import i where not exists (select 1 from"
            + " inspection.subject s where s.unit_id = ? and s.identifier = i.identifier) order by i.row_no"
            + " returning *) insert into inspection.subject_change (subject_id, changed_by, source, before, after)"
            + " select a.id, ?, ?, null, " + json("a") + " from added a";
}
