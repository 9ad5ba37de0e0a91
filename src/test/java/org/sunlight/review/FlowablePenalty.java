package org.sunlight.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.persistence.StrongUuidGenerator;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.util.CommandContextUtil;

/**
 * The general penalty procedure of {@link CaseEngineBenchmark} on Flowable 7.2, on its own database of the same
 * PostgreSQL: the stages are user tasks of {@code bench/general-penalty.bpmn20.xml}, every transition a service task
 * ({@link Transition}) that checks, in the transaction of the task's completion, what Sunlight's engine checks on the
 * same path — the actor's role, two officers with valid certificates, the party, a recorded proposal, a written
 * agreeing opinion of the current proposal version for a major proposal (the review gate, with a decision check row),
 * the collective discussion of a major proposal, the statement period, the recording exemption's reason — and then
 * writes the step's facts (proposal and its version, review submission assigned to the least loaded reviewer, opinion,
 * deadlines, disclosure entry) and one audit row with its leaf hash. Whether a proposal is major is read from a scope
 * rule table, as Sunlight reads its published list. Flowable keeps its own runtime and history tables (history level
 * audit, strong UUIDs, no async executor, IDM and event registry engines off).
 */
public final class FlowablePenalty implements AutoCloseable {

    static final Set<String> LEADER = Set.of("LEADER");
    static final Set<String> OFFICER = Set.of("OFFICER");
    static final Set<String> REVIEWER = Set.of("REVIEWER");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.system(ZONE);

    /** Who acts: passed with each completion as a transient variable, as the logged-in user is in Sunlight. */
    record Actor(String username, UUID unitId, Set<String> roles) {}

    /** What opening a case carries. */
    record Opening(
            UUID unitId,
            String title,
            String summary,
            String partyKind,
            String partyName,
            String identity,
            List<UUID> officerIds) {}

    enum Rule {
        PARTY_IDENTIFIED,
        TWO_CERTIFIED_OFFICERS,
        PROPOSAL_RECORDED,
        MAJOR_DECISION_REVIEWED,
        COLLECTIVE_DISCUSSION_HELD,
        STATEMENT_PERIOD_OVER,
        REVIEW_OPINION_WRITTEN,
        RECORDING_OR_REASON
    }

    /** A transition of the procedure, as Procedures declares it for Sunlight. */
    record Step(String from, String to, Set<String> roles, List<Rule> rules, List<String> documents) {}

    static final Map<String, Step> STEPS = Map.ofEntries(
            Map.entry(
                    "file",
                    new Step("clue", "filed", LEADER, List.of(Rule.PARTY_IDENTIFIED), List.of("FILING_REPORT"))),
            Map.entry(
                    "begin-investigation",
                    new Step("filed", "investigation", OFFICER, List.of(Rule.TWO_CERTIFIED_OFFICERS), List.of())),
            Map.entry(
                    "conclude-investigation",
                    new Step(
                            "investigation",
                            "case-discussion",
                            OFFICER,
                            List.of(Rule.TWO_CERTIFIED_OFFICERS),
                            List.of())),
            Map.entry(
                    "propose",
                    new Step("case-discussion", "case-discussion", OFFICER, List.of(), List.of("DISCUSSION_RECORD"))),
            Map.entry(
                    "submit-for-review",
                    new Step("case-discussion", "legal-review", OFFICER, List.of(Rule.PROPOSAL_RECORDED), List.of())),
            Map.entry(
                    "review-agreed",
                    new Step(
                            "legal-review",
                            "collective-discussion",
                            REVIEWER,
                            List.of(Rule.REVIEW_OPINION_WRITTEN),
                            List.of())),
            Map.entry(
                    "discuss-collectively",
                    new Step(
                            "collective-discussion",
                            "case-discussion",
                            LEADER,
                            List.of(),
                            List.of("COLLECTIVE_DISCUSSION_RECORD"))),
            Map.entry(
                    "notify",
                    new Step(
                            "case-discussion",
                            "advance-notice",
                            OFFICER,
                            List.of(
                                    Rule.PROPOSAL_RECORDED,
                                    Rule.MAJOR_DECISION_REVIEWED,
                                    Rule.COLLECTIVE_DISCUSSION_HELD),
                            List.of("ADVANCE_NOTICE"))),
            Map.entry(
                    "close-statement",
                    new Step(
                            "advance-notice",
                            "decision-pending",
                            OFFICER,
                            List.of(Rule.STATEMENT_PERIOD_OVER),
                            List.of())),
            Map.entry(
                    "decide",
                    new Step(
                            "decision-pending",
                            "decided",
                            LEADER,
                            List.of(
                                    Rule.PROPOSAL_RECORDED,
                                    Rule.MAJOR_DECISION_REVIEWED,
                                    Rule.COLLECTIVE_DISCUSSION_HELD),
                            List.of("PENALTY_DECISION"))),
            Map.entry(
                    "serve",
                    new Step(
                            "decided",
                            "served",
                            OFFICER,
                            List.of(Rule.RECORDING_OR_REASON),
                            List.of("SERVICE_RECEIPT"))),
            Map.entry("record-payment", new Step("served", "executed", OFFICER, List.of(), List.of())),
            Map.entry("close", new Step("executed", "closed", LEADER, List.of(), List.of("CLOSING_REPORT"))),
            Map.entry("archive", new Step("closed", "archived", Set.of("OFFICER", "ADMIN"), List.of(), List.of())));

    private static final List<String> ELEMENTS =
            List.of("SHYS-01", "SHYS-02", "SHYS-03", "SHYS-04", "SHYS-05", "SHYS-06", "SHYS-07", "SHYS-08");

    private final DataSource dataSource;
    private final ProcessEngine engine;
    private final UUID unitId = UUID.randomUUID();
    private final List<UUID> officers = new ArrayList<>();
    private final Actor officer;
    private final Actor leader;
    private final Map<String, Actor> reviewers;

    private FlowablePenalty(DataSource dataSource, ProcessEngine engine) throws SQLException {
        this.dataSource = dataSource;
        this.engine = engine;
        officer = new Actor("qufu-officer", unitId, OFFICER);
        leader = new Actor("qufu-leader", unitId, LEADER);
        reviewers = Map.of(
                "qufu-reviewer", new Actor("qufu-reviewer", unitId, REVIEWER),
                "qufu-reviewer2", new Actor("qufu-reviewer2", unitId, Set.of("REVIEWER", "OFFICER")));
        try (var connection = dataSource.getConnection()) {
            fixture(connection);
        }
    }

    /** Creates the domain tables, starts the engine on the data source and deploys the procedure. */
    static FlowablePenalty start(DataSource dataSource) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(
                    """
                    create schema penalty;
                    create table penalty.officer (id uuid primary key, unit_id uuid not null, name text not null,
                        certificate_no text not null, valid_until date not null, status text not null);
                    create table penalty.reviewer (username text primary key, unit_id uuid not null, officer_id uuid);
                    create table penalty.review_element (unit_id uuid not null, code text not null, name text not null,
                        primary key (unit_id, code));
                    create table penalty.scope_rule (unit_id uuid not null, kind text not null, party_kind text,
                        threshold numeric(14, 2), name text not null);
                    create table penalty.penalty_case (id uuid primary key, unit_id uuid not null, title text not null,
                        summary text not null, stage text not null, filed_on date, proposal_kind text,
                        proposal_fine numeric(14, 2), proposal_text text, proposal_complex boolean not null default false,
                        proposal_major_rule text, proposal_version int not null default 0, collective_version int,
                        statement_closed boolean not null default false, created_by text not null,
                        updated_at timestamptz not null);
                    create table penalty.party (case_id uuid not null references penalty.penalty_case,
                        kind text not null, name text not null, identity text not null);
                    create index on penalty.party (case_id);
                    create table penalty.case_officer (case_id uuid not null references penalty.penalty_case,
                        officer_id uuid not null references penalty.officer, lead boolean not null,
                        primary key (case_id, officer_id));
                    create table penalty.deadline (case_id uuid not null, rule text not null, started_on date not null,
                        due_on date not null, met_on date, primary key (case_id, rule));
                    create table penalty.submission (id uuid primary key, case_id uuid not null, unit_id uuid not null,
                        version int not null, proposal_version int not null, package jsonb not null,
                        submitted_by text not null, submitted_at timestamptz not null, reviewer text,
                        answered_at timestamptz, unique (case_id, version));
                    create index on penalty.submission (reviewer) where answered_at is null;
                    create table penalty.opinion (submission_id uuid primary key references penalty.submission,
                        verdict text not null, text text not null, checklist jsonb not null, reviewer text not null,
                        written_at timestamptz not null);
                    create table penalty.decision_check (case_id uuid not null, proposal_version int not null,
                        action text not null, major_rule text, cleared_by uuid, actor text not null,
                        at timestamptz not null);
                    create table penalty.disclosure (case_id uuid primary key, unit_id uuid not null, title text not null,
                        decided_on date not null, due_on date not null, fulfilment text);
                    create table penalty.recording_exemption (case_id uuid not null, action text not null,
                        reason text not null, actor text not null, at timestamptz not null);
                    create table penalty.audit_entry (leaf_index bigserial primary key, kind text not null,
                        at timestamptz not null, actor text not null, subject text not null, record_id text not null,
                        case_id uuid, unit_id uuid, detail jsonb, leaf_hash bytea not null);
                    create index on penalty.audit_entry (case_id);
                    """);
        }
        var configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setAsyncExecutorActivate(false);
        configuration.setDisableIdmEngine(true);
        configuration.setDisableEventRegistry(true);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistoryLevel(HistoryLevel.AUDIT);
        var engine = configuration.buildProcessEngine();
        engine.getRepositoryService()
                .createDeployment()
                .addClasspathResource("bench/general-penalty.bpmn20.xml")
                .deploy();
        return new FlowablePenalty(dataSource, engine);
    }

    private void fixture(Connection connection) throws SQLException {
        var today = LocalDate.now(CLOCK);
        for (int i = 0; i < 20; i++) {
            var id = UUID.randomUUID();
            officers.add(id);
            update(
                    connection,
                    "insert into penalty.officer values (?, ?, ?, ?, ?, 'VALID')",
                    id,
                    unitId,
                    "执法人员" + i,
                    "37088100" + i,
                    Date.valueOf(today.plusYears(2)));
        }
        update(connection, "insert into penalty.reviewer values ('qufu-reviewer', ?, null)", unitId);
        // the reviewer who is also an officer never reviews a case they handle
        update(connection, "insert into penalty.reviewer values ('qufu-reviewer2', ?, ?)", unitId, officers.get(2));
        for (var code : ELEMENTS) {
            update(connection, "insert into penalty.review_element values (?, ?, ?)", unitId, code, "审核要素 " + code);
        }
        update(
                connection,
                "insert into penalty.scope_rule values (?, 'FINE', 'INDIVIDUAL', 10000, '对公民处以较大数额罚款')",
                unitId);
        update(
                connection,
                "insert into penalty.scope_rule values (?, 'FINE', 'ORGANISATION', 50000, '对法人或其他组织处以较大数额罚款')",
                unitId);
        update(connection, "insert into penalty.scope_rule values (?, 'CONFISCATION', null, 50000, '没收较大数额')", unitId);
        update(connection, "insert into penalty.scope_rule values (?, 'REVOCATION', null, null, '吊销许可证件')", unitId);
    }

    /** One whole case on Flowable, clue to archive: 14 transitions, each a task query and its completion. */
    void runCase(int client, long number, TransitionLoad.Acts acts) throws Exception {
        boolean citizen = number % 4 >= 2;
        var fine = new BigDecimal(
                switch ((int) (number % 4)) {
                    case 0 -> "3000";
                    case 1 -> "150000";
                    case 2 -> "2000";
                    default -> "20000";
                });
        var opening = new Opening(
                unitId,
                "基准案件 " + client + "-" + number,
                "未取得医疗机构执业许可证擅自执业",
                citizen ? "INDIVIDUAL" : "ORGANISATION",
                citizen ? "孙某某" : "曲阜市某某诊所",
                citizen ? "11010519491231002X" : "91350100M000100Y43",
                List.of(officers.get(0), officers.get(1)));
        var instance = engine.getRuntimeService()
                .createProcessInstanceBuilder()
                .processDefinitionKey("generalPenalty")
                .businessKey(UUID.randomUUID().toString())
                .transientVariable("action", "open")
                .transientVariable("actor", officer)
                .transientVariable("opening", opening)
                .start();
        var id = instance.getId();
        act(acts, id, leader, "file", Map.of());
        act(acts, id, officer, "begin-investigation", Map.of());
        act(acts, id, officer, "conclude-investigation", Map.of());
        act(acts, id, officer, "propose", Map.of("proposalKind", "FINE", "proposalFine", fine, "proposalText", "罚款"));
        act(acts, id, officer, "submit-for-review", Map.of());
        acts.act("review-agreed", () -> {
            var task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(id)
                    .singleResult();
            engine.getTaskService()
                    .complete(
                            task.getId(),
                            (Map<String, Object>) null,
                            Map.of(
                                    "action",
                                    "review-agreed",
                                    "actor",
                                    reviewers.get(task.getAssignee()),
                                    "verdict",
                                    "AGREE",
                                    "opinion",
                                    "经审核，事实清楚，证据充分，同意。",
                                    "checklist",
                                    ELEMENTS));
            return null;
        });
        act(acts, id, leader, "discuss-collectively", Map.of());
        act(acts, id, officer, "notify", Map.of());
        act(acts, id, officer, "close-statement", Map.of("waived", true));
        act(acts, id, leader, "decide", Map.of());
        act(acts, id, officer, "serve", Map.of("reason", "执法记录仪故障"));
        act(acts, id, officer, "record-payment", Map.of());
        act(acts, id, leader, "close", Map.of());
        act(acts, id, officer, "archive", Map.of());
    }

    private void act(TransitionLoad.Acts acts, String instance, Actor actor, String action, Map<String, Object> input)
            throws Exception {
        acts.act(action, () -> {
            var task = engine.getTaskService()
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .singleResult();
            var variables = new java.util.HashMap<String, Object>(input);
            variables.put("action", action);
            variables.put("actor", actor);
            engine.getTaskService().complete(task.getId(), (Map<String, Object>) null, variables);
            return null;
        });
    }

    /** Every archived case has its 14 transitions audited, and Flowable holds no running instance of it. */
    void checkEveryCaseAudited() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            long archived = count(connection, "select count(*) from penalty.penalty_case where stage = 'archived'");
            long audited = count(
                    connection,
                    """
                    select count(*) from penalty.audit_entry e join penalty.penalty_case c on c.id = e.case_id
                    where c.stage = 'archived' and e.kind = 'CASE_ACT'
                    """);
            long finished = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .finished()
                    .count();
            System.out.printf(
                    "BENCHMARK Flowable: %d cases archived with %d audit rows, %d process instances finished%n",
                    archived, audited, finished);
            assertThat(audited).isEqualTo(archived * 14);
            assertThat(finished).isEqualTo(archived);
        }
    }

    @Override
    public void close() {
        engine.close();
    }

    /**
     * Every transition of the procedure: refuses what Sunlight's engine refuses on this path, writes what the step
     * changes and an audit row, all in the transaction of the task's completion (Flowable's command's connection).
     */
    public static final class Transition implements JavaDelegate {

        @Override
        public void execute(DelegateExecution execution) {
            var action = execution.getCurrentActivityId();
            var actor = (Actor) execution.getTransientVariable("actor");
            if (!action.equals(execution.getTransientVariable("action"))) {
                throw new FlowableException("ACTION_NOT_AVAILABLE: " + execution.getTransientVariable("action"));
            }
            var connection =
                    CommandContextUtil.getDbSqlSession().getSqlSession().getConnection();
            try {
                if (action.equals("open")) {
                    open(connection, execution, actor);
                    return;
                }
                transition(connection, execution, action, STEPS.get(action), actor);
            } catch (SQLException e) {
                throw new FlowableException("database", e);
            }
        }

        private static void open(Connection connection, DelegateExecution execution, Actor actor) throws SQLException {
            var opening = (Opening) execution.getTransientVariable("opening");
            var id = UUID.randomUUID();
            execution.setVariable("caseId", id.toString());
            update(
                    connection,
                    "insert into penalty.penalty_case (id, unit_id, title, summary, stage, created_by, updated_at)"
                            + " values (?, ?, ?, ?, 'clue', ?, now())",
                    id,
                    opening.unitId(),
                    opening.title(),
                    opening.summary(),
                    actor.username());
            update(
                    connection,
                    "insert into penalty.party values (?, ?, ?, ?)",
                    id,
                    opening.partyKind(),
                    opening.partyName(),
                    opening.identity());
            for (int i = 0; i < opening.officerIds().size(); i++) {
                update(
                        connection,
                        "insert into penalty.case_officer values (?, ?, ?)",
                        id,
                        opening.officerIds().get(i),
                        i == 0);
            }
            audit(connection, "CASE_OPENED", actor, id, opening.unitId(), "{\"procedure\":\"GENERAL_PENALTY\"}");
        }

        private static void transition(
                Connection connection, DelegateExecution execution, String action, Step step, Actor actor)
                throws SQLException {
            if (actor == null || actor.roles().stream().noneMatch(step.roles()::contains)) {
                throw new FlowableException("ROLE_MISSING: " + step.roles());
            }
            var caseId = UUID.fromString((String) execution.getVariable("caseId"));
            var kase = Case.load(connection, caseId);
            if (!kase.stage().equals(step.from()) || !kase.unitId().equals(actor.unitId())) {
                throw new FlowableException("ACTION_NOT_AVAILABLE in " + kase.stage());
            }
            var today = LocalDate.now(CLOCK);
            UUID clearedBy = null;
            for (var rule : step.rules()) {
                switch (rule) {
                    case PARTY_IDENTIFIED -> require(
                            count(connection, "select count(*) from penalty.party where case_id = ?", caseId) > 0,
                            rule);
                    case TWO_CERTIFIED_OFFICERS -> require(
                            count(
                                            connection,
                                            """
                                            select count(*) from penalty.case_officer c
                                            join penalty.officer o on o.id = c.officer_id
                                            where c.case_id = ? and o.status = 'VALID' and o.valid_until >= ?
                                            """,
                                            caseId,
                                            Date.valueOf(today))
                                    >= 2,
                            rule);
                    case PROPOSAL_RECORDED -> require(kase.proposalKind() != null, rule);
                    case MAJOR_DECISION_REVIEWED -> {
                        clearedBy = clearance(connection, caseId, kase.proposalVersion());
                        require(kase.majorRule() == null || clearedBy != null, rule);
                    }
                    case COLLECTIVE_DISCUSSION_HELD -> require(
                            kase.majorRule() == null
                                    || Integer.valueOf(kase.proposalVersion()).equals(kase.collectiveVersion()),
                            rule);
                    case STATEMENT_PERIOD_OVER -> require(
                            Boolean.TRUE.equals(execution.getTransientVariable("waived"))
                                    || count(
                                                    connection,
                                                    "select count(*) from penalty.deadline where case_id = ?"
                                                            + " and rule = 'statement' and due_on >= ?",
                                                    caseId,
                                                    Date.valueOf(today))
                                            == 0,
                            rule);
                    case REVIEW_OPINION_WRITTEN -> {
                        // the reviewer's opinion is written with the outcome, as LegalReviews.writeOpinion does
                        writeOpinion(connection, execution, caseId, kase, actor);
                    }
                    case RECORDING_OR_REASON -> {
                        var reason = (String) execution.getTransientVariable("reason");
                        require(reason != null && reason.strip().length() >= 2, rule);
                        update(
                                connection,
                                "insert into penalty.recording_exemption values (?, ?, ?, ?, now())",
                                caseId,
                                action,
                                reason.strip(),
                                actor.username());
                    }
                }
            }
            effect(connection, execution, action, caseId, kase, actor, today);
            if (step.rules().contains(Rule.MAJOR_DECISION_REVIEWED)) {
                update(
                        connection,
                        "insert into penalty.decision_check values (?, ?, ?, ?, ?, ?, now())",
                        caseId,
                        kase.proposalVersion(),
                        action,
                        kase.majorRule(),
                        clearedBy,
                        actor.username());
            }
            update(
                    connection,
                    "update penalty.penalty_case set stage = ?, updated_at = now() where id = ?",
                    step.to(),
                    caseId);
            audit(
                    connection,
                    "CASE_ACT",
                    actor,
                    caseId,
                    kase.unitId(),
                    "{\"procedure\":\"GENERAL_PENALTY\",\"action\":\"" + action + "\",\"from\":\"" + step.from()
                            + "\",\"to\":\"" + step.to() + "\",\"documents\":["
                            + String.join(
                                    ",",
                                    step.documents().stream()
                                            .map(document -> "\"" + document + "\"")
                                            .toList())
                            + "]}");
        }

        private static void effect(
                Connection connection,
                DelegateExecution execution,
                String action,
                UUID caseId,
                Case kase,
                Actor actor,
                LocalDate today)
                throws SQLException {
            switch (action) {
                case "file" -> {
                    update(connection, "update penalty.penalty_case set filed_on = ? where id = ?", today, caseId);
                    deadline(connection, caseId, "case-limit", today, today.plusDays(90));
                }
                case "propose" -> {
                    var kind = (String) execution.getTransientVariable("proposalKind");
                    var fine = (BigDecimal) execution.getTransientVariable("proposalFine");
                    if (kind == null || (fine != null && (fine.signum() <= 0 || fine.scale() > 2))) {
                        throw new FlowableException("proposal");
                    }
                    var major = majorRule(connection, kase.unitId(), caseId, kind, fine);
                    update(
                            connection,
                            """
                            update penalty.penalty_case set proposal_kind = ?, proposal_fine = ?, proposal_text = ?,
                                proposal_major_rule = ?, proposal_version = proposal_version + 1 where id = ?
                            """,
                            kind,
                            fine,
                            execution.getTransientVariable("proposalText"),
                            major,
                            caseId);
                }
                case "submit-for-review" -> {
                    var submission = UUID.randomUUID();
                    var version =
                            count(connection, "select count(*) from penalty.submission where case_id = ?", caseId) + 1;
                    var packageJson = "{\"kind\":\"" + kase.proposalKind() + "\",\"fine\":" + kase.proposalFine()
                            + ",\"text\":\"" + kase.proposalText() + "\",\"major\":"
                            + (kase.majorRule() != null) + ",\"title\":\"" + kase.title() + "\"}";
                    var reviewer = string(
                            connection,
                            """
                            select r.username from penalty.reviewer r
                            left join penalty.submission s on s.reviewer = r.username
                            where r.unit_id = ? and (r.officer_id is null or r.officer_id not in
                                (select officer_id from penalty.case_officer where case_id = ?))
                            group by r.username
                            order by count(s.id) filter (where s.answered_at is null), max(s.submitted_at) nulls first,
                                r.username
                            limit 1
                            """,
                            kase.unitId(),
                            caseId);
                    update(
                            connection,
                            "insert into penalty.submission values (?, ?, ?, ?, ?, ?::jsonb, ?, now(), ?, null)",
                            submission,
                            caseId,
                            kase.unitId(),
                            (int) version,
                            kase.proposalVersion(),
                            packageJson,
                            actor.username(),
                            reviewer);
                    execution.setVariable("reviewer", reviewer);
                }
                case "discuss-collectively" -> update(
                        connection,
                        "update penalty.penalty_case set collective_version = proposal_version where id = ?",
                        caseId);
                case "notify" -> deadline(connection, caseId, "statement", today, today.plusDays(7));
                case "close-statement" -> {
                    update(connection, "update penalty.penalty_case set statement_closed = true where id = ?", caseId);
                    meet(connection, caseId, "statement", today);
                }
                case "decide" -> {
                    meet(connection, caseId, "case-limit", today);
                    deadline(connection, caseId, "service", today, today.plusDays(9));
                    update(
                            connection,
                            "insert into penalty.disclosure values (?, ?, ?, ?, ?, null)",
                            caseId,
                            kase.unitId(),
                            kase.title(),
                            today,
                            today.plusDays(9));
                }
                case "serve" -> {
                    meet(connection, caseId, "service", today);
                    deadline(connection, caseId, "payment", today, today.plusDays(15));
                }
                case "record-payment" -> {
                    meet(connection, caseId, "payment", today);
                    update(connection, "update penalty.disclosure set fulfilment = 'PAID' where case_id = ?", caseId);
                }
                default -> {
                    // the other steps only move the stage
                }
            }
        }

        /** The reviewer assigned to the current submission writes an opinion answering every element. */
        private static void writeOpinion(
                Connection connection, DelegateExecution execution, UUID caseId, Case kase, Actor actor)
                throws SQLException {
            try (var statement = connection.prepareStatement(
                    """
                    select id, reviewer, proposal_version, answered_at from penalty.submission where case_id = ?
                    order by version desc limit 1 for update
                    """)) {
                statement.setObject(1, caseId);
                try (var row = statement.executeQuery()) {
                    require(row.next(), Rule.REVIEW_OPINION_WRITTEN);
                    var submission = row.getObject(1, UUID.class);
                    require(
                            actor.username().equals(row.getString(2))
                                    && row.getInt(3) == kase.proposalVersion()
                                    && row.getTimestamp(4) == null,
                            Rule.REVIEW_OPINION_WRITTEN);
                    @SuppressWarnings("unchecked")
                    var answered = (List<String>) execution.getTransientVariable("checklist");
                    var elements = new ArrayList<String>();
                    try (var query = connection.prepareStatement(
                            "select code from penalty.review_element where unit_id = ? order by code")) {
                        query.setObject(1, kase.unitId());
                        try (var codes = query.executeQuery()) {
                            while (codes.next()) {
                                elements.add(codes.getString(1));
                            }
                        }
                    }
                    require(
                            "AGREE".equals(execution.getTransientVariable("verdict"))
                                    && answered != null
                                    && answered.containsAll(elements),
                            Rule.REVIEW_OPINION_WRITTEN);
                    var checklist = new StringBuilder("[");
                    for (var code : elements) {
                        checklist
                                .append(checklist.length() > 1 ? "," : "")
                                .append("{\"code\":\"")
                                .append(code)
                                .append("\",\"pass\":true}");
                    }
                    update(
                            connection,
                            "insert into penalty.opinion values (?, 'AGREE', ?, ?::jsonb, ?, now())",
                            submission,
                            execution.getTransientVariable("opinion"),
                            checklist.append("]").toString(),
                            actor.username());
                    update(connection, "update penalty.submission set answered_at = now() where id = ?", submission);
                }
            }
        }

        /** The submission of the current proposal version that an agreeing opinion answered. */
        private static UUID clearance(Connection connection, UUID caseId, int proposalVersion) throws SQLException {
            try (var statement = connection.prepareStatement(
                    """
                    select s.id from penalty.submission s join penalty.opinion o on o.submission_id = s.id
                    where s.case_id = ? and s.proposal_version = ? and o.verdict = 'AGREE'
                      and s.version = (select max(version) from penalty.submission where case_id = ?)
                    """)) {
                statement.setObject(1, caseId);
                statement.setInt(2, proposalVersion);
                statement.setObject(3, caseId);
                try (var row = statement.executeQuery()) {
                    return row.next() ? row.getObject(1, UUID.class) : null;
                }
            }
        }

        /** The scope rule that makes the proposal major, by the kind, the party and the amount; null when none. */
        private static String majorRule(Connection connection, UUID unitId, UUID caseId, String kind, BigDecimal fine)
                throws SQLException {
            return string(
                    connection,
                    """
                    select r.name from penalty.scope_rule r
                    where r.unit_id = ? and r.kind = ?
                      and (r.party_kind is null
                           or exists (select 1 from penalty.party p where p.case_id = ? and p.kind = r.party_kind))
                      and (r.threshold is null or ?::numeric >= r.threshold)
                    limit 1
                    """,
                    unitId,
                    kind,
                    caseId,
                    fine);
        }

        private static void deadline(Connection connection, UUID caseId, String rule, LocalDate from, LocalDate due)
                throws SQLException {
            update(connection, "insert into penalty.deadline values (?, ?, ?, ?, null)", caseId, rule, from, due);
        }

        private static void meet(Connection connection, UUID caseId, String rule, LocalDate on) throws SQLException {
            update(
                    connection,
                    "update penalty.deadline set met_on = ? where case_id = ? and rule = ? and met_on is null",
                    on,
                    caseId,
                    rule);
        }

        private static void require(boolean holds, Rule rule) {
            if (!holds) {
                throw new FlowableException("RULE_BROKEN: " + rule);
            }
        }

        /** An audit row with the SHA-256 leaf hash of its canonical JSON, as Sunlight's audit log keeps it. */
        private static void audit(
                Connection connection, String kind, Actor actor, UUID caseId, UUID unitId, String detail)
                throws SQLException {
            var at = Instant.now(CLOCK);
            var canonical = "{\"v\":1,\"kind\":\"" + kind + "\",\"at\":\"" + at + "\",\"actor\":\"" + actor.username()
                    + "\",\"address\":null,\"subject\":\"case\",\"record\":\"" + caseId + "\",\"case\":\"" + caseId
                    + "\",\"unit\":\"" + unitId + "\",\"detail\":" + detail + "}";
            update(
                    connection,
                    "insert into penalty.audit_entry (kind, at, actor, subject, record_id, case_id, unit_id, detail,"
                            + " leaf_hash) values (?, ?, ?, 'case', ?, ?, ?, ?::jsonb, ?)",
                    kind,
                    Timestamp.from(at),
                    actor.username(),
                    caseId.toString(),
                    caseId,
                    unitId,
                    detail,
                    leafHash(canonical));
        }

        private static byte[] leafHash(String canonical) {
            try {
                var digest = MessageDigest.getInstance("SHA-256");
                digest.update((byte) 0);
                return digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The case row a transition reads. */
    record Case(
            UUID id,
            UUID unitId,
            String title,
            String stage,
            String proposalKind,
            BigDecimal proposalFine,
            String proposalText,
            String majorRule,
            int proposalVersion,
            Integer collectiveVersion) {

        static Case load(Connection connection, UUID id) throws SQLException {
            try (var statement = connection.prepareStatement(
                    """
                    select id, unit_id, title, stage, proposal_kind, proposal_fine, proposal_text, proposal_major_rule,
                        proposal_version, collective_version
                    from penalty.penalty_case where id = ?
                    """)) {
                statement.setObject(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    if (!row.next()) {
                        throw new FlowableException("case " + id);
                    }
                    return new Case(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getBigDecimal(6),
                            row.getString(7),
                            row.getString(8),
                            row.getInt(9),
                            (Integer) row.getObject(10));
                }
            }
        }
    }

    static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    static long count(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = prepare(connection, sql, parameters);
                var row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static String string(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = prepare(connection, sql, parameters);
                var row = statement.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        var statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            var parameter = parameters[i];
            if (parameter instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (parameter instanceof byte[] bytes) {
                statement.setBytes(i + 1, bytes);
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }
}
