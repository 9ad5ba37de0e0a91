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

    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final TermFrequencies frequencies;
    private final RecentSearches recentSearches;

    /** How common a keyword's every bigram must be for its count to be tried on a sample first (see {@link #run}). */
    private final double sampledAbove;

    PublishedResults(
            JdbcClient db,
            org.springframework.context.MessageSource messages,
            org.springframework.transaction.PlatformTransactionManager transactions,
            TermFrequencies frequencies,
            RecentSearches recentSearches,
            @org.springframework.beans.factory.annotation.Value("${sunlight.disclosure.search.sampled-above:0.05}")
                    double sampledAbove) {
        this.db = db;
        this.sampledAbove = sampledAbove;
        this.frequencies = frequencies;
        this.recentSearches = recentSearches;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.transactions.setReadOnly(true);
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

    /** How many matches a search counts at most: past it the answer is "more than", and the public narrows it. */
    static final int COUNT_CAP = 1_000;

    /**
     * The current results matching the filters, newest decision first. The total is exact up to {@link #COUNT_CAP};
     * beyond it the total reads as the cap and the pages stop there.
     *
     * @param party the party's name as published (an organisation's name; natural persons' names are masked)
     */
    PageOf<Result> search(
            String text, String party, String category, UUID unitId, LocalDate from, LocalDate to, PageQuery page) {
        return search(generation(), text, party, category, unitId, from, to, page);
    }

    /**
     * The generation of the public results (V20): every publication, correction, withdrawal and fulfilment commits the
     * next. Read on its own, outside a transaction, in one round trip: a page searched after reading it is at least as
     * new as it, so it tags the page in the node's recent searches and, as an entity tag, the answer to the public.
     */
    long generation() {
        return db.sql("select generation from disclosure.public_result_generation")
                .query(Long.class)
                .single();
    }

    /**
     * As {@link #search(String, String, String, UUID, LocalDate, LocalDate, PageQuery)}, under a generation read just
     * before: a page kept under it is answered at once, without a transaction; otherwise the page is searched and kept.
     */
    PageOf<Result> search(
            long generation,
            String text,
            String party,
            String category,
            UUID unitId,
            LocalDate from,
            LocalDate to,
            PageQuery page) {
        // only the filters given, so that the planner sees each query as it is
        var where = new StringBuilder(" from disclosure.public_result r where true");
        // the same for the bigram index, whose terms hold the category and the unit too: there they are only checked,
        // as the planner would otherwise also read the whole category's or unit's entries of their own indexes (a
        // bitmap of hundreds of thousands) to intersect with the bigrams' few
        var checked = new StringBuilder(" from disclosure.public_result r where true");
        var params = new java.util.HashMap<String, Object>();
        var words = new java.util.LinkedHashSet<String>();
        var keyword = cleaned(text);
        if (!keyword.isEmpty()) {
            words.addAll(bigramsOf(keyword));
            where.append(" and (r.title || ' ' || r.public_text) like :pattern");
            checked.append(" and (r.title || ' ' || r.public_text) like :pattern");
            params.put("pattern", like(keyword, ""));
        }
        var partyName = cleaned(party);
        if (!partyName.isEmpty()) {
            words.addAll(bigramsOf(partyName));
            where.append(" and r.public_text like :party");
            checked.append(" and r.public_text like :party");
            params.put("party", like(partyName, partyLabel));
        }
        if (category != null) {
            where.append(" and r.category = :category");
            checked.append(" and (r.category || '') = :category");
            params.put("category", category);
        }
        if (unitId != null) {
            where.append(" and r.unit_id = :unit");
            checked.append(" and r.unit_id::text = cast(:unit as text)");
            params.put("unit", unitId);
        }
        if (from != null) {
            where.append(" and r.decided_on >= :from");
            checked.append(" and r.decided_on >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" and r.decided_on <= :to");
            checked.append(" and r.decided_on <= :to");
            params.put("to", to);
        }
        // the bigram index narrows by the rarest bigrams; the substring check above keeps the answer exact
        var indexParams = new java.util.HashMap<>(params);
        // no more of the results can match than hold the keyword's least common bigram, its category and its unit
        double atMost = 1.0;
        for (var word : words) {
            atMost = Math.min(atMost, frequencies.frequency(word));
        }
        if (category != null) {
            atMost = Math.min(atMost, frequencies.frequency("#c" + category));
        }
        if (unitId != null) {
            atMost = Math.min(atMost, frequencies.frequency("#u" + unitId));
        }
        boolean sampled = !words.isEmpty() && atMost >= sampledAbove;
        var rarest = frequencies.rarest(words, 3);
        var indexed = rarest.isEmpty() ? where : checked;
        if (!rarest.isEmpty()) {
            var terms = new java.util.ArrayList<>(rarest);
            if (category != null) {
                terms.add("#c" + category);
            }
            if (unitId != null) {
                terms.add("#u" + unitId);
            }
            indexed.append(" and r.terms @@ cast(:terms as tsquery)");
            indexParams.put("terms", tsquery(terms));
        }
        var key = new RecentSearches.Search(keyword, partyName, category, unitId, from, to, page.number(), page.size());
        // first the generation, then the search: a page kept under it is never older than it
        var recent = recentSearches.find(generation, key);
        if (recent != null) {
            return recent;
        }
        return transactions.execute(status -> {
            // on two cores, a search that took both for its parallel workers would hold up every other request
            db.sql("set local max_parallel_workers_per_gather = 0; set local plan_cache_mode = force_custom_plan")
                    .update();
            var found = run(where.toString(), params, indexed.toString(), indexParams, sampled, page);
            recentSearches.keep(generation, key, found);
            return found;
        });
    }

    /**
     * The count first, up to {@link #COUNT_CAP}, through the bigram index or in date order as the planner finds
     * cheaper; then the page. Fewer matches than the cap are all found through the index and sorted; as many as the cap
     * or more are common enough that reading in date order (the date index, or the category's or unit's) reaches the
     * page soonest: the planner is kept from sorting the whole table, which its estimate for a keyword of common bigrams
     * but rare as a whole sometimes chose.
     */
    private PageOf<Result> run(
            String where,
            java.util.Map<String, Object> params,
            String indexed,
            java.util.Map<String, Object> indexParams,
            boolean sampled,
            PageQuery page) {
        long total = sampled ? countInSample(where, params) : 0;
        if (total < COUNT_CAP) {
            total = db.sql("select count(*) from (select 1" + indexed + " limit " + COUNT_CAP + ") matches")
                    .params(indexParams)
                    .query(Long.class)
                    .single();
        }
        if (page.offset() >= COUNT_CAP || total == 0) {
            return new PageOf<>(List.of(), page.number(), page.size(), total);
        }
        boolean inDateOrder = total >= COUNT_CAP;
        if (inDateOrder) {
            // until the end of the search's transaction
            db.sql("set local enable_seqscan = off; set local enable_bitmapscan = off")
                    .update();
        }
        var content = db.sql("select " + COLUMNS + (inDateOrder ? where : indexed)
                        + " order by r.decided_on desc, r.id desc limit :limit offset :offset")
                .params(inDateOrder ? params : indexParams)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(PublishedResults::map)
                .list();
        return new PageOf<>(content, page.number(), page.size(), total);
    }

    /** How many results, as the table holds them, a keyword of common bigrams is first counted in. */
    static final int SAMPLE = 20_000;

    /**
     * The matches among the first {@link #SAMPLE} results the table holds, up to {@link #COUNT_CAP}: read in one
     * sequential pass that stops at the cap. A keyword as common as one match in twenty reaches the cap there, and is
     * then known to have as many matches as the cap without the bitmap of all its matches, which for a keyword in a
     * fifth of the results (hundreds of thousands of entries) takes a tenth of a second to build. Fewer than the cap in
     * the sample say nothing of the rest: the matches are then counted through the index as for any keyword.
     */
    private long countInSample(String where, java.util.Map<String, Object> params) {
        var sample = " from (select title, public_text, category, unit_id, decided_on from disclosure.public_result"
                + " limit " + SAMPLE + ") r";
        return db.sql("select count(*) from (select 1" + where.replace(" from disclosure.public_result r", sample)
                        + " limit " + COUNT_CAP + ") matches")
                .params(params)
                .query(Long.class)
                .single();
    }

    /** What a result shows: never the search terms, which are as long as the text and only for the index. */
    private static final String COLUMNS =
            "r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,"
                    + " r.decided_on, r.published_on, r.version, r.correction_reason, r.fulfilment, r.fulfilled_on";

    private static String cleaned(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cntrl}", "").strip();
    }

    /** The keyword's two-character sequences, lower-cased, without those that span a space. */
    static java.util.Set<String> bigramsOf(String keyword) {
        var lower = keyword.toLowerCase(java.util.Locale.ROOT);
        var terms = new java.util.LinkedHashSet<String>();
        var points = lower.codePoints().toArray();
        for (int i = 0; i + 1 < points.length; i++) {
            if (Character.isWhitespace(points[i]) || Character.isWhitespace(points[i + 1])) {
                continue;
            }
            terms.add(new String(points, i, 2));
        }
        return terms;
    }

    /** Bigrams as a tsquery that needs them all. */
    static String tsquery(java.util.Collection<String> bigrams) {
        return bigrams.stream()
                .map(term -> "'" + term.replace("\\", "\\\\").replace("'", "''") + "'")
                .collect(java.util.stream.Collectors.joining(" & "));
    }

    private static String like(String value, String prefix) {
        var cleaned = cleaned(value);
        return cleaned.isEmpty()
                ? null
                : "%" + prefix
                        + cleaned.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The latest version of the result the id names, whichever of its versions that is (a permanent URL). */
    Optional<Result> find(UUID id) {
        return db.sql(
                        """
                        select r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,
                            r.decided_on, r.published_on, r.version, r.correction_reason, r.fulfilment, r.fulfilled_on
                        from disclosure.public_result r
                        where r.entry_id = (select entry_id from disclosure.published_result where id = ?)
                        """)
                .param(id)
                .query(PublishedResults::map)
                .optional();
    }

    /**
     * What reconsideration or litigation decided, in order.
     *
     * @param proceeding RECONSIDERATION, LITIGATION, or null for an annotation written before it was asked
     */
    record Annotation(LocalDate changedOn, String proceeding, boolean changed, String text) {

        public String labelKey() {
            return proceeding == null
                    ? "disclosure.annotation.public"
                    : "disclosure.annotation.public." + proceeding + "." + changed;
        }
    }

    List<Annotation> annotations(UUID resultId) {
        return db.sql(
                        """
                        select a.changed_on, a.proceeding, a.result_changed, a.text
                        from disclosure.result_annotation a
                        join disclosure.published_result r on r.entry_id = a.entry_id
                        where r.id = ? order by a.changed_on, a.created_at
                        """)
                .param(resultId)
                .query((rs, row) -> new Annotation(
                        rs.getObject("changed_on", LocalDate.class),
                        rs.getString("proceeding"),
                        rs.getBoolean("result_changed"),
                        rs.getString("text")))
                .list();
    }

    long count() {
        return db.sql("select count(*) from disclosure.public_result")
                .query(Long.class)
                .single();
    }

    /** How many results of the unit the portal shows (its own portal's count). */
    long count(UUID unitId) {
        return db.sql("select count(*) from disclosure.public_result where unit_id = ?")
                .param(unitId)
                .query(Long.class)
                .single();
    }

    /** Publication, correction, withdrawal and fulfilment keep the portal's index in step, in their transaction. */
    void index(UUID resultId) {
        db.sql(
                        """
                        insert into disclosure.public_result
                        select r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,
                            r.decided_on, r.published_on, r.version, r.correction_reason, e.fulfilment, e.fulfilled_on
                        from disclosure.published_result r join disclosure.disclosure_entry e on e.id = r.entry_id
                        where r.id = ? and e.status = 'PUBLISHED'
                        on conflict (entry_id) do update set id = excluded.id, title = excluded.title,
                            public_text = excluded.public_text, published_on = excluded.published_on,
                            version = excluded.version, correction_reason = excluded.correction_reason
                        """)
                .param(resultId)
                .update();
    }

    void unindex(UUID entryId) {
        db.sql("delete from disclosure.public_result where entry_id = ?")
                .param(entryId)
                .update();
    }

    void fulfilled(UUID entryId, String fulfilment, LocalDate on) {
        db.sql("update disclosure.public_result set fulfilment = ?, fulfilled_on = ? where entry_id = ?")
                .params(fulfilment, on, entryId)
                .update();
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

    /** A current result and the moment its version was published. */
    record PublishedAt(Result result, java.time.Instant publishedAt) {}

    /** The current results, the most recently published version first (the Atom feed). */
    List<PublishedAt> latestPublished(int limit) {
        return db.sql(
                        """
                        select r.entry_id, r.id, r.unit_id, r.unit_name, r.category, r.title, r.public_text,
                            r.decided_on, r.published_on, r.version, r.correction_reason, r.fulfilment, r.fulfilled_on,
                            p.published_at
                        from disclosure.published_result p join disclosure.public_result r on r.id = p.id
                        order by p.published_on desc, p.published_at desc, p.id desc limit ?
                        """)
                .param(limit)
                .query((rs, row) -> new PublishedAt(
                        map(rs, row),
                        rs.getObject("published_at", java.time.OffsetDateTime.class)
                                .toInstant()))
                .list();
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
