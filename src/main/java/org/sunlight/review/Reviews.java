package org.sunlight.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The review schema: submissions in versions, their opinions and coordinations. */
@Repository
class Reviews {

    private static final TypeReference<List<ChecklistAnswer>> CHECKLIST = new TypeReference<>() {};

    private final JdbcClient db;
    private final ObjectMapper json;
    private final org.sunlight.platform.ColumnLengths lengths;

    Reviews(JdbcClient db, ObjectMapper json, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.db = db;
        this.json = json;
    }

    UUID insertSubmission(
            UUID caseId,
            UUID unitId,
            String caseTitle,
            int proposalVersion,
            ReviewPackage reviewPackage,
            String submittedBy,
            Instant submittedAt,
            LocalDate dueOn,
            boolean dueUncertain) {
        return db.sql(
                        """
                        insert into review.submission (case_id, unit_id, case_title, version, proposal_version, package,
                            submitted_by, submitted_at, due_on, due_uncertain)
                        values (:caseId, :unitId, :title,
                            (select coalesce(max(version), 0) + 1 from review.submission where case_id = :caseId),
                            :proposalVersion, cast(:package as jsonb), :by, :at, :due, :uncertain)
                        returning id
                        """)
                .param("caseId", caseId)
                .param("unitId", unitId)
                .param("title", caseTitle)
                .param("proposalVersion", proposalVersion)
                .param("package", write(reviewPackage))
                .param("by", submittedBy)
                .param("at", Timestamp.from(submittedAt))
                .param("due", dueOn)
                .param("uncertain", dueUncertain)
                .query(UUID.class)
                .single();
    }

    void assign(UUID submissionId, String reviewer, String reviewerName, String assignedBy, Instant at) {
        db.sql(
                        """
                        update review.submission set reviewer = ?, reviewer_name = ?, assigned_by = ?, assigned_at = ?
                        where id = ? and answered_at is null
                        """)
                .params(reviewer, reviewerName, assignedBy, Timestamp.from(at), submissionId)
                .update();
    }

    /** Records the opinion and marks its submission answered; false when another opinion came first. */
    boolean answer(Submission submission, Opinion opinion) {
        int answered = db.sql("update review.submission set answered_at = ? where id = ? and answered_at is null")
                .params(Timestamp.from(opinion.writtenAt()), submission.id())
                .update();
        if (answered == 0) {
            return false;
        }
        db.sql(
                        """
                        insert into review.opinion (submission_id, case_id, verdict, suspected_crime, text, checklist,
                            reviewer, reviewer_name, written_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)
                        """)
                .params(
                        submission.id(),
                        submission.caseId(),
                        opinion.verdict().name(),
                        opinion.suspectedCrime(),
                        opinion.text(),
                        write(opinion.checklist()),
                        opinion.reviewer(),
                        opinion.reviewerName(),
                        Timestamp.from(opinion.writtenAt()))
                .update();
        return true;
    }

    Optional<Submission> submission(UUID id) {
        return db.sql("select * from review.submission where id = ?")
                .param(id)
                .query(this::mapSubmission)
                .optional();
    }

    /** Every version submitted for the case, the first first. */
    List<Submission> ofCase(UUID caseId) {
        return db.sql("select * from review.submission where case_id = ? order by version")
                .param(caseId)
                .query(this::mapSubmission)
                .list();
    }

    /** Records that a gated transition passed the review's gate on the proposal version (L5), for the database's gate. */
    void recordDecisionCheck(
            UUID caseId,
            int proposalVersion,
            org.sunlight.cases.CaseAction action,
            String proposalKind,
            java.math.BigDecimal amount,
            String majorBecause,
            UUID clearedBy,
            String checkedBy) {
        db.sql(
                        """
                        insert into review.decision_check (case_id, proposal_version, action, proposal_kind, amount,
                            major_because, submission_id, checked_by) values (?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        caseId,
                        proposalVersion,
                        action.id(),
                        proposalKind,
                        amount,
                        majorBecause == null || lengths.fits("review.decision_check.major_because", majorBecause)
                                ? majorBecause
                                : majorBecause.substring(0, lengths.max("review.decision_check.major_because")),
                        clearedBy,
                        checkedBy)
                .update();
    }

    Optional<Submission> latest(UUID caseId) {
        return db.sql("select * from review.submission where case_id = ? order by version desc limit 1")
                .param(caseId)
                .query(this::mapSubmission)
                .optional();
    }

    /**
     * The case's latest submission, when it is of this proposal version and its opinion agreed or a leader let its
     * dispute proceed: in one statement, as the gate and every case view ask it.
     */
    Optional<UUID> clearing(UUID caseId, int proposalVersion) {
        return db.sql(
                        """
                        select s.id from review.submission s
                        where s.case_id = :case
                          and s.version = (select max(l.version) from review.submission l where l.case_id = :case)
                          and s.proposal_version = :version
                          and (exists (select 1 from review.opinion o
                                       where o.submission_id = s.id and o.verdict = 'AGREE')
                               or exists (select 1 from review.coordination c
                                          where c.case_id = :case and c.submission_id = s.id
                                            and c.outcome = 'PROCEED'))
                        limit 1
                        """)
                .param("case", caseId)
                .param("version", proposalVersion)
                .query(UUID.class)
                .optional();
    }

    Optional<Opinion> opinion(UUID submissionId) {
        return db.sql("select * from review.opinion where submission_id = ?")
                .param(submissionId)
                .query(this::mapOpinion)
                .optional();
    }

    Map<UUID, Opinion> opinionsOfCase(UUID caseId) {
        var opinions = new java.util.HashMap<UUID, Opinion>();
        db.sql("select * from review.opinion where case_id = ?")
                .param(caseId)
                .query(this::mapOpinion)
                .list()
                .forEach(opinion -> opinions.put(opinion.submissionId(), opinion));
        return opinions;
    }

    /** The submissions awaiting an opinion in the units, the earliest due first. */
    PageOf<Submission> open(Collection<UUID> units, String reviewer, PageQuery page) {
        if (units.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        var where =
                " where answered_at is null and unit_id in (:units)" + (reviewer == null ? "" : " and reviewer = :r");
        var count = db.sql("select count(*) from review.submission" + where).param("units", units);
        var rows = db.sql("select * from review.submission" + where
                        + " order by due_on, submitted_at limit :limit offset :offset")
                .param("units", units)
                .param("limit", page.size())
                .param("offset", page.offset());
        if (reviewer != null) {
            count = count.param("r", reviewer);
            rows = rows.param("r", reviewer);
        }
        return new PageOf<>(
                rows.query(this::mapSubmission).list(),
                page.number(),
                page.size(),
                count.query(Long.class).single());
    }

    /** The reviews answered in the units, the latest first. */
    PageOf<Submission> answered(Collection<UUID> units, PageQuery page) {
        if (units.isEmpty()) {
            return new PageOf<>(List.of(), page.number(), page.size(), 0);
        }
        long total = db.sql("select count(*) from review.submission where answered_at is not null and unit_id in (:u)")
                .param("u", units)
                .query(Long.class)
                .single();
        var rows = db.sql(
                        """
                        select * from review.submission where answered_at is not null and unit_id in (:u)
                        order by answered_at desc limit :limit offset :offset
                        """)
                .param("u", units)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(this::mapSubmission)
                .list();
        return new PageOf<>(rows, page.number(), page.size(), total);
    }

    long overdue(Collection<UUID> units, String reviewer, LocalDate today) {
        if (units.isEmpty()) {
            return 0;
        }
        return db.sql("select count(*) from review.submission where answered_at is null and due_on < :today"
                        + " and unit_id in (:units)" + (reviewer == null ? "" : " and reviewer = :r"))
                .param("today", today)
                .param("units", units)
                .params(reviewer == null ? Map.of() : Map.of("r", reviewer))
                .query(Long.class)
                .single();
    }

    /** How many open reviews each reviewer of the list holds, and when each was last given one. */
    List<Load> loads(UUID unitId) {
        return db.sql(
                        """
                        select reviewer, count(*) filter (where answered_at is null) as open, max(assigned_at) as last
                        from review.submission where unit_id = ? and reviewer is not null group by reviewer
                        """)
                .param(unitId)
                .query((rs, n) -> new Load(
                        rs.getString("reviewer"),
                        rs.getLong("open"),
                        rs.getTimestamp("last") == null
                                ? null
                                : rs.getTimestamp("last").toInstant()))
                .list();
    }

    record Load(String reviewer, long open, Instant lastAssigned) {}

    void requestCoordination(UUID caseId, UUID submissionId, String by, Instant at, String reason) {
        db.sql(
                        """
                        insert into review.coordination (case_id, submission_id, requested_by, requested_at,
                            request_reason) values (?, ?, ?, ?, ?)
                        """)
                .params(caseId, submissionId, by, Timestamp.from(at), reason)
                .update();
    }

    void settleCoordination(UUID caseId, String outcome, String reason, String by, Instant at) {
        db.sql(
                        """
                        update review.coordination set outcome = ?, outcome_reason = ?, decided_by = ?, decided_at = ?
                        where case_id = ? and outcome is null
                        """)
                .params(outcome, reason, by, Timestamp.from(at), caseId)
                .update();
    }

    List<Coordination> coordinations(UUID caseId) {
        return db.sql("select * from review.coordination where case_id = ? order by requested_at")
                .param(caseId)
                .query((rs, n) -> new Coordination(
                        rs.getObject("id", UUID.class),
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("submission_id", UUID.class),
                        rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant(),
                        rs.getString("request_reason"),
                        rs.getString("outcome"),
                        rs.getString("outcome_reason"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at") == null
                                ? null
                                : rs.getTimestamp("decided_at").toInstant()))
                .list();
    }

    /**
     * Reviews answered per unit and month (in the time zone of the product): how many, how many found problems, the
     * average and longest time from submission to opinion, and how many proposals the handling unit changed after a
     * review found problems.
     */
    List<MonthlyStatistics> statistics(Collection<UUID> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return db.sql(
                        """
                        select s.unit_id, to_char(o.written_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                            count(*) as reviews,
                            count(*) filter (where o.verdict = 'PROBLEMS_FOUND') as problems,
                            avg(extract(epoch from o.written_at - s.submitted_at)) / 3600 as average_hours,
                            max(extract(epoch from o.written_at - s.submitted_at)) / 3600 as longest_hours,
                            count(*) filter (where o.verdict = 'PROBLEMS_FOUND' and exists (
                                select 1 from review.submission n where n.case_id = s.case_id
                                and n.version = s.version + 1
                                and (n.package->>'proposalKind' is distinct from s.package->>'proposalKind'
                                    or (n.package->>'fine')::numeric is distinct from (s.package->>'fine')::numeric
                                    or n.package->>'proposalText' is distinct from s.package->>'proposalText'))
                            ) as changed
                        from review.submission s join review.opinion o on o.submission_id = s.id
                        where s.unit_id in (:units)
                            and (o.written_at at time zone 'Asia/Shanghai')::date between :from and :to
                        group by s.unit_id, month order by month, s.unit_id
                        """)
                .param("units", units)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new MonthlyStatistics(
                        rs.getObject("unit_id", UUID.class),
                        YearMonth.parse(rs.getString("month")),
                        rs.getLong("reviews"),
                        rs.getLong("problems"),
                        rs.getBigDecimal("average_hours").setScale(1, java.math.RoundingMode.HALF_UP),
                        rs.getBigDecimal("longest_hours").setScale(1, java.math.RoundingMode.HALF_UP),
                        rs.getLong("changed")))
                .list();
    }

    private Submission mapSubmission(ResultSet rs, int row) throws SQLException {
        return new Submission(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("case_title"),
                rs.getInt("version"),
                rs.getInt("proposal_version"),
                read(rs.getString("package"), ReviewPackage.class),
                rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(),
                rs.getObject("due_on", LocalDate.class),
                rs.getBoolean("due_uncertain"),
                rs.getString("reviewer"),
                rs.getString("reviewer_name"),
                rs.getString("assigned_by"),
                instant(rs, "assigned_at"),
                instant(rs, "answered_at"));
    }

    private Opinion mapOpinion(ResultSet rs, int row) throws SQLException {
        try {
            return new Opinion(
                    rs.getObject("submission_id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    Verdict.valueOf(rs.getString("verdict")),
                    rs.getBoolean("suspected_crime"),
                    rs.getString("text"),
                    json.readValue(rs.getString("checklist"), CHECKLIST),
                    rs.getString("reviewer"),
                    rs.getString("reviewer_name"),
                    rs.getTimestamp("written_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable checklist of review " + rs.getString("submission_id"), e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable review package", e);
        }
    }
}
