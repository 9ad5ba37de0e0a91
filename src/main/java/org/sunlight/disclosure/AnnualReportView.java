package org.sunlight.disclosure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.ProcedureKind;

/**
 * A report laid out as the page, the PDF and the spreadsheet show it: sections of labelled figures, some drawn as bar
 * charts.
 */
public record AnnualReportView(AnnualReport report, List<Section> sections, List<TrendChart> trends) {

    /**
     * A section of the report.
     *
     * @param chart whether its lines are drawn as a bar chart (they are counts of one kind)
     * @param note what the section's figures mean, printed with them; null when the labels say it
     * @param scale for a chart, what a full bar stands for (one scale for the whole report); else null
     */
    public record Section(String title, List<Line> lines, boolean chart, String note, String scale) {}

    /**
     * A figure.
     *
     * @param value the number, or null when the product does not record it yet
     * @param unit what it counts (件, 元, %)
     * @param bar the bar's length as a share of the report's scale for its unit, 0–100
     * @param absent what is printed instead of a value that is null; null for 系统尚未记录
     */
    public record Line(String label, BigDecimal value, String unit, int bar, String absent) {

        public boolean recorded() {
            return value != null;
        }
    }

    static AnnualReportView of(AnnualReport report, MessageSource messages, Locale locale) {
        var layout = new Layout(messages, locale);
        var cases = report.cases();
        var opened = layout.section("report.section.opened", true);
        for (var count : cases.opened()) {
            opened.count(layout.text(count.procedure().labelKey()), count.count());
        }
        if (cases.opened().isEmpty()) {
            opened.count(layout.text("report.figure.opened-none"), 0);
        }

        var outcomes = layout.section("report.section.outcomes", true);
        for (var outcome : cases.outcomes()) {
            outcomes.count(
                    layout.text(outcome.procedure().labelKey()) + " · " + layout.text(outcome.labelKey()),
                    outcome.count());
        }
        if (cases.outcomes().isEmpty()) {
            outcomes.count(layout.text("report.figure.outcomes-none"), 0);
        }

        var fines = layout.section("report.section.fines", false);
        fines.count(layout.text("report.figure.fines"), cases.fines().count());
        fines.amount(layout.text("report.figure.fines-total"), cases.fines().total());
        fines.count(layout.text("report.figure.fines-paid"), cases.finesPaid().count());
        fines.amount(
                layout.text("report.figure.fines-paid-total"), cases.finesPaid().total());
        fines.count(layout.text("report.figure.court-enforcements"), cases.courtEnforcements());

        var licences = layout.section("report.section.licences", true);
        for (var action : List.of(CaseAction.GRANT_LICENCE, CaseAction.REFUSE_LICENCE, CaseAction.REFUSE_APPLICATION)) {
            licences.count(layout.text(action.labelKey()), cases.outcome(ProcedureKind.LICENSING, action));
        }

        var inspections = layout.section("report.section.inspections", false);
        inspections.count(layout.text("report.figure.inspections"), cases.inspectionsStarted());
        for (var action : List.of(
                CaseAction.NO_PROBLEM,
                CaseAction.ORDER_RECTIFICATION,
                CaseAction.TURN_INTO_CASE,
                CaseAction.ESCALATE)) {
            inspections.count(layout.text(action.labelKey()), cases.outcome(ProcedureKind.INSPECTION, action));
        }
        var random = report.randomInspections();
        if (random == null) {
            inspections.notRecorded(layout.text("report.figure.random-draws"));
        } else {
            inspections.count(layout.text("report.figure.random-draws-finished"), random.draws());
            inspections.count(layout.text("report.figure.random-drawn"), random.drawn());
            inspections.count(layout.text("report.figure.random-inspected"), random.inspected());
            inspections.count(layout.text("report.figure.random-problems"), random.problemsFound());
        }

        var hearings = layout.section("report.section.hearings", false);
        hearings.count(layout.text("report.figure.hearings-requested"), cases.hearingsRequested());
        hearings.count(layout.text("report.figure.hearings-held"), cases.hearingsHeld());

        var reviews = layout.section("report.section.reviews", true);
        var r = report.reviews();
        reviews.count(layout.text("report.figure.reviews-submitted"), r.submitted());
        reviews.count(layout.text("report.figure.reviews-agreed"), r.agreed());
        reviews.count(layout.text("report.figure.reviews-problems"), r.problemsFound());
        reviews.count(layout.text("report.figure.reviews-changed"), r.changedAfterReview());
        reviews.count(layout.text("report.figure.reviews-coordinations"), r.coordinations());

        var d = report.disclosures();
        var remedies = layout.section("report.section.remedies", false);
        remedies.count(layout.text("report.figure.reconsiderations"), d.reconsiderations());
        remedies.count(layout.text("report.figure.reconsiderations-changed"), d.reconsiderationsChanged());
        remedies.count(layout.text("report.figure.litigations"), d.litigations());
        remedies.count(layout.text("report.figure.litigations-changed"), d.litigationsChanged());
        if (d.otherChanges() > 0) {
            remedies.count(layout.text("report.figure.other-changes"), d.otherChanges());
        }
        remedies.count(layout.text("report.figure.withdrawals"), d.withdrawals());

        var disclosures = layout.section("report.section.disclosures", true);
        disclosures.count(layout.text("report.figure.disclosures-due"), d.due());
        disclosures.count(layout.text("report.figure.disclosures-on-time"), d.onTime());
        disclosures.count(layout.text("report.figure.disclosures-late"), d.late());
        disclosures.count(layout.text("report.figure.disclosures-overdue"), d.overdue());
        disclosures.count(layout.text("report.figure.disclosures-not-yet-due"), d.notYetDue());
        disclosures.count(layout.text("report.figure.withdrawals-late"), d.withdrawalsLate());
        // 按期公示率 with what it counts printed beside it (issue 18, point 13)
        var share = layout.section("report.section.disclosure-share", false);
        share.note(layout.text(
                d.deadlinesPassed() == null
                        ? "report.figure.on-time-definition.before"
                        : "report.figure.on-time-definition"));
        share.count(layout.text("report.figure.deadlines-passed"), d.reckoned());
        share.count(layout.text("report.figure.deadlines-met"), d.met());
        share.percent(
                layout.text("report.figure.disclosures-on-time-share"),
                d.onTimeShare(),
                layout.text("report.figure.on-time-none"));

        var complaints = layout.section("report.section.complaints", false);
        var c = report.complaints();
        if (c == null) {
            complaints.notRecorded(layout.text("report.figure.complaints"));
        } else {
            complaints.count(layout.text("report.figure.complaints-received"), c.received());
            complaints.count(layout.text("report.figure.complaints-accepted"), c.accepted());
            complaints.count(layout.text("report.figure.complaints-not-accepted"), c.notAccepted());
            complaints.count(layout.text("report.figure.complaints-concluded"), c.concluded());
            complaints.count(layout.text("report.figure.complaints-upheld"), c.upheld());
            complaints.count(layout.text("report.figure.complaints-acknowledged-late"), c.acknowledgedLate());
        }
        return new AnnualReportView(report, layout.sections(), TrendChart.of(report, layout::message));
    }

    /** Total decisions, for the headline. */
    public long decided() {
        return AnnualReport.decided(report.cases());
    }

    public long opened() {
        return AnnualReport.opened(report.cases());
    }

    /** The fines decided, in yuan with two decimals. */
    public BigDecimal fines() {
        return report.cases().fines().total().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** 按期公示率, or null when no decision's day of publication had passed. */
    public BigDecimal onTimeShare() {
        return report.disclosures().onTimeShare();
    }

    private static final class Layout {
        private final MessageSource messages;
        private final Locale locale;
        private final List<Builder> builders = new ArrayList<>();

        Layout(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        String text(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
        }

        Builder section(String key, boolean chart) {
            var builder = new Builder(text(key), chart, text("report.unit.count"), text("report.unit.yuan"));
            builders.add(builder);
            return builder;
        }

        /**
         * The sections, their bars drawn on one scale per unit across the whole report (issue 18, point 13): a count of 2
         * is as long in every section, and never fills the width because its section is small; the scale is a round
         * number of at least 10, printed with each chart.
         */
        List<Section> sections() {
            var longest = new java.util.HashMap<String, BigDecimal>();
            builders.stream()
                    .filter(builder -> builder.chart)
                    .flatMap(builder -> builder.lines.stream())
                    .filter(Line::recorded)
                    .forEach(line -> longest.merge(line.unit(), line.value(), BigDecimal::max));
            var scales = new java.util.HashMap<String, BigDecimal>();
            longest.forEach((unit, value) -> scales.put(unit, scale(value)));
            return builders.stream()
                    .map(builder -> builder.build(scales, this::scaleText))
                    .toList();
        }

        private String scaleText(BigDecimal scale, String unit) {
            return messages.getMessage(
                    "report.scale", new Object[] {String.format(Locale.ROOT, "%,d", scale.longValue()), unit}, locale);
        }

        /** The round number a full bar stands for: the least of 10, 20, 25, 50, 100, 200, 250 … not below the value. */
        static BigDecimal scale(BigDecimal longest) {
            var step = BigDecimal.TEN;
            while (true) {
                for (var factor : new String[] {"1", "2", "2.5", "5"}) {
                    var candidate = step.multiply(new BigDecimal(factor));
                    if (candidate.compareTo(longest) >= 0) {
                        return candidate.stripTrailingZeros();
                    }
                }
                step = step.multiply(BigDecimal.TEN);
            }
        }
    }

    private static final class Builder {
        private final String title;
        private final boolean chart;
        private final String countUnit;
        private final String amountUnit;
        private final List<Line> lines = new ArrayList<>();
        private String note;

        Builder(String title, boolean chart, String countUnit, String amountUnit) {
            this.title = title;
            this.chart = chart;
            this.countUnit = countUnit;
            this.amountUnit = amountUnit;
        }

        void note(String text) {
            this.note = text;
        }

        void count(String label, long value) {
            lines.add(new Line(label, BigDecimal.valueOf(value), countUnit, 0, null));
        }

        void amount(String label, BigDecimal value) {
            lines.add(new Line(label, value.setScale(2, java.math.RoundingMode.HALF_UP), amountUnit, 0, null));
        }

        /** A share in percent; when there is nothing to take a share of, the text saying so. */
        void percent(String label, BigDecimal value, String absent) {
            lines.add(new Line(label, value, "%", 0, absent));
        }

        void notRecorded(String label) {
            lines.add(new Line(label, null, "", 0, null));
        }

        Section build(
                java.util.Map<String, BigDecimal> scales,
                java.util.function.BiFunction<BigDecimal, String, String> scaleText) {
            if (!chart) {
                return new Section(title, List.copyOf(lines), false, note, null);
            }
            var drawn = lines.stream()
                    .map(line -> new Line(line.label(), line.value(), line.unit(), bar(line, scales), line.absent()))
                    .toList();
            var unit = lines.stream()
                    .filter(Line::recorded)
                    .map(Line::unit)
                    .findFirst()
                    .orElse(countUnit);
            var scale = scales.get(unit);
            return new Section(title, drawn, true, note, scale == null ? null : scaleText.apply(scale, unit));
        }

        /** The bar's length in percent of its unit's scale; a value above nothing is at least 1. */
        private static int bar(Line line, java.util.Map<String, BigDecimal> scales) {
            var scale = scales.getOrDefault(line.unit(), BigDecimal.ZERO);
            if (scale.signum() == 0 || !line.recorded() || line.value().signum() <= 0) {
                return 0;
            }
            var percent = line.value()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(scale, 0, java.math.RoundingMode.HALF_UP)
                    .intValue();
            return Math.max(1, percent);
        }
    }
}
