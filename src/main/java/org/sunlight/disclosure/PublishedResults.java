package org.sunlight.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The published results as the public reads them: only redacted text is stored here. */
@Repository
class PublishedResults {

    private final JdbcClient db;

    PublishedResults(JdbcClient db) {
        this.db = db;
    }

    /** A result on the portal and in the open data. */
    record Result(
            UUID id,
            UUID unitId,
            String unitName,
            String category,
            String title,
            String publicText,
            LocalDate decidedOn,
            LocalDate publishedOn) {}

    PageOf<Result> search(String text, String category, UUID unitId, LocalDate from, LocalDate to, PageQuery page) {
        var cleaned = text == null ? "" : text.replaceAll("\\p{Cntrl}", "").strip();
        var pattern = cleaned.isEmpty()
                ? null
                : "%" + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        var where =
                """
                 from disclosure.published_result r join disclosure.disclosure_entry e on e.id = r.entry_id
                 where e.status = 'PUBLISHED'
                   and (cast(:pattern as text) is null or (r.title || ' ' || r.public_text) like :pattern)
                   and (cast(:category as text) is null or r.category = :category)
                   and (cast(:unit as uuid) is null or r.unit_id = :unit)
                   and (cast(:from as date) is null or r.decided_on >= :from)
                   and (cast(:to as date) is null or r.decided_on <= :to)
                """;
        long total = db.sql("select count(*)" + where)
                .param("pattern", pattern)
                .param("category", category)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        var content = db.sql("select r.*" + where
                        + " order by r.decided_on desc, r.published_at desc limit :limit offset :offset")
                .param("pattern", pattern)
                .param("category", category)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(PublishedResults::map)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    Optional<Result> find(UUID id) {
        return db.sql(
                        """
                        select r.* from disclosure.published_result r join disclosure.disclosure_entry e on e.id = r.entry_id
                        where r.id = ? and e.status = 'PUBLISHED'
                        """)
                .param(id)
                .query(PublishedResults::map)
                .optional();
    }

    /** What reconsideration or litigation changed, in order. */
    record Annotation(LocalDate changedOn, String text) {}

    List<Annotation> annotations(UUID resultId) {
        return db.sql(
                        """
                        select a.changed_on, a.text from disclosure.result_annotation a
                        join disclosure.published_result r on r.entry_id = a.entry_id
                        where r.id = ? order by a.changed_on, a.created_at
                        """)
                .param(resultId)
                .query((rs, row) -> new Annotation(rs.getObject("changed_on", LocalDate.class), rs.getString("text")))
                .list();
    }

    long count() {
        return db.sql(
                        """
                        select count(*) from disclosure.published_result r
                        join disclosure.disclosure_entry e on e.id = r.entry_id where e.status = 'PUBLISHED'
                        """)
                .query(Long.class)
                .single();
    }

    private static Result map(ResultSet rs, int row) throws SQLException {
        return new Result(
                rs.getObject("id", UUID.class),
                rs.getObject("unit_id", UUID.class),
                rs.getString("unit_name"),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("public_text"),
                rs.getObject("decided_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class));
    }
}
