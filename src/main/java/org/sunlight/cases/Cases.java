package org.sunlight.cases;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The cases, their acts and their deadlines. */
@Repository
class Cases {

    private final JdbcClient db;
    private final java.time.Clock clock;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    /** The application's clock stamps when a case was opened and when each act was taken, one clock for every rule. */
    Cases(JdbcClient db, java.time.Clock clock, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.db = db;
        this.clock = clock;
        this.json = json;
    }

    UUID insert(UUID unitId, ProcedureKind procedure, String stage, String title, String summary, String by) {
        return db.sql(
                        """
                        insert into cases.enforcement_case (unit_id, procedure, stage, title, summary, created_by,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(unitId, procedure.name(), stage, title, summary, by, now())
                .query(UUID.class)
                .single();
    }

    /** Now on the application's clock, as the database stores a moment. */
    private java.sql.Timestamp now() {
        return java.sql.Timestamp.from(clock.instant());
    }

    /** 行政许可法 第三十九条、第五十条: the day the licence's term ends (有效期至), granted or renewed. */
    void setLicenceValidUntil(UUID caseId, LocalDate validUntil) {
        db.sql("update cases.enforcement_case set licence_valid_until = ? where id = ?")
                .params(validUntil, caseId)
                .update();
    }

    /** 行政许可法 第四十九条: the licensed matters the pending change application states. */
    void stateLicenceChange(UUID caseId, String matters) {
        db.sql("update cases.enforcement_case set licence_change = ? where id = ?")
                .params(matters, caseId)
                .update();
    }

    /**
     * A new application on a licence in force (行政许可法 第四十九条、第五十条) is examined afresh: the proposal of the earlier
     * decision is withdrawn, which moves the proposal's version (the database's trigger), so that no earlier review
     * clears the new decision and a new proposal is made for it.
     */
    void examineAfresh(UUID caseId) {
        db.sql(
                        """
                        update cases.enforcement_case set proposal_kind = null, proposal_fine = null,
                            proposal_text = null, proposal_complex = false, proposal_item_code = null,
                            proposal_circumstance = null, proposal_out_of_range = false,
                            proposal_out_of_range_reason = null, proposal_mitigation = null, proposal_ground = null,
                            proposal_list_departure = null, proposal_list_departure_reason = null,
                            proposal_major = false, proposal_major_rule = null
                        where id = ?
                        """)
                .param(caseId)
                .update();
    }

    /** The licensed matters the case's latest change application stated, if it made one. */
    java.util.Optional<String> licenceChange(UUID caseId) {
        return db.sql("select licence_change from cases.enforcement_case where id = ?")
                .param(caseId)
                .query(String.class)
                .optional();
    }

    void setItem(UUID caseId, String itemCode) {
        db.sql("update cases.enforcement_case set item_code = ? where id = ?")
                .params(itemCode, caseId)
                .update();
    }

    void addParty(UUID caseId, PartyKind kind, String name, String identity, String address) {
        db.sql(
                        """
                        insert into cases.case_party (case_id, kind, name, id_number, credit_code, address)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        caseId,
                        kind.name(),
                        name,
                        kind == PartyKind.INDIVIDUAL ? identity : null,
                        kind == PartyKind.ORGANISATION ? identity : null,
                        address)
                .update();
    }

    /** One officer replaced by another in the same place (lead or not); false when the first is not on the case. */
    boolean replaceOfficer(UUID caseId, UUID leaving, UUID joining) {
        return db.sql(
                                """
                        update cases.case_officer set officer_id = ? where case_id = ? and officer_id = ?
                        and not exists (select 1 from cases.case_officer where case_id = ? and officer_id = ?)
                        """)
                        .params(joining, caseId, leaving, caseId, joining)
                        .update()
                == 1;
    }

    void recordViolation(UUID caseId, Violation violation) {
        db.sql(
                        """
                        update cases.enforcement_case set violation_on = ?, violation_ended_on = ?,
                            violation_continuing = ?, violation_health_harmed = ?
                        where id = ?
                        """)
                .params(violation.on(), violation.endedOn(), violation.continuing(), violation.healthHarmed(), caseId)
                .update();
    }

    void removeOfficer(UUID caseId, UUID officerId) {
        db.sql("delete from cases.case_officer where case_id = ? and officer_id = ?")
                .params(caseId, officerId)
                .update();
        db.sql(
                        """
                        update cases.case_officer set lead = true
                        where case_id = :case and officer_id = (
                            select officer_id from cases.case_officer where case_id = :case order by officer_id limit 1)
                          and not exists (select 1 from cases.case_officer where case_id = :case and lead)
                        """)
                .param("case", caseId)
                .update();
    }

    void addOfficer(UUID caseId, UUID officerId, boolean lead) {
        db.sql("insert into cases.case_officer (case_id, officer_id, lead) values (?, ?, ?) on conflict do nothing")
                .params(caseId, officerId, lead)
                .update();
    }

    Optional<CaseState> find(UUID id) {
        return db.sql("select * from cases.enforcement_case where id = ?")
                .param(id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    /**
     * The cases of the units that match every criterion, newest first.
     *
     * @param criteria the checked filter, in SQL terms
     */
    PageOf<CaseSummary> search(Collection<UUID> unitIds, Criteria criteria, PageQuery page) {
        if (unitIds.isEmpty()
                || criteria.caseIds() != null && criteria.caseIds().isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        var where = new StringBuilder("c.unit_id in (:units)");
        var params = new java.util.HashMap<String, Object>();
        params.put("units", unitIds);
        params.put("today", criteria.today());
        if (criteria.caseIds() != null) {
            where.append(" and c.id in (:ids)");
            params.put("ids", criteria.caseIds());
        }
        if (criteria.title() != null) {
            where.append(" and strpos(lower(c.title), lower(:title)) > 0");
            params.put("title", criteria.title());
        }
        if (criteria.party() != null) {
            where.append(" and exists (select 1 from cases.case_party p where p.case_id = c.id"
                    + " and strpos(lower(p.name), lower(:party)) > 0)");
            params.put("party", criteria.party());
        }
        if (criteria.identity() != null) {
            where.append(" and exists (select 1 from cases.case_party p where p.case_id = c.id"
                    + " and (p.credit_code = :identity or p.id_number = :identity))");
            params.put("identity", criteria.identity());
        }
        if (criteria.stage() != null) {
            where.append(" and c.stage = :stage");
            params.put("stage", criteria.stage());
        }
        if (criteria.procedure() != null) {
            where.append(" and c.procedure = :procedure");
            params.put("procedure", criteria.procedure().name());
        }
        if (criteria.officerId() != null) {
            where.append(" and exists (select 1 from cases.case_officer o where o.case_id = c.id"
                    + " and o.officer_id = :officer)");
            params.put("officer", criteria.officerId());
        }
        if (criteria.unitId() != null) {
            where.append(" and c.unit_id = :unit");
            params.put("unit", criteria.unitId());
        }
        if (criteria.dueBy() != null) {
            where.append(" and exists (select 1 from cases.case_deadline d where d.case_id = c.id"
                    + " and d.met_on is null and d.due_on between :today and :dueBy)");
            params.put("dueBy", criteria.dueBy());
        }
        if (criteria.overdue()) {
            where.append(" and exists (select 1 from cases.case_deadline d where d.case_id = c.id"
                    + " and d.met_on is null and d.due_on < :today)");
        }
        if (criteria.waiting() != null) {
            var waiting = criteria.waiting();
            where.append(" and c.unit_id = :ownUnit and (c.procedure || ':' || c.stage in (:roleStages)");
            params.put("ownUnit", waiting.unitId());
            params.put("roleStages", withPlaceholder(waiting.roleStages()));
            if (waiting.officerId() != null) {
                where.append(" or c.procedure || ':' || c.stage in (:officerStages) and exists (select 1"
                        + " from cases.case_officer o where o.case_id = c.id and o.officer_id = :me)");
                params.put("officerStages", withPlaceholder(waiting.officerStages()));
                params.put("me", waiting.officerId());
            }
            where.append(")");
        }
        if (criteria.mine() != null) {
            var mine = criteria.mine();
            where.append(" and (c.created_by = :username"
                    + " or exists (select 1 from cases.case_act a where a.case_id = c.id and a.actor = :username)");
            params.put("username", mine.username());
            if (mine.officerId() != null) {
                where.append(" or exists (select 1 from cases.case_officer o where o.case_id = c.id"
                        + " and o.officer_id = :mineOfficer)");
                params.put("mineOfficer", mine.officerId());
            }
            where.append(")");
        }
        long total = db.sql("select count(*) from cases.enforcement_case c where " + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0 || page.offset() >= total) {
            return new PageOf<>(List.of(), page.number(), page.size(), total);
        }
        params.put("limit", page.size());
        params.put("offset", page.offset());
        var content = db.sql(
                        """
                        select c.id, c.unit_id, c.procedure, c.stage, c.title, c.created_at,
                               (select min(d.due_on) from cases.case_deadline d where d.case_id = c.id and d.met_on is null)
                                   as next_due,
                               (select string_agg(p.name, '、' order by p.name, p.id) from cases.case_party p
                                   where p.case_id = c.id) as parties
                        from cases.enforcement_case c where
                        """
                                + where
                                + " order by c.created_at desc, c.id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> new CaseSummary(
                        rs.getObject("id", UUID.class),
                        ProcedureKind.valueOf(rs.getString("procedure")),
                        rs.getString("stage"),
                        rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("next_due", LocalDate.class),
                        rs.getObject("unit_id", UUID.class),
                        rs.getString("parties") == null ? "" : rs.getString("parties")))
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    /** An empty list is no valid SQL in {@code in (…)}: a value no stage has stands for none. */
    private static Collection<String> withPlaceholder(Collection<String> values) {
        return values.isEmpty() ? List.of("-") : values;
    }

    /**
     * A checked case filter as the query applies it: null parts do not narrow.
     *
     * @param caseIds only these cases (found by 文号), or null for any
     * @param dueBy a running deadline falls due between today and this day
     */
    record Criteria(
            LocalDate today,
            Collection<UUID> caseIds,
            String title,
            String party,
            String identity,
            String stage,
            ProcedureKind procedure,
            UUID officerId,
            UUID unitId,
            LocalDate dueBy,
            boolean overdue,
            Waiting waiting,
            Mine mine) {}

    /**
     * What waits for a person: in their unit, cases standing in a stage whose action one of their roles may take
     * ({@code procedure:stage}), or one open to officers when they are an officer of the case.
     */
    record Waiting(UUID unitId, Collection<String> roleStages, Collection<String> officerStages, UUID officerId) {}

    /** A person's own cases: opened by them, acted in by them, or handled by them as an officer. */
    record Mine(String username, UUID officerId) {}

    /** Moves the case if nobody changed it since it was read; false when someone did. */
    boolean advance(CaseState state, String toStage) {
        return db.sql(
                                """
                                update cases.enforcement_case set stage = ?, version = version + 1
                                where id = ? and version = ?
                                """)
                        .params(toStage, state.id(), state.version())
                        .update()
                == 1;
    }

    /** Links an inspection to the penalty case it turned into. */
    void link(UUID origin, UUID followUp) {
        db.sql("update cases.enforcement_case set follow_up_case_id = ? where id = ?")
                .params(followUp, origin)
                .update();
        db.sql("update cases.enforcement_case set origin_case_id = ? where id = ?")
                .params(origin, followUp)
                .update();
    }

    void markFiled(UUID id, LocalDate on) {
        db.sql("update cases.enforcement_case set filed_on = ? where id = ?")
                .params(on, id)
                .update();
    }

    /** Records what the review module says of the current proposal (L2): major by the named rule, or not (null). */
    void majorBy(UUID id, String rule) {
        db.sql("update cases.enforcement_case set proposal_major = ?, proposal_major_rule = ? where id = ?")
                .params(rule != null, rule, id)
                .update();
    }

    /**
     * @param departure the entry of the published list the proposal departs from (its reason is then the proposal's),
     *     or null
     */
    void propose(UUID id, Proposal proposal, boolean outOfRange, org.sunlight.catalog.PenaltyAdjustment departure) {
        db.sql(
                        """
                        update cases.enforcement_case set proposal_kind = ?, proposal_fine = ?, proposal_text = ?,
                            proposal_complex = ?, proposal_item_code = ?, proposal_circumstance = ?,
                            proposal_out_of_range = ?, proposal_out_of_range_reason = ?,
                            proposal_mitigation = ?, proposal_ground = ?,
                            proposal_list_departure = ?, proposal_list_departure_reason = ?
                        where id = ?
                        """)
                .params(
                        proposal.kind().name(),
                        proposal.fine(),
                        proposal.text(),
                        proposal.major(),
                        proposal.itemCode(),
                        proposal.circumstance(),
                        outOfRange,
                        outOfRange ? proposal.outOfRangeReason().strip() : null,
                        proposal.mitigation() == null
                                ? null
                                : proposal.mitigation().name(),
                        proposal.ground() == null ? null : proposal.ground().name(),
                        departure == null ? null : departure.code(),
                        departure == null
                                ? null
                                : proposal.listDepartureReason().strip(),
                        id)
                .update();
    }

    /** The hearing was held now: a decision after it needs a review made on the hearing record (第五十八条). */
    void holdHearing(UUID id) {
        db.sql("update cases.enforcement_case set hearing_held_at = ? where id = ?")
                .params(now(), id)
                .update();
    }

    void holdCollectiveDiscussion(UUID id) {
        db.sql("update cases.enforcement_case set collective_held_version = proposal_version where id = ?")
                .param(id)
                .update();
    }

    void closeStatement(UUID id) {
        db.sql("update cases.enforcement_case set statement_closed = true where id = ?")
                .param(id)
                .update();
    }

    void scheduleHearing(UUID id, LocalDate notifiedOn, LocalDate hearingOn, String hearingPlace) {
        db.sql(
                        "update cases.enforcement_case set hearing_notified_on = ?, hearing_on = ?, hearing_place = ? where id = ?")
                .params(notifiedOn, hearingOn, hearingPlace, id)
                .update();
    }

    void recordAct(
            UUID caseId,
            Transition transition,
            String actor,
            String note,
            LocalDate receivedOn,
            ServiceMethod serviceMethod,
            ActingOfficers acting,
            InquiryRecord inquiry,
            SiteRecord siteRecord) {
        db.sql(
                        """
                        insert into cases.case_act (case_id, action, from_stage, to_stage, actor, note, documents,
                            received_on, service_method, officer_id, companion_id, refused_to_sign, acted_at, inquiry,
                            site_record)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)
                        """)
                .params(
                        caseId,
                        transition.action().id(),
                        transition.from(),
                        transition.to(),
                        actor,
                        note == null ? "" : note,
                        transition.documents().stream().map(Enum::name).toArray(String[]::new),
                        receivedOn,
                        serviceMethod == null ? null : serviceMethod.name(),
                        acting.officerId(),
                        acting.companionId(),
                        acting.refusedToSign(),
                        now(),
                        inquiry == null ? null : json(inquiry),
                        siteRecord == null ? null : json(siteRecord))
                .update();
    }

    /** Who an act is about and who acted with its actor (行政处罚法 第四十二条), and a refusal to sign (第五十二条). */
    record ActingOfficers(UUID officerId, UUID companionId, boolean refusedToSign) {}

    List<CaseView.Act> acts(UUID caseId) {
        return db.sql("select * from cases.case_act where case_id = ? order by id")
                .param(caseId)
                .query((rs, row) -> new CaseView.Act(
                        CaseAction.of(rs.getString("action")),
                        rs.getString("from_stage"),
                        rs.getString("to_stage"),
                        rs.getString("actor"),
                        rs.getTimestamp("acted_at").toInstant(),
                        rs.getString("note"),
                        List.of((String[]) rs.getArray("documents").getArray()),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("service_method") == null
                                ? null
                                : ServiceMethod.valueOf(rs.getString("service_method")),
                        rs.getObject("officer_id", UUID.class),
                        rs.getObject("companion_id", UUID.class),
                        rs.getBoolean("refused_to_sign"),
                        read(rs.getString("inquiry"), InquiryRecord.class),
                        read(rs.getString("site_record"), SiteRecord.class)))
                .list();
    }

    /** A structured record (询问笔录, 现场检查笔录) as the act keeps it. */
    private String json(Record record) {
        try {
            return json.writeValueAsString(record);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("record not written", e);
        }
    }

    private <T extends Record> T read(String stored, Class<T> type) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("record not read", e);
        }
    }

    void startDeadline(UUID caseId, DeadlineRule rule, LocalDate started, LocalDate due, boolean uncertain) {
        startDeadline(caseId, rule, started, due, uncertain, null);
    }

    /**
     * Starts (or starts again) the rule's period; {@code days} is the length of a period counted in calendar days,
     * before its last day was moved off a rest day (null for working days).
     */
    void startDeadline(
            UUID caseId, DeadlineRule rule, LocalDate started, LocalDate due, boolean uncertain, Integer days) {
        db.sql(
                        """
                        insert into cases.case_deadline (case_id, rule, basis, started_on, due_on, uncertain, days)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (case_id, rule) do update
                        set started_on = excluded.started_on, due_on = excluded.due_on, uncertain = excluded.uncertain,
                            days = excluded.days, met_on = null
                        """)
                .params(caseId, rule.id(), rule.basis(), started, due, uncertain, days)
                .update();
    }

    /**
     * The length in calendar days of the running period, as counted before its end was moved off a rest day; for a
     * period started before lengths were kept, the days up to its end as it stands.
     */
    Optional<Integer> calendarDays(UUID caseId, String rule) {
        return db.sql(
                        """
                        select coalesce(days, due_on - started_on) from cases.case_deadline
                        where case_id = ? and rule = ? and met_on is null
                        """)
                .params(caseId, rule)
                .query(Integer.class)
                .optional();
    }

    /** The running period is now {@code days} calendar days long and ends on {@code due} (moved off a rest day). */
    void lengthenDeadline(UUID caseId, String rule, int days, LocalDate due, boolean uncertain) {
        db.sql(
                        """
                        update cases.case_deadline set days = ?, due_on = ?, uncertain = uncertain or ?
                        where case_id = ? and rule = ? and met_on is null
                        """)
                .params(days, due, uncertain, caseId, rule)
                .update();
    }

    void meetDeadline(UUID caseId, String rule, LocalDate on) {
        db.sql("update cases.case_deadline set met_on = ? where case_id = ? and rule = ? and met_on is null")
                .params(on, caseId, rule)
                .update();
    }

    Optional<CaseView.Deadline> deadline(UUID caseId, String rule) {
        return deadlines(caseId).stream().filter(d -> d.rule().equals(rule)).findFirst();
    }

    List<CaseView.Deadline> deadlines(UUID caseId) {
        return db.sql("select * from cases.case_deadline where case_id = ? order by started_on, due_on")
                .param(caseId)
                .query((rs, row) -> new CaseView.Deadline(
                        rs.getString("rule"),
                        rs.getString("basis"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("uncertain"),
                        rs.getObject("met_on", LocalDate.class)))
                .list();
    }

    /** Running deadlines past their day, in the units. */
    long overdue(Collection<UUID> unitIds, LocalDate today) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return db.sql(
                        """
                        select count(*) from cases.case_deadline d join cases.enforcement_case c on c.id = d.case_id
                        where c.unit_id in (:units) and d.met_on is null and d.due_on < :today
                        """)
                .param("units", unitIds)
                .param("today", today)
                .query(Long.class)
                .single();
    }

    private CaseState map(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var parties = db.sql("select * from cases.case_party where case_id = ? order by name, id")
                .param(id)
                .query((p, row) -> new Party(
                        p.getObject("id", UUID.class),
                        PartyKind.valueOf(p.getString("kind")),
                        p.getString("name"),
                        p.getString("id_number"),
                        p.getString("credit_code"),
                        p.getString("address")))
                .list();
        var officers = db.sql(
                        "select officer_id from cases.case_officer where case_id = ? order by lead desc, officer_id")
                .param(id)
                .query(UUID.class)
                .list();
        var kind = rs.getString("proposal_kind");
        return new CaseState(
                id,
                rs.getObject("unit_id", UUID.class),
                ProcedureKind.valueOf(rs.getString("procedure")),
                rs.getString("stage"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("item_code"),
                rs.getObject("filed_on", LocalDate.class),
                kind == null ? null : ProposalKind.valueOf(kind),
                rs.getObject("proposal_fine", BigDecimal.class),
                rs.getString("proposal_text"),
                rs.getBoolean("proposal_major"),
                rs.getString("proposal_major_rule"),
                rs.getString("proposal_item_code"),
                rs.getString("proposal_circumstance"),
                rs.getBoolean("proposal_out_of_range"),
                rs.getString("proposal_out_of_range_reason"),
                rs.getBoolean("proposal_complex"),
                rs.getInt("proposal_version"),
                (Integer) rs.getObject("collective_held_version"),
                rs.getBoolean("statement_closed"),
                rs.getObject("hearing_notified_on", LocalDate.class),
                rs.getObject("hearing_on", LocalDate.class),
                rs.getTimestamp("hearing_held_at") == null
                        ? null
                        : rs.getTimestamp("hearing_held_at").toInstant(),
                rs.getInt("version"),
                rs.getObject("origin_case_id", UUID.class),
                rs.getObject("follow_up_case_id", UUID.class),
                parties,
                officers,
                new Violation(
                        rs.getObject("violation_on", LocalDate.class),
                        rs.getObject("violation_ended_on", LocalDate.class),
                        rs.getBoolean("violation_continuing"),
                        rs.getBoolean("violation_health_harmed")),
                rs.getString("proposal_mitigation") == null
                        ? null
                        : Mitigation.valueOf(rs.getString("proposal_mitigation")),
                rs.getString("proposal_ground") == null ? null : LegalGround.valueOf(rs.getString("proposal_ground")),
                rs.getString("proposal_list_departure"),
                rs.getString("proposal_list_departure_reason"),
                rs.getObject("licence_valid_until", LocalDate.class),
                rs.getString("hearing_place"));
    }

    /** The identities of the parties of the unit's cases whose stage is none of the given ended ones. */
    java.util.Set<String> partiesUnderOpenCases(UUID unitId, java.util.Collection<String> endedStages) {
        return new java.util.HashSet<>(db.sql(
                        """
                        select distinct coalesce(p.credit_code, p.id_number) from cases.case_party p
                        join cases.enforcement_case c on c.id = p.case_id
                        where c.unit_id = :unit and not (c.procedure || ':' || c.stage in (:ended))
                        """)
                .param("unit", unitId)
                .param("ended", endedStages)
                .query(String.class)
                .list());
    }
}
