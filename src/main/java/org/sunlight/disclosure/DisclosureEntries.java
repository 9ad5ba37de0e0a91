package org.sunlight.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosure entries of decisions. */
@Repository
class DisclosureEntries {

    private final JdbcClient db;

    DisclosureEntries(JdbcClient db) {
        this.db = db;
    }

    /**
     * An entry of a decision: the case's own ({@code decision} null, kept as {@code decidedKind} and
     * {@code decidedAmount} decided it; once per case, day and category), or one of its own (a licence changed or
     * renewed), waiting for the decision document the act issues next in the same transaction ({@link #documentIssued}).
     */
    void create(
            UUID caseId,
            UUID unitId,
            String category,
            String title,
            LocalDate decidedOn,
            LocalDate dueOn,
            boolean uncertain,
            DisclosureEntry.Decision decision,
            org.sunlight.cases.ProposalKind decidedKind,
            java.math.BigDecimal decidedAmount) {
        db.sql(
                        """
                        insert into disclosure.disclosure_entry
                            (case_id, unit_id, category, case_title, decided_on, due_on, due_uncertain, document_kind,
                             change_matters, valid_until, decided_kind, decided_amount)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id, decided_on, category) where document_kind is null do nothing
                        """)
                .params(
                        caseId,
                        unitId,
                        category,
                        title,
                        decidedOn,
                        dueOn,
                        uncertain,
                        decision == null ? null : decision.documentKind().name(),
                        decision == null ? null : decision.changeMatters(),
                        decision == null ? null : decision.validUntil(),
                        decidedKind == null ? null : decidedKind.name(),
                        decidedAmount)
                .update();
    }

    /** The document a waiting entry of the case shows was issued: the entry names it from now on. */
    void documentIssued(UUID caseId, org.sunlight.cases.DocumentKind kind, UUID documentId, String number) {
        db.sql(
                        """
                        update disclosure.disclosure_entry set document_id = ?, document_number = ?
                        where case_id = ? and document_kind = ? and document_id is null
                        """)
                .params(documentId, number, caseId, kind.name())
                .update();
    }

    /** The document an entry shows was corrected (更正): the entry shows the correcting document. */
    void documentCorrected(UUID corrected, UUID documentId, String number) {
        db.sql("update disclosure.disclosure_entry set document_id = ?, document_number = ? where document_id = ?")
                .params(documentId, number, corrected)
                .update();
    }

    /** The documents other entries of the case show: not the document of an entry for the case's own decision. */
    java.util.Set<UUID> documentsShownBesides(UUID caseId, UUID entryId) {
        return new java.util.HashSet<>(db.sql(
                        """
                        select document_id from disclosure.disclosure_entry
                        where case_id = ? and id <> ? and document_id is not null
                        """)
                .params(caseId, entryId)
                .query(UUID.class)
                .list());
    }

    Optional<DisclosureEntry> find(UUID id) {
        return db.sql("select * from disclosure.disclosure_entry where id = ?")
                .param(id)
                .query(DisclosureEntries::map)
                .optional();
    }

    List<DisclosureEntry> ofCase(UUID caseId) {
        return db.sql("select * from disclosure.disclosure_entry where case_id = ? order by decided_on, created_at, id")
                .param(caseId)
                .query(DisclosureEntries::map)
                .list();
    }

    /** The units' entries, the pending ones first by due date. */
    List<DisclosureEntry> ofUnits(Collection<UUID> unitIds, int limit) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select * from disclosure.disclosure_entry where unit_id in (:units)
                        order by (status = 'PENDING') desc, due_on, created_at limit :limit
                        """)
                .param("units", unitIds)
                .param("limit", limit)
                .query(DisclosureEntries::map)
                .list();
    }

    /**
     * What the staff API and the console filter the entries by; null means any.
     *
     * @param dueFrom only entries still waiting whose day falls on or after this day (with {@code dueBy}: due within)
     * @param text words of the case's title, as typed
     */
    record Filter(
            String status, LocalDate dueBy, Boolean overdue, UUID unitId, UUID caseId, LocalDate dueFrom, String text) {

        Filter(String status, LocalDate dueBy, Boolean overdue, UUID unitId, UUID caseId) {
            this(status, dueBy, overdue, unitId, caseId, null, null);
        }
    }

    /** The units' entries that match, the pending ones first by due date, one page. */
    org.sunlight.platform.PageOf<DisclosureEntry> page(
            Collection<UUID> unitIds, Filter filter, LocalDate today, org.sunlight.platform.PageQuery page) {
        if (unitIds.isEmpty()) {
            return new org.sunlight.platform.PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        var where = new StringBuilder("unit_id in (:units)");
        var params = new java.util.HashMap<String, Object>();
        params.put("units", unitIds);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.dueBy() != null) {
            where.append(" and due_on <= :dueBy");
            params.put("dueBy", filter.dueBy());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and " : " and not ").append("(status = 'PENDING' and due_on < :today)");
            params.put("today", today);
        }
        if (filter.unitId() != null) {
            where.append(" and unit_id = :unit");
            params.put("unit", filter.unitId());
        }
        if (filter.caseId() != null) {
            where.append(" and case_id = :case");
            params.put("case", filter.caseId());
        }
        if (filter.dueFrom() != null) {
            where.append(" and status = 'PENDING' and due_on >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            // the words as typed: % and _ are letters here, not patterns
            where.append(" and case_title ilike :text escape '\\'");
            params.put(
                    "text",
                    "%"
                            + filter.text()
                                    .strip()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        long total = db.sql("select count(*) from disclosure.disclosure_entry where " + where)
                .params(params)
                .query(Long.class)
                .single();
        var content = db.sql("select * from disclosure.disclosure_entry where " + where
                        + " order by (status = 'PENDING') desc, due_on, created_at, id limit :limit offset :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(DisclosureEntries::map)
                .list();
        return new org.sunlight.platform.PageOf<>(content, page.number(), page.size(), total);
    }

    long overdue(Collection<UUID> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return db.sql(
                        """
                        select count(*) from disclosure.disclosure_entry
                        where unit_id in (:units) and status = 'PENDING' and due_on < :today
                        """)
                .param("units", unitIds)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    void notifyParty(UUID id, LocalDate on, String how) {
        db.sql(
                        """
                        update disclosure.disclosure_entry set party_notified_on = ?, party_notified_how = ?
                        where id = ? and status = 'PENDING'
                        """)
                .params(on, how, id)
                .update();
    }

    void fulfil(java.util.UUID caseId, String fulfilment, LocalDate on) {
        db.sql("update disclosure.disclosure_entry set fulfilment = ?, fulfilled_on = ? where case_id = ?")
                .params(fulfilment, on, caseId)
                .update();
        db.sql(
                        """
                        update disclosure.public_result set fulfilment = ?, fulfilled_on = ?
                        where entry_id in (select id from disclosure.disclosure_entry where case_id = ?)
                        """)
                .params(fulfilment, on, caseId)
                .update();
    }

    void markRevoked(UUID id, LocalDate on, String reason, LocalDate withdrawDue) {
        db.sql(
                        """
                        update disclosure.disclosure_entry set revoked_on = ?, revocation_reason = ?, withdraw_due_on = ?
                        where id = ? and status = 'PUBLISHED'
                        """)
                .params(on, reason, withdrawDue, id)
                .update();
    }

    boolean withdraw(UUID id) {
        return db.sql(
                                """
                                update disclosure.disclosure_entry set status = 'WITHDRAWN', withdrawn_at = now()
                                where id = ? and status = 'PUBLISHED'
                                """)
                        .param(id)
                        .update()
                == 1;
    }

    /** @param proceeding RECONSIDERATION or LITIGATION */
    void annotate(UUID id, String proceeding, boolean changed, LocalDate changedOn, String text, String by) {
        db.sql(
                        """
                        insert into disclosure.result_annotation (entry_id, proceeding, result_changed, changed_on,
                            text, created_by)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, proceeding, changed, changedOn, text, by)
                .update();
    }

    long withdrawalsOverdue(Collection<UUID> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return db.sql(
                        """
                        select count(*) from disclosure.disclosure_entry
                        where unit_id in (:units) and status = 'PUBLISHED' and withdraw_due_on < :today
                        """)
                .param("units", unitIds)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    private static DisclosureEntry map(ResultSet rs, int row) throws SQLException {
        return new DisclosureEntry(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("category"),
                rs.getString("case_title"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_uncertain"),
                rs.getString("status"),
                rs.getObject("party_notified_on", LocalDate.class),
                rs.getString("party_notified_how"),
                rs.getObject("revoked_on", LocalDate.class),
                rs.getString("revocation_reason"),
                rs.getObject("withdraw_due_on", LocalDate.class),
                rs.getString("document_kind") == null
                        ? null
                        : new DisclosureEntry.Decision(
                                org.sunlight.cases.DocumentKind.valueOf(rs.getString("document_kind")),
                                rs.getObject("document_id", UUID.class),
                                rs.getString("document_number"),
                                rs.getString("change_matters"),
                                rs.getObject("valid_until", LocalDate.class)),
                rs.getString("decided_kind") == null
                        ? null
                        : org.sunlight.cases.ProposalKind.valueOf(rs.getString("decided_kind")),
                rs.getBigDecimal("decided_amount"));
    }
}
