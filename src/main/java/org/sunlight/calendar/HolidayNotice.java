package org.sunlight.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an official holiday notice as CSV with the columns {@code date,kind,name,source}. A file with any bad line is
 * rejected whole, and every bad line is named with its line number and reason.
 */
final class HolidayNotice {

    static final String HEADER = "date,kind,name,source";

    private HolidayNotice() {}

    /** How long a day's name and source may be: their columns' lengths. */
    record Limits(int name, int source) {
        static Limits of(org.sunlight.platform.ColumnLengths lengths) {
            return new Limits(lengths.max("calendar.calendar_day.name"), lengths.max("calendar.calendar_day.source"));
        }
    }

    record Parsed(Map<Integer, List<CalendarDay>> daysByYear, List<ImportProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    static Parsed parse(InputStream input, Limits limits) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var problems = new ArrayList<ImportProblem>();
        var daysByYear = new TreeMap<Integer, List<CalendarDay>>();
        var seen = new HashMap<LocalDate, Integer>();
        try (var reader = new BufferedReader(new InputStreamReader(input, decoder))) {
            var header = reader.readLine();
            if (header == null) {
                return new Parsed(Map.of(), List.of(new ImportProblem(0, "calendar.import.empty", "")));
            }
            header = header.replace("\uFEFF", "").strip();
            if (!HEADER.equalsIgnoreCase(header.replace(" ", ""))) {
                return new Parsed(Map.of(), List.of(new ImportProblem(1, "calendar.import.header", header)));
            }
            int lineNumber = 1;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                var problem = parseLine(lineNumber, line, limits, seen, daysByYear);
                if (problem != null) {
                    problems.add(problem);
                }
            }
        } catch (CharacterCodingException e) {
            return new Parsed(Map.of(), List.of(new ImportProblem(0, "calendar.import.encoding", "")));
        }
        if (problems.isEmpty() && daysByYear.isEmpty()) {
            problems.add(new ImportProblem(0, "calendar.import.no-rows", ""));
        }
        return new Parsed(daysByYear, problems);
    }

    private static ImportProblem parseLine(
            int lineNumber,
            String line,
            Limits limits,
            Map<LocalDate, Integer> seen,
            Map<Integer, List<CalendarDay>> daysByYear) {
        var cells = line.split(",", -1);
        if (cells.length != 4) {
            return new ImportProblem(lineNumber, "calendar.import.columns", line);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(cells[0].strip());
        } catch (DateTimeParseException e) {
            return new ImportProblem(lineNumber, "calendar.import.date", cells[0]);
        }
        if (day.getYear() < 1990 || day.getYear() > 2200) {
            return new ImportProblem(lineNumber, "calendar.import.date", cells[0]);
        }
        DayKind kind;
        try {
            kind = DayKind.valueOf(cells[1].strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return new ImportProblem(lineNumber, "calendar.import.kind", cells[1]);
        }
        var name = cells[2].strip();
        if (name.isEmpty() || name.codePointCount(0, name.length()) > limits.name()) {
            return new ImportProblem(lineNumber, "calendar.import.name", cells[2], limits.name());
        }
        var source = cells[3].strip();
        if (source.codePointCount(0, source.length()) > limits.source()) {
            return new ImportProblem(lineNumber, "calendar.import.source", source, limits.source());
        }
        if (kind == DayKind.WORKDAY
                && day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            return new ImportProblem(lineNumber, "calendar.import.workday-not-weekend", cells[0]);
        }
        var earlier = seen.putIfAbsent(day, lineNumber);
        if (earlier != null) {
            return new ImportProblem(lineNumber, "calendar.import.duplicate", String.valueOf(earlier));
        }
        daysByYear
                .computeIfAbsent(day.getYear(), year -> new ArrayList<>())
                .add(new CalendarDay(day, kind, name, source));
        return null;
    }
}
