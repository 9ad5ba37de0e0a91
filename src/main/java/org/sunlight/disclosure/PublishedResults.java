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

    /** How the public text introduces a party (Publication writes it with the same label). */
    private final String partyLabel;

    PublishedResults(JdbcClient db, org.springframework.context.MessageSource messages) {
        this.db = db;
        this.partyLabel = messages.getMessage("disclosure.text.party", null, "", java.util.Locale.SIMPLIFIED_CHINESE);
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
            LocalDate publishedOn,
            int version,
            String correctionReason,
            UUID entryId,
            String fulfilment,
            LocalDate fulfilledOn) {

        public boolean corrected() {
            return version > 1;
        }
    }

    /**
     * @param party the party's name as published (an organisation's name; natural persons' names are masked)
     */
    PageOf<Result> search(
            String text, String party, String category, UUID unitId, LocalDate from, LocalDate to, PageQuery page) {
        var pattern = like(text, "");
        var partyPattern = like(party, partyLabel);
        var where =
                """
                 from disclosure.published_result r join disclosure.disclosure_entry e on e.id = r.entry_id
                 where e.status = 'PUBLISHED' and r.version = (select max(n.version)
                     from disclosure.published_result n where n.entry_id = r.entry_id)
                   and (cast(:pattern as text) is null or (r.title || ' ' || r.public_text) like :pattern)
                   and (cast(:party as text) is null or r.public_text like :party)
                   and (cast(:category as text) is null or r.category = :category)
                   and (cast(:unit as uuid) is null or r.unit_id = :unit)
                   and (cast(:from as date) is null or r.decided_on >= :from)
                   and (cast(:to as date) is null or r.decided_on <= :to)
                """;
        long total = db.sql("select count(*)" + where)
                .param("pattern", pattern)
                .param("party", partyPattern)
                .param("category", category)
                .param("unit", unitId)
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
        var content = db.sql("select r.*, e.fulfilment, e.fulfilled_on" + where
                        + " order by r.decided_on desc, r.published_at desc limit :limit offset :offset")
                .param("pattern", pattern)
                .param("party", partyPattern)
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

    private static String like(String value, String prefix) {
        var cleaned = value == null ? "" : value.replaceAll("\\p{Cntrl}", "").strip();
        return cleaned.isEmpty()
                ? null
                : "%" + prefix
                        + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The latest version of the result the id names, whichever of its versions that is (a permanent URL). */
    Optional<Result> find(UUID id) {
        return db.sql(
                        """
                        select r.*, e.fulfilment, e.fulfilled_on from disclosure.published_result r
                        join disclosure.disclosure_entry e on e.id = r.entry_id
                        where r.entry_id = (select entry_id from disclosure.published_result where id = ?)
                          and e.status = 'PUBLISHED'
                        order by r.version desc limit 1
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
                        join disclosure.disclosure_entry e on e.id = r.entry_id
                        where e.status = 'PUBLISHED' and r.version = 1
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
                rs.getObject("published_on", LocalDate.class),
                rs.getInt("version"),
                rs.getString("correction_reason"),
                rs.getObject("entry_id", UUID.class),
                rs.getString("fulfilment"),
                rs.getObject("fulfilled_on", LocalDate.class));
    }

    /** Every version of an entry's result, the first first, for staff. */
    List<Result> versions(UUID entryId) {
        return db.sql(
                        """
                        select r.*, e.fulfilment, e.fulfilled_on from disclosure.published_result r
                        join disclosure.disclosure_entry e on e.id = r.entry_id
                        where r.entry_id = ? order by r.version
                        """)
                .param(entryId)
                .query(PublishedResults::map)
                .list();
    }
}
