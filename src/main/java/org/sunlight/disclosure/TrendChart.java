package org.sunlight.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One of the yearly report's trends, the report's year against the year before by month (issue 18, point 13), laid out
 * for a line chart drawn on the server as inline SVG — no script, no chart library — and for the table that gives the
 * same numbers to screen readers and to paper.
 *
 * @param id the chart's element id, unique on the page
 * @param title what is counted, with its unit
 * @param description the chart's text alternative
 * @param ticks the value axis, bottom up
 * @param months the month axis
 * @param series the year before first (drawn below), then the report's year
 * @param rows one per month: its name and the two years' values as printed
 */
public record TrendChart(
        String id,
        String title,
        String description,
        String yearLabel,
        String yearBeforeLabel,
        List<Tick> ticks,
        List<Tick> months,
        List<Series> series,
        List<Row> rows) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 260;
    public static final int LEFT = 56;
    public static final int RIGHT = 16;
    public static final int TOP = 40;
    public static final int BOTTOM = 32;

    /** A mark on an axis: its position (y for values, x for months) and its text. */
    public record Tick(int at, String label) {}

    /**
     * A year's line.
     *
     * @param current whether it is the report's year (solid) or the year before (dashed)
     * @param lines the polylines' points ("x,y x,y …"), broken where a month has no value
     * @param points a marker per month with a value
     */
    public record Series(String label, boolean current, List<String> lines, List<Point> points) {}

    /** A month's value on the chart, with its text for a pointer's tooltip. */
    public record Point(int x, int y, String text) {}

    public record Row(String month, String value, String valueBefore) {}

    /** A message of the report's language, with its arguments. */
    @FunctionalInterface
    interface Text {
        String get(String key, Object... arguments);
    }

    /** The bottom of the plot, where the value axis is 0. */
    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    /** The report's three trends, or none for a report published before they were counted. */
    static List<TrendChart> of(AnnualReport report, Text text) {
        var trends = report.trends();
        if (trends == null) {
            return List.of();
        }
        int year = report.year();
        var charts = new ArrayList<TrendChart>();
        charts.add(counts(
                "trend-decided", text.get("report.trend.decided"), year, trends, AnnualReport.Month::decided, text));
        charts.add(counts(
                "trend-published",
                text.get("report.trend.published"),
                year,
                trends,
                AnnualReport.Month::published,
                text));
        charts.add(shares("trend-on-time", text.get("report.trend.on-time"), year, trends, text));
        return List.copyOf(charts);
    }

    private static TrendChart counts(
            String id,
            String title,
            int year,
            AnnualReport.Trends trends,
            Function<AnnualReport.Month, Long> figure,
            Text text) {
        var values = values(trends.months(), month -> BigDecimal.valueOf(figure.apply(month)));
        var before = values(trends.monthsBefore(), month -> BigDecimal.valueOf(figure.apply(month)));
        var longest = java.util.stream.Stream.concat(values.stream(), before.stream())
                .filter(java.util.Objects::nonNull)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        // a line of a few cases is drawn against an axis of at least 4, not stretched to the top
        var reach = longest.max(BigDecimal.valueOf(4));
        var step = step(reach);
        var top = step.multiply(reach.divide(step, 0, RoundingMode.CEILING));
        Function<BigDecimal, String> print = value -> String.format(java.util.Locale.ROOT, "%,d", value.longValue());
        var rows = new ArrayList<Row>();
        for (int m = 1; m <= 12; m++) {
            rows.add(new Row(
                    month(m, text), print(values.get(m - 1), print, text), print(before.get(m - 1), print, text)));
        }
        return chart(id, title, year, top, step, print, values, before, rows, text);
    }

    private static TrendChart shares(String id, String title, int year, AnnualReport.Trends trends, Text text) {
        var values = values(trends.months(), AnnualReport.Month::onTimeShare);
        var before = values(trends.monthsBefore(), AnnualReport.Month::onTimeShare);
        Function<BigDecimal, String> print = value -> value.toPlainString() + "%";
        var rows = new ArrayList<Row>();
        for (int m = 1; m <= 12; m++) {
            rows.add(new Row(
                    month(m, text),
                    share(trends.months(), m, print, text),
                    share(trends.monthsBefore(), m, print, text)));
        }
        return chart(
                id, title, year, BigDecimal.valueOf(100), BigDecimal.valueOf(25), print, values, before, rows, text);
    }

    private static TrendChart chart(
            String id,
            String title,
            int year,
            BigDecimal top,
            BigDecimal step,
            Function<BigDecimal, String> print,
            List<BigDecimal> values,
            List<BigDecimal> before,
            List<Row> rows,
            Text text) {
        var ticks = new ArrayList<Tick>();
        for (var value = BigDecimal.ZERO; value.compareTo(top) <= 0; value = value.add(step)) {
            ticks.add(new Tick(y(value, top), print.apply(value)));
        }
        var months = new ArrayList<Tick>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Tick(x(m), month(m, text)));
        }
        var yearLabel = text.get("report.trend.year", String.valueOf(year));
        var yearBeforeLabel = text.get("report.trend.year", String.valueOf(year - 1));
        var series = List.of(
                series(yearBeforeLabel, false, before, top, print, text),
                series(yearLabel, true, values, top, print, text));
        var description = text.get("report.trend.description", title, yearLabel, yearBeforeLabel);
        return new TrendChart(
                id,
                title,
                description,
                yearLabel,
                yearBeforeLabel,
                List.copyOf(ticks),
                List.copyOf(months),
                series,
                List.copyOf(rows));
    }

    private static Series series(
            String label,
            boolean current,
            List<BigDecimal> values,
            BigDecimal top,
            Function<BigDecimal, String> print,
            Text text) {
        var lines = new ArrayList<String>();
        var points = new ArrayList<Point>();
        var line = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            var value = values.get(m - 1);
            if (value == null) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                continue;
            }
            int x = x(m);
            int y = y(value, top);
            line.append(line.isEmpty() ? "" : " ").append(x).append(',').append(y);
            points.add(new Point(x, y, text.get("report.trend.point", label, month(m, text), print.apply(value))));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return new Series(label, current, List.copyOf(lines), List.copyOf(points));
    }

    /** Twelve values, null for a month not counted (not yet come) or without a value. */
    private static List<BigDecimal> values(
            List<AnnualReport.Month> months, Function<AnnualReport.Month, BigDecimal> figure) {
        var values = new ArrayList<BigDecimal>(java.util.Collections.nCopies(12, (BigDecimal) null));
        for (var month : months) {
            values.set(month.month() - 1, figure.apply(month));
        }
        return values;
    }

    private static String print(BigDecimal value, Function<BigDecimal, String> print, Text text) {
        return value == null ? text.get("report.trend.not-counted") : print.apply(value);
    }

    /** A month's 按期公示率 with its parts, or why it has none. */
    private static String share(List<AnnualReport.Month> months, int m, Function<BigDecimal, String> print, Text text) {
        return months.stream()
                .filter(month -> month.month() == m)
                .findFirst()
                .map(month -> month.deadlinesPassed() == 0
                        ? text.get("report.trend.no-deadline")
                        : text.get(
                                "report.trend.share",
                                print.apply(month.onTimeShare()),
                                String.valueOf(month.deadlinesMet()),
                                String.valueOf(month.deadlinesPassed())))
                .orElse(text.get("report.trend.not-counted"));
    }

    /** The distance between the value axis's marks: 1, 2 or 5 times a power of ten, four or five marks to the top. */
    static BigDecimal step(BigDecimal longest) {
        var rough = longest.divide(BigDecimal.valueOf(4), 4, RoundingMode.CEILING);
        var power = BigDecimal.ONE;
        while (true) {
            for (var factor : new int[] {1, 2, 5}) {
                var candidate = power.multiply(BigDecimal.valueOf(factor));
                if (candidate.compareTo(rough) >= 0) {
                    return candidate;
                }
            }
            power = power.multiply(BigDecimal.TEN);
        }
    }

    private static String month(int m, Text text) {
        return text.get("report.trend.month", String.valueOf(m));
    }

    static int x(int month) {
        double width = WIDTH - LEFT - RIGHT;
        return (int) Math.round(LEFT + (month - 0.5) * width / 12);
    }

    static int y(BigDecimal value, BigDecimal top) {
        double height = HEIGHT - TOP - BOTTOM;
        return (int) Math.round(HEIGHT - BOTTOM - value.doubleValue() / top.doubleValue() * height);
    }
}
