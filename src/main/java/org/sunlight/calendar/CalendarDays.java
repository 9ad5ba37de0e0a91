package org.sunlight.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The loaded holiday notices. */
@Repository
class CalendarDays {

    private final JdbcClient db;

    CalendarDays(JdbcClient db) {
        this.db = db;
    }

    CalendarSnapshot snapshot() {
        var notices = new HashMap<LocalDate, DayKind>();
        db.sql("select day, kind from calendar.calendar_day").query(rs -> {
            notices.put(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")));
        });
        return new CalendarSnapshot(notices, loadedYears());
    }

    Set<Integer> loadedYears() {
        return new TreeSet<>(db.sql("select year from calendar.calendar_year")
                .query(Integer.class)
                .list());
    }

    List<LoadedYear> years() {
        return db.sql(
                        """
                        select y.year, y.source, y.loaded_by, y.loaded_at,
                               count(d.day) filter (where d.kind = 'HOLIDAY') as holidays,
                               count(d.day) filter (where d.kind = 'WORKDAY') as workdays
                        from calendar.calendar_year y left join calendar.calendar_day d on d.year = y.year
                        group by y.year order by y.year
                        """)
                .query((rs, row) -> new LoadedYear(
                        rs.getInt("year"),
                        rs.getString("source"),
                        rs.getString("loaded_by"),
                        rs.getTimestamp("loaded_at").toInstant(),
                        rs.getInt("holidays"),
                        rs.getInt("workdays")))
                .list();
    }

    List<CalendarDay> daysOf(int year) {
        return db.sql("select day, kind, name, source from calendar.calendar_day where year = ? order by day")
                .param(year)
                .query((rs, row) -> new CalendarDay(
                        rs.getObject("day", LocalDate.class),
                        DayKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("source")))
                .list();
    }

    /** Replaces every year the notice covers with the notice's days; other years stay as they are. */
    void replaceYears(Map<Integer, List<CalendarDay>> daysByYear, String source, String loadedBy) {
        for (var entry : daysByYear.entrySet()) {
            int year = entry.getKey();
            db.sql("delete from calendar.calendar_year where year = ?")
                    .param(year)
                    .update();
            db.sql("insert into calendar.calendar_year (year, source, loaded_by) values (?, ?, ?)")
                    .params(year, source, loadedBy)
                    .update();
            for (var day : entry.getValue()) {
                db.sql("insert into calendar.calendar_day (day, year, kind, name, source) values (?, ?, ?, ?, ?)")
                        .params(day.day(), year, day.kind().name(), day.name(), day.source())
                        .update();
            }
            db.sql("delete from calendar.missing_year where year = ?")
                    .param(year)
                    .update();
        }
    }

    void recordMissing(Set<Integer> years) {
        for (int year : years) {
            db.sql(
                            """
                            insert into calendar.missing_year (year) values (?)
                            on conflict (year) do update
                            set last_asked = now(), times_asked = calendar.missing_year.times_asked + 1
                            """)
                    .param(year)
                    .update();
        }
    }

    /** Years a deadline was asked for that still have no notice. */
    List<Integer> missingYearsAsked() {
        return db.sql(
                        """
                        select m.year from calendar.missing_year m
                        where not exists (select 1 from calendar.calendar_year y where y.year = m.year)
                        order by m.year
                        """)
                .query(Integer.class)
                .list();
    }

    record LoadedYear(
            int year, String source, String loadedBy, java.time.Instant loadedAt, int holidays, int workdays) {}
}
