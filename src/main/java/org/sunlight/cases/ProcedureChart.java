package org.sunlight.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.sunlight.organization.Role;

/**
 * Draws a procedure as an inline SVG from the very definition the engine runs (D6), so that picture and behaviour
 * cannot differ.
 *
 * <p>The stages stand in one column, top to bottom, in the order a case can reach them (a topological order of the
 * forward steps, ties in the order the definition lists them). A step to the next stage in the column is a straight
 * arrow; any other step between stages (a forward jump, or a way back such as 审核退回 or 重新合议) runs in a lane of its
 * own to the left, nested so that lanes cross as little as they can; a terminal stage the case leaves the procedure by
 * (不予立案, 移送司法机关 …) stands to the right of the stage that leads there. Acts within a stage (询问, 抽样 …) are
 * listed inside its box.
 *
 * <p>Every drawn step carries {@code data-action}, {@code data-from} and {@code data-to}, every stage box
 * {@code data-stage}, so that the drawing can be read back and compared with the definition. No script, no external
 * fonts or files: only the system's CJK fonts, and every text escaped for XML.
 */
final class ProcedureChart {

    static final String FONT_FAMILY =
            "\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif";

    private static final double MARGIN = 12;
    private static final double NAME_SIZE = 15;
    private static final double LABEL_SIZE = 13;
    private static final double ACT_SIZE = 12.5;
    private static final double LEGEND_SIZE = 12.5;
    private static final double NAME_HEIGHT = 40;
    private static final double ACT_LINE = 19;
    private static final double PORT_SPACING = 21;
    private static final double LANE_GAP = 11;
    private static final double ROW_GAP = 44;
    private static final double MIN_BOX_WIDTH = 168;
    private static final double MIN_WIDTH = 320;
    private static final double START_MARK = 30;

    private static final String EDGE = "#44546a";
    private static final String BACK = "#b45309";
    private static final String SIDE = "#6b7280";

    /** Fill and stroke of the boxes of each phase. */
    private static final Map<Stage.Phase, String[]> PHASE_COLOURS = new EnumMap<>(Map.of(
            Stage.Phase.START, new String[] {"#e8f0fb", "#1f4e8c"},
            Stage.Phase.INVESTIGATION, new String[] {"#e9f6ec", "#1e7b34"},
            Stage.Phase.DECISION, new String[] {"#fff3dc", "#a15c00"},
            Stage.Phase.SERVICE_AND_EXECUTION, new String[] {"#f2eafb", "#6b3fa0"},
            Stage.Phase.ARCHIVE, new String[] {"#eef0f2", "#4b5563"}));

    private final MessageSource messages;

    ProcedureChart(MessageSource messages) {
        this.messages = messages;
    }

    /** The procedure drawn with the names of the current locale (the product's is fixed to zh_CN). */
    String svg(Procedure procedure) {
        return svg(procedure, LocaleContextHolder.getLocale());
    }

    String svg(Procedure procedure, Locale locale) {
        return new Drawing(procedure, locale).render();
    }

    /** One drawing: lays the procedure out, then writes it. */
    private final class Drawing {

        private final Procedure procedure;
        private final Locale locale;
        private final String id;

        private final Map<String, Integer> definitionIndex = new HashMap<>();
        private final List<Stage> column = new ArrayList<>();
        private final List<Stage> sides = new ArrayList<>();
        private final Map<String, Integer> row = new HashMap<>();
        private final Map<String, List<Transition>> acts = new LinkedHashMap<>();
        private final List<Transition> moves = new ArrayList<>();
        private final Set<Transition> back = new HashSet<>();

        private final List<Transition> straight = new ArrayList<>();
        private final List<Transition> laned = new ArrayList<>();
        private final List<Transition> toSide = new ArrayList<>();
        private final Map<Transition, Integer> lane = new HashMap<>();
        private int lanes;

        // geometry
        private final Map<String, Box> boxes = new HashMap<>();
        private final Map<Transition, Double> sourcePort = new HashMap<>();
        private final Map<Transition, Double> targetPort = new HashMap<>();
        private double boxWidth;
        private double boxLeft;
        private double leftLabels;
        private double sideLeft;
        private double sideWidth;
        private double width;
        private double height;
        private double legendHeight;
        private final StringBuilder legend = new StringBuilder();

        Drawing(Procedure procedure, Locale locale) {
            this.procedure = procedure;
            this.locale = locale;
            this.id = procedure.kind().slug();
        }

        String render() {
            classify();
            order();
            route();
            measure();
            place();
            return write();
        }

        /** Which stages stand in the column, which to the side; which steps are acts within a stage. */
        private void classify() {
            var stages = procedure.stages();
            for (int i = 0; i < stages.size(); i++) {
                definitionIndex.put(stages.get(i).id(), i);
                acts.put(stages.get(i).id(), new ArrayList<>());
            }
            for (var transition : procedure.transitions()) {
                if (transition.withinStage()) {
                    acts.get(transition.from()).add(transition);
                } else {
                    moves.add(transition);
                }
            }
            for (var stage : stages) {
                var leaves = moves.stream().anyMatch(t -> t.from().equals(stage.id()));
                var initial = stage.id().equals(procedure.initialStage());
                if (stage.terminal() && !leaves && !initial) {
                    sides.add(stage);
                } else {
                    column.add(stage);
                }
            }
        }

        /** The column's order: the ways back found depth first, then a topological order of the rest. */
        private void order() {
            var inColumn = column.stream().map(Stage::id).collect(Collectors.toSet());
            var state = new HashMap<String, Integer>();
            visit(procedure.initialStage(), inColumn, state);
            for (var stage : column) {
                if (!state.containsKey(stage.id())) {
                    visit(stage.id(), inColumn, state);
                }
            }
            var incoming = new HashMap<String, Integer>();
            column.forEach(stage -> incoming.put(stage.id(), 0));
            var forward = moves.stream()
                    .filter(t -> inColumn.contains(t.to()) && !back.contains(t))
                    .toList();
            forward.forEach(t -> incoming.merge(t.to(), 1, Integer::sum));
            var ready = new PriorityQueue<String>(Comparator.comparing(definitionIndex::get));
            incoming.forEach((stage, count) -> {
                if (count == 0) {
                    ready.add(stage);
                }
            });
            var ordered = new ArrayList<Stage>();
            while (!ready.isEmpty()) {
                var next = ready.poll();
                row.put(next, ordered.size());
                ordered.add(procedure.stage(next).orElseThrow());
                for (var t : forward) {
                    if (t.from().equals(next) && incoming.merge(t.to(), -1, Integer::sum) == 0) {
                        ready.add(t.to());
                    }
                }
            }
            column.clear();
            column.addAll(ordered);
        }

        private void visit(String stage, Set<String> inColumn, Map<String, Integer> state) {
            state.put(stage, 1);
            for (var t : moves) {
                if (!t.from().equals(stage) || !inColumn.contains(t.to())) {
                    continue;
                }
                var seen = state.get(t.to());
                if (seen == null) {
                    visit(t.to(), inColumn, state);
                } else if (seen == 1) {
                    back.add(t);
                }
            }
            state.put(stage, 2);
        }

        /** Straight down, in a lane on the left, or out to a terminal stage on the right; lanes nested. */
        private void route() {
            for (var t : moves) {
                if (!row.containsKey(t.to())) {
                    toSide.add(t);
                } else if (row.get(t.to()) == row.get(t.from()) + 1) {
                    straight.add(t);
                } else {
                    laned.add(t);
                }
            }
            var bySpan = new ArrayList<>(laned);
            bySpan.sort(Comparator.comparingInt((Transition t) -> Math.abs(row.get(t.to()) - row.get(t.from())))
                    .thenComparingInt(moves::indexOf));
            var occupied = new ArrayList<List<int[]>>();
            for (var t : bySpan) {
                int low = Math.min(row.get(t.from()), row.get(t.to()));
                int high = Math.max(row.get(t.from()), row.get(t.to()));
                int chosen = 0;
                while (chosen < occupied.size() && overlaps(occupied.get(chosen), low, high)) {
                    chosen++;
                }
                if (chosen == occupied.size()) {
                    occupied.add(new ArrayList<>());
                }
                occupied.get(chosen).add(new int[] {low, high});
                lane.put(t, chosen);
            }
            lanes = occupied.size();
        }

        /**
         * Two lanes may share a track when they only touch at a stage: there the one coming from above ends above the
         * one leaving downwards.
         */
        private static boolean overlaps(List<int[]> spans, int low, int high) {
            return spans.stream().anyMatch(span -> span[0] < high && low < span[1]);
        }

        /** Sizes: the box width that fits every name and act, the label room on either side. */
        private void measure() {
            boxWidth = MIN_BOX_WIDTH;
            for (var stage : column) {
                boxWidth = Math.max(boxWidth, textWidth(stageName(stage.id()), NAME_SIZE) + 32);
                for (var act : acts.get(stage.id())) {
                    boxWidth = Math.max(boxWidth, textWidth(actionName(act), ACT_SIZE) + 44);
                }
            }
            for (var t : straight) {
                if (parallel(t).size() == 2 && parallel(t).get(0) == t) {
                    boxWidth = Math.max(boxWidth, 2 * (textWidth(actionName(t), LABEL_SIZE) + 28));
                }
            }
            leftLabels = 0;
            for (var t : laned) {
                leftLabels = Math.max(leftLabels, textWidth(actionName(t), LABEL_SIZE) + 16);
            }
            sideWidth = 0;
            for (var stage : sides) {
                sideWidth = Math.max(sideWidth, textWidth(stageName(stage.id()), NAME_SIZE) + 28);
                for (var act : acts.get(stage.id())) {
                    sideWidth = Math.max(sideWidth, textWidth(actionName(act), ACT_SIZE) + 44);
                }
            }
            sideWidth = sides.isEmpty() ? 0 : Math.max(sideWidth, 96);
        }

        /** Positions: columns, rows, ports and the terminal stages; then the legend above. */
        private void place() {
            double rightLabels = 0;
            for (var t : toSide) {
                rightLabels = Math.max(rightLabels, textWidth(actionName(t), LABEL_SIZE) + 16);
            }
            double laneRoom = lanes * LANE_GAP + (lanes > 0 ? 4 : 0);
            double content = laneRoom + leftLabels + boxWidth;
            double right = 0;
            for (var t : straight) {
                var group = parallel(t);
                int i = group.indexOf(t);
                if (group.size() != 2 || i == 1) {
                    right = Math.max(
                            right,
                            boxWidth / 2
                                    + offset(group.size(), i)
                                    + 8
                                    + textWidth(actionName(t), LABEL_SIZE)
                                    - boxWidth);
                }
            }
            if (!sides.isEmpty()) {
                right = Math.max(right, rightLabels + 18 + sideWidth);
            }
            content += Math.max(0, right);
            width = Math.max(MIN_WIDTH, content + 2 * MARGIN);
            double left = MARGIN + (width - 2 * MARGIN - content) / 2;
            boxLeft = left + laneRoom + leftLabels;
            sideLeft = boxLeft + boxWidth + rightLabels + 18;

            layoutLegend();
            double y = MARGIN + legendHeight + START_MARK;
            for (var stage : column) {
                var leftPorts = portsOnLeft(stage.id());
                var rightPorts = portsOnRight(stage.id());
                var stageActs = acts.get(stage.id());
                double h = stageActs.isEmpty() ? NAME_HEIGHT : NAME_HEIGHT + stageActs.size() * ACT_LINE + 4;
                h = Math.max(h, (Math.max(leftPorts.size(), rightPorts.size()) + 1) * PORT_SPACING);
                var box = new Box(stage, boxLeft, y, boxWidth, h);
                boxes.put(stage.id(), box);
                for (int i = 0; i < leftPorts.size(); i++) {
                    var port = leftPorts.get(i);
                    double py = y + h * (i + 1) / (leftPorts.size() + 1);
                    (port.source() ? sourcePort : targetPort).put(port.transition(), py);
                }
                for (int i = 0; i < rightPorts.size(); i++) {
                    double py =
                            rightPorts.size() == 1 ? y + NAME_HEIGHT / 2 : y + h * (i + 1) / (rightPorts.size() + 1);
                    sourcePort.put(rightPorts.get(i).transition(), py);
                }
                int below = (int) straight.stream()
                        .filter(t -> t.from().equals(stage.id()))
                        .count();
                y += h + Math.max(ROW_GAP, below * 17 + 24);
            }
            height = y - ROW_GAP + MARGIN;
            double sideBottom = 0;
            for (var stage : sides) {
                var anchor = anchor(stage);
                var stageActs = acts.get(stage.id());
                double h = stageActs.isEmpty() ? NAME_HEIGHT - 4 : NAME_HEIGHT + stageActs.size() * ACT_LINE + 4;
                double top = anchor == null ? MARGIN + legendHeight : sourcePort.get(anchor) - (NAME_HEIGHT - 4) / 2;
                top = Math.max(top, sideBottom + 12);
                var box = new Box(stage, sideLeft, top, sideWidth, h);
                boxes.put(stage.id(), box);
                sideBottom = top + h;
                height = Math.max(height, sideBottom + MARGIN);
            }
        }

        /** The steps between the same two neighbouring stages, drawn side by side. */
        private List<Transition> parallel(Transition t) {
            return straight.stream()
                    .filter(s -> s.from().equals(t.from()) && s.to().equals(t.to()))
                    .toList();
        }

        private static double offset(int count, int index) {
            return count == 1 ? 0 : (index - (count - 1) / 2.0) * (count == 2 ? 28 : 18);
        }

        /** The step a terminal stage is drawn level with: the first one from the highest stage. */
        private Transition anchor(Stage side) {
            return toSide.stream()
                    .filter(t -> t.to().equals(side.id()))
                    .min(Comparator.comparingInt((Transition t) -> row.get(t.from()))
                            .thenComparingInt(moves::indexOf))
                    .orElse(null);
        }

        record Port(Transition transition, boolean source, boolean otherEndAbove, int lane) {}

        /**
         * The lanes that leave or reach a stage on its left: those whose other end lies above come first, inner lanes
         * higher; then those going down, outer lanes higher; so that no lane crosses another at its own stage.
         */
        private List<Port> portsOnLeft(String stage) {
            var ports = new ArrayList<Port>();
            for (var t : laned) {
                if (t.from().equals(stage)) {
                    ports.add(new Port(t, true, row.get(t.to()) < row.get(stage), lane.get(t)));
                }
                if (t.to().equals(stage)) {
                    ports.add(new Port(t, false, row.get(t.from()) < row.get(stage), lane.get(t)));
                }
            }
            ports.sort(Comparator.comparing((Port p) -> !p.otherEndAbove())
                    .thenComparingInt(p -> p.otherEndAbove() ? p.lane() : -p.lane()));
            return ports;
        }

        /** The steps out to terminal stages, in the order those stand. */
        private List<Port> portsOnRight(String stage) {
            var sideOrder = sides.stream().map(Stage::id).toList();
            return toSide.stream()
                    .filter(t -> t.from().equals(stage))
                    .sorted(Comparator.comparingInt((Transition t) -> sideOrder.indexOf(t.to())))
                    .map(t -> new Port(t, true, false, 0))
                    .toList();
        }

        private void layoutLegend() {
            var entries = new ArrayList<String[]>();
            var phases = EnumSet.noneOf(Stage.Phase.class);
            procedure.stages().forEach(stage -> phases.add(stage.phase()));
            for (var phase : phases) {
                entries.add(new String[] {"phase", phase.name(), text("phase." + phase.name())});
            }
            if (acts.values().stream().anyMatch(list -> !list.isEmpty())) {
                entries.add(new String[] {"acts", "", text("chart.legend.acts")});
            }
            if (!back.isEmpty()) {
                entries.add(new String[] {"back", "", text("chart.legend.back")});
            }
            if (!sides.isEmpty()) {
                entries.add(new String[] {"terminal", "", text("chart.legend.terminal")});
            }
            double x = MARGIN;
            double y = MARGIN;
            double lineHeight = 22;
            for (var entry : entries) {
                double symbol = entry[0].equals("back") ? 26 : entry[0].equals("acts") ? 10 : 16;
                double w = symbol + 6 + textWidth(entry[2], LEGEND_SIZE) + 16;
                if (x > MARGIN && x + w > width - MARGIN) {
                    x = MARGIN;
                    y += lineHeight;
                }
                double mid = y + 8;
                switch (entry[0]) {
                    case "phase" -> {
                        var colours = PHASE_COLOURS.get(Stage.Phase.valueOf(entry[1]));
                        legend.append(
                                "<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"14\" rx=\"3\" fill=\"%s\" stroke=\"%s\"/>"
                                        .formatted(n(x), n(mid - 7), colours[0], colours[1]));
                    }
                    case "acts" -> legend.append(
                            "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>".formatted(n(x + 5), n(mid), EDGE));
                    case "back" -> legend.append(("<path d=\"M%s,%s H%s\" stroke=\"%s\" stroke-width=\"1.6\""
                                    + " stroke-dasharray=\"5 3\" fill=\"none\" marker-end=\"url(#%s)\"/>")
                            .formatted(n(x), n(mid), n(x + symbol), BACK, marker("back")));
                    default -> legend.append(
                            ("<rect x=\"%s\" y=\"%s\" width=\"16\" height=\"14\" rx=\"3\" fill=\"#fff\""
                                            + " stroke=\"%s\" stroke-dasharray=\"3 2\"/>")
                                    .formatted(n(x), n(mid - 7), SIDE));
                }
                legend.append("<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"#333\">%s</text>"
                        .formatted(n(x + symbol + 6), n(mid + 4.5), n(LEGEND_SIZE), escape(entry[2])));
                x += w;
            }
            legendHeight = entries.isEmpty() ? 0 : y - MARGIN + lineHeight + 6;
        }

        private String write() {
            var svg = new StringBuilder();
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"procedure-chart\"")
                    .append(" viewBox=\"0 0 %s %s\" width=\"%s\" height=\"%s\""
                            .formatted(n(width), n(height), n(width), n(height)))
                    .append(" role=\"img\" aria-labelledby=\"chart-title-")
                    .append(escape(id))
                    .append('"')
                    .append(" data-procedure=\"")
                    .append(escape(id))
                    .append('"')
                    .append(" font-family=\"")
                    .append(escape(FONT_FAMILY))
                    .append("\">");
            svg.append("<title id=\"chart-title-")
                    .append(escape(id))
                    .append("\">")
                    .append(escape(text("chart.svg.title", text(procedure.kind().labelKey()))))
                    .append("</title>");
            svg.append("<defs>");
            defineMarker(svg, "edge", EDGE);
            defineMarker(svg, "back", BACK);
            defineMarker(svg, "side", SIDE);
            svg.append("</defs>");
            svg.append("<g class=\"legend\">").append(legend).append("</g>");

            // where a case begins
            var first = boxes.get(procedure.initialStage());
            if (first != null) {
                double cx = first.x() + first.w() / 2;
                svg.append("<g class=\"start\"><circle cx=\"%s\" cy=\"%s\" r=\"6\" fill=\"%s\"/>"
                        .formatted(n(cx), n(first.y() - START_MARK + 8), EDGE));
                svg.append("<path d=\"M%s,%s V%s\" stroke=\"%s\" stroke-width=\"1.6\" marker-end=\"url(#%s)\"/></g>"
                        .formatted(n(cx), n(first.y() - START_MARK + 14), n(first.y()), EDGE, marker("edge")));
            }

            svg.append("<g class=\"stages\">");
            for (var stage : procedure.stages()) {
                writeStage(svg, boxes.get(stage.id()));
            }
            svg.append("</g><g class=\"transitions\">");
            for (var t : procedure.transitions()) {
                if (t.withinStage()) {
                    writeAct(svg, t);
                } else if (straight.contains(t)) {
                    writeStraight(svg, t);
                } else if (laned.contains(t)) {
                    writeLaned(svg, t);
                } else {
                    writeToSide(svg, t);
                }
            }
            svg.append("</g></svg>");
            return svg.toString();
        }

        private void defineMarker(StringBuilder svg, String kind, String colour) {
            svg.append(("<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"9.5\" refY=\"5\" markerWidth=\"9\""
                            + " markerHeight=\"9\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                            + "<path d=\"M0,0.8 L10,5 L0,9.2 Z\" fill=\"%s\"/></marker>")
                    .formatted(marker(kind), colour));
        }

        private String marker(String kind) {
            return escape("arrow-" + kind + "-" + id);
        }

        private void writeStage(StringBuilder svg, Box box) {
            var stage = box.stage();
            var colours = PHASE_COLOURS.get(stage.phase());
            boolean side = sides.contains(stage);
            svg.append("<g class=\"stage\" data-stage=\"%s\" data-phase=\"%s\">"
                    .formatted(escape(stage.id()), escape(stage.phase().name())));
            svg.append("<title>%s</title>"
                    .formatted(escape(text(
                            "chart.svg.stage-title",
                            stageName(stage.id()),
                            text("phase." + stage.phase().name())))));
            svg.append(
                    "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" rx=\"7\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%s\"%s/>"
                            .formatted(
                                    n(box.x()),
                                    n(box.y()),
                                    n(box.w()),
                                    n(box.h()),
                                    colours[0],
                                    colours[1],
                                    side ? "1.4" : "1.6",
                                    side ? " stroke-dasharray=\"5 3\"" : ""));
            var stageActs = acts.get(stage.id());
            double nameY = stageActs.isEmpty() ? box.y() + box.h() / 2 + NAME_SIZE * 0.36 : box.y() + 25;
            svg.append(
                    "<text x=\"%s\" y=\"%s\" font-size=\"%s\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"%s\">%s</text>"
                            .formatted(
                                    n(box.x() + box.w() / 2),
                                    n(nameY),
                                    n(NAME_SIZE),
                                    "#1a1a1a",
                                    escape(stageName(stage.id()))));
            if (!stageActs.isEmpty()) {
                svg.append("<path d=\"M%s,%s H%s\" stroke=\"%s\" stroke-opacity=\".35\"/>"
                        .formatted(n(box.x() + 8), n(box.y() + NAME_HEIGHT - 2), n(box.x() + box.w() - 8), colours[1]));
            }
            svg.append("</g>");
        }

        private void writeAct(StringBuilder svg, Transition t) {
            var box = boxes.get(t.from());
            int i = acts.get(t.from()).indexOf(t);
            double baseline = box.y() + NAME_HEIGHT + 4 + i * ACT_LINE + ACT_SIZE;
            open(svg, t, "act");
            svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"2.6\" fill=\"%s\"/>"
                    .formatted(n(box.x() + 16), n(baseline - ACT_SIZE * 0.36), EDGE));
            svg.append("<text x=\"%s\" y=\"%s\" font-size=\"%s\" fill=\"#333\">%s</text>"
                    .formatted(n(box.x() + 25), n(baseline), n(ACT_SIZE), escape(actionName(t))));
            svg.append("</g>");
        }

        private void writeStraight(StringBuilder svg, Transition t) {
            var from = boxes.get(t.from());
            var to = boxes.get(t.to());
            var group = parallel(t);
            int i = group.indexOf(t);
            double x = from.x() + from.w() / 2 + offset(group.size(), i);
            double top = from.y() + from.h();
            double bottom = to.y();
            open(svg, t, "step");
            path(svg, List.of(new double[] {x, top}, new double[] {x, bottom}), EDGE, false, "edge");
            double labelY = (top + bottom) / 2 + LABEL_SIZE * 0.36;
            if (group.size() == 2 && i == 0) {
                label(svg, x - 7, labelY, "end", actionName(t), EDGE);
            } else if (group.size() > 2) {
                double stackY = labelY + (i - (group.size() - 1) / 2.0) * 16;
                double rightmost = from.x() + from.w() / 2 + offset(group.size(), group.size() - 1);
                label(svg, rightmost + 8, stackY, "start", actionName(t), EDGE);
            } else {
                label(svg, x + 8, labelY, "start", actionName(t), EDGE);
            }
            svg.append("</g>");
        }

        private void writeLaned(StringBuilder svg, Transition t) {
            var isBack = back.contains(t);
            var colour = isBack ? BACK : EDGE;
            double laneX = boxLeft - leftLabels - 4 - lane.get(t) * LANE_GAP;
            double ys = sourcePort.get(t);
            double yt = targetPort.get(t);
            open(svg, t, isBack ? "step back" : "step jump");
            path(
                    svg,
                    List.of(
                            new double[] {boxLeft, ys},
                            new double[] {laneX, ys},
                            new double[] {laneX, yt},
                            new double[] {boxLeft, yt}),
                    colour,
                    isBack,
                    isBack ? "back" : "edge");
            label(svg, boxLeft - 6, ys - 5, "end", actionName(t), colour);
            svg.append("</g>");
        }

        private void writeToSide(StringBuilder svg, Transition t) {
            var from = boxes.get(t.from());
            var to = boxes.get(t.to());
            double x0 = from.x() + from.w();
            double y0 = sourcePort.get(t);
            var points = new ArrayList<double[]>();
            points.add(new double[] {x0, y0});
            var incoming = toSide.stream().filter(s -> s.to().equals(t.to())).toList();
            var anchor = anchor(to.stage());
            double entryY = to.y() + (NAME_HEIGHT - 4) / 2;
            if (t == anchor || (y0 >= to.y() && y0 <= to.y() + to.h())) {
                double y1 = t == anchor ? entryY : y0;
                if (Math.abs(y1 - y0) > 0.5) {
                    double joinX = to.x() - 10;
                    points.add(new double[] {joinX, y0});
                    points.add(new double[] {joinX, y1});
                }
                points.add(new double[] {to.x(), y1});
            } else {
                var others = incoming.stream().filter(s -> s != anchor).toList();
                double ex = to.x() + to.w() * (others.indexOf(t) + 1) / (others.size() + 1);
                points.add(new double[] {ex, y0});
                points.add(new double[] {ex, y0 > to.y() ? to.y() + to.h() : to.y()});
            }
            open(svg, t, "step out");
            path(svg, points, SIDE, false, "side");
            label(svg, x0 + 6, y0 - 5, "start", actionName(t), SIDE);
            svg.append("</g>");
        }

        private void open(StringBuilder svg, Transition t, String kind) {
            svg.append("<g class=\"%s\" data-action=\"%s\" data-from=\"%s\" data-to=\"%s\">"
                    .formatted(escape(kind), escape(t.action().id()), escape(t.from()), escape(t.to())));
            svg.append("<title>%s</title>".formatted(escape(tooltip(t))));
        }

        private String tooltip(Transition t) {
            var roles = t.roles().stream()
                    .sorted()
                    .map(Role::labelKey)
                    .map(this::text)
                    .collect(Collectors.joining(text("chart.list.separator")));
            return t.withinStage()
                    ? text("chart.tooltip.act", actionName(t), stageName(t.from()), roles)
                    : text("chart.tooltip.step", actionName(t), stageName(t.from()), stageName(t.to()), roles);
        }

        private void path(StringBuilder svg, List<double[]> points, String colour, boolean dashed, String marker) {
            svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s marker-end=\"url(#%s)\"/>"
                    .formatted(rounded(points), colour, dashed ? " stroke-dasharray=\"6 3\"" : "", marker(marker)));
        }

        private void label(StringBuilder svg, double x, double y, String anchor, String text, String colour) {
            svg.append(("<text x=\"%s\" y=\"%s\" font-size=\"%s\" text-anchor=\"%s\" fill=\"%s\" stroke=\"#fff\""
                            + " stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\">%s</text>")
                    .formatted(n(x), n(y), n(LABEL_SIZE), anchor, colour, escape(text)));
        }

        private String stageName(String stage) {
            return text("stage." + stage);
        }

        private String actionName(Transition t) {
            return text(t.labelKey());
        }

        private String text(String key, Object... arguments) {
            return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
        }
    }

    /** A box drawn for a stage. */
    private record Box(Stage stage, double x, double y, double w, double h) {}

    /** A polyline with its corners rounded. */
    static String rounded(List<double[]> points) {
        var d = new StringBuilder("M").append(n(points.get(0)[0])).append(',').append(n(points.get(0)[1]));
        for (int i = 1; i < points.size(); i++) {
            var p = points.get(i);
            if (i == points.size() - 1) {
                d.append(" L").append(n(p[0])).append(',').append(n(p[1]));
                break;
            }
            var before = points.get(i - 1);
            var after = points.get(i + 1);
            double in = Math.hypot(p[0] - before[0], p[1] - before[1]);
            double out = Math.hypot(after[0] - p[0], after[1] - p[1]);
            double r = Math.min(7, Math.min(in, out) / 2);
            if (r < 0.5) {
                d.append(" L").append(n(p[0])).append(',').append(n(p[1]));
                continue;
            }
            double ax = p[0] - (p[0] - before[0]) / in * r;
            double ay = p[1] - (p[1] - before[1]) / in * r;
            double bx = p[0] + (after[0] - p[0]) / out * r;
            double by = p[1] + (after[1] - p[1]) / out * r;
            d.append(" L").append(n(ax)).append(',').append(n(ay));
            d.append(" Q")
                    .append(n(p[0]))
                    .append(',')
                    .append(n(p[1]))
                    .append(' ')
                    .append(n(bx))
                    .append(',')
                    .append(n(by));
        }
        return d.toString();
    }

    /** About how wide a text is drawn: CJK and full-width characters one em, others about half. */
    static double textWidth(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80) {
                ems += 1;
            } else if (cp == ' ') {
                ems += 0.3;
            } else if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
                ems += 0.62;
            } else {
                ems += 0.52;
            }
        }
        return ems * size;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String n(double value) {
        var rounded = Math.round(value * 10) / 10.0;
        if (rounded == Math.rint(rounded)) {
            return Long.toString((long) rounded);
        }
        return String.format(Locale.ROOT, "%.1f", rounded);
    }
}
