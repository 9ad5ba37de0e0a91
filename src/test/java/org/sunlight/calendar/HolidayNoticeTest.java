package org.sunlight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An uploaded notice is read whole or not at all, and every bad line is named. */
class HolidayNoticeTest {

    /** The parser's limits as a test input (the product reads them from the schema: ColumnLengthsTest). */
    static final HolidayNotice.Limits LIMITS = new HolidayNotice.Limits(50, 200);

    @Test
    void readsANoticeWithAByteOrderMarkAsExcelSavesIt() throws IOException {
        var parsed = parse("\uFEFFdate,kind,name,source\n2027-01-01,HOLIDAY,元旦,通知\n2027-02-07,WORKDAY,春节调休上班,通知\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.daysByYear().get(2027))
                .extracting(CalendarDay::day)
                .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 7));
    }

    @Test
    void namesEveryBadLineWithItsNumberAndReason() throws IOException {
        var parsed = parse(
                """
                date,kind,name,source
                2027-01-01,HOLIDAY,元旦,通知
                2027-02-30,HOLIDAY,春节,通知
                2027-02-06,PARTY,春节,通知
                2027-02-08,WORKDAY,春节调休上班,通知
                2027-01-01,HOLIDAY,元旦,通知
                2027-03-01,HOLIDAY,,通知
                2027-03-02,HOLIDAY
                """);

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.problems())
                .extracting(ImportProblem::line, ImportProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "calendar.import.date"),
                        org.assertj.core.groups.Tuple.tuple(4, "calendar.import.kind"),
                        org.assertj.core.groups.Tuple.tuple(5, "calendar.import.workday-not-weekend"),
                        org.assertj.core.groups.Tuple.tuple(6, "calendar.import.duplicate"),
                        org.assertj.core.groups.Tuple.tuple(7, "calendar.import.name"),
                        org.assertj.core.groups.Tuple.tuple(8, "calendar.import.columns"));
    }

    @Test
    void refusesAFileWithTheWrongHeader() throws IOException {
        var parsed = parse("日期,类型,名称,来源\n2027-01-01,HOLIDAY,元旦,通知\n");

        assertThat(parsed.problems()).extracting(ImportProblem::messageKey).containsExactly("calendar.import.header");
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        var gbk = "date,kind,name,source\n2027-01-01,HOLIDAY,元旦,通知\n".getBytes(java.nio.charset.Charset.forName("GBK"));

        var parsed = HolidayNotice.parse(new ByteArrayInputStream(gbk), LIMITS);

        assertThat(parsed.problems()).extracting(ImportProblem::messageKey).containsExactly("calendar.import.encoding");
    }

    @Test
    void refusesAFileWithNoDays() throws IOException {
        assertThat(parse("date,kind,name,source\n").problems())
                .extracting(ImportProblem::messageKey)
                .containsExactly("calendar.import.no-rows");
        assertThat(parse("").problems()).extracting(ImportProblem::messageKey).containsExactly("calendar.import.empty");
    }

    private static HolidayNotice.Parsed parse(String csv) throws IOException {
        return HolidayNotice.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), LIMITS);
    }
}
