package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** S1: the draw is a fixed function of its published snapshot, rules and seed; exclusions and matching are rules. */
class DrawFunctionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @Test
    void theCountIsTheRatioOfTheEligibleRoundedUpExactly() {
        assertThat(DrawFunction.count(0, new BigDecimal("5.00"))).isZero();
        assertThat(DrawFunction.count(1, new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(DrawFunction.count(100, new BigDecimal("5.00"))).isEqualTo(5);
        assertThat(DrawFunction.count(101, new BigDecimal("5.00"))).isEqualTo(6);
        assertThat(DrawFunction.count(3, new BigDecimal("100.00"))).isEqualTo(3);
        assertThat(DrawFunction.count(7, new BigDecimal("0.00"))).isZero();
    }

    @Test
    void eachExclusionIsCountedUnderTheFirstRuleThatApplies() {
        var subjects = List.of(
                entry("A1", RiskClass.A, SubjectStatus.CLOSED, DAY.minusDays(3), true),
                entry("A2", RiskClass.A, SubjectStatus.OPERATING, DAY.minusDays(3), true),
                entry("A3", RiskClass.A, SubjectStatus.OPERATING, DAY.minusDays(30), false),
                entry("A4", RiskClass.A, SubjectStatus.OPERATING, DAY.minusDays(31), false),
                entry("A5", RiskClass.A, SubjectStatus.NOT_FOUND, null, false),
                entry("A6", RiskClass.A, SubjectStatus.OPERATING, null, false));

        var outcome = DrawFunction.run(snapshot(subjects, 4), rules("100.00"), seed("x"));

        assertThat(outcome.excluded())
                .containsEntry(DrawFunction.Exclusion.NOT_OPERATING, 2)
                .containsEntry(DrawFunction.Exclusion.OPEN_CASE, 1)
                .containsEntry(DrawFunction.Exclusion.RECENTLY_INSPECTED, 1);
        assertThat(outcome.drawn()).extracting(DrawFunction.Drawn::identifier).containsExactlyInAnyOrder("A4", "A6");
    }

    @Test
    void theSameInputsGiveTheSameOutcomeAndAnotherSeedAnother() {
        var subjects = new ArrayList<DrawFunction.Entry>();
        for (int i = 0; i < 400; i++) {
            subjects.add(entry("S" + i, RiskClass.values()[i % 4], SubjectStatus.OPERATING, null, false));
        }
        var snapshot = snapshot(subjects, 10);

        var one = DrawFunction.outcomeText(DrawFunction.run(snapshot, rules("10.00"), seed("one")));
        var again = DrawFunction.outcomeText(DrawFunction.run(
                DrawFunction.parseSnapshot(DrawFunction.snapshotText(snapshot)), rules("10.00"), seed("one")));
        var other = DrawFunction.outcomeText(DrawFunction.run(snapshot, rules("10.00"), seed("two")));

        assertThat(again).isEqualTo(one);
        assertThat(other).isNotEqualTo(one);
        assertThat(one.lines().filter(line -> line.startsWith("D\t"))).hasSize(40);
    }

    @Test
    void aSnapshotIsReadBackInFileOrderAndABadLineIsNamedByItsNumberInEitherHalf() {
        var subjects = new ArrayList<DrawFunction.Entry>();
        for (int i = 0; i < 400; i++) {
            subjects.add(entry(
                    String.format("S%03d", i),
                    RiskClass.values()[i % 4],
                    i % 7 == 0 ? SubjectStatus.CLOSED : SubjectStatus.OPERATING,
                    i % 3 == 0 ? DAY.minusDays(i) : null,
                    i % 11 == 0));
        }
        var conflicts = new HashMap<String, Set<String>>();
        conflicts.put("S001", Set.of("C1", "C2"));
        conflicts.put("S399", Set.of("C3"));
        var lastPairs = new HashMap<String, List<String>>();
        lastPairs.put("S002", List.of("C4", "C5"));
        var snapshot = new DrawFunction.Snapshot(
                "370881", "曲阜市卫生健康局", DAY, subjects, snapshot(subjects, 6).inspectors(), conflicts, lastPairs);
        var text = DrawFunction.snapshotText(snapshot);

        var read = DrawFunction.parseSnapshot(text);

        // names are published but not read back: the draw never reads them
        assertThat(read.subjects())
                .extracting(e -> new DrawFunction.Entry(
                        e.identifier(),
                        e.risk(),
                        e.status(),
                        e.lastInspectedOn(),
                        e.openCase(),
                        e.category(),
                        "单位" + e.identifier()))
                .containsExactlyElementsOf(subjects);
        assertThat(read.subjects()).allSatisfy(e -> assertThat(e.name()).isNull());
        assertThat(read.inspectors()).isEqualTo(snapshot.inspectors());
        assertThat(read.conflicts()).isEqualTo(conflicts);
        assertThat(read.lastPairs()).isEqualTo(lastPairs);
        assertThat(read.unitCode()).isEqualTo("370881");
        assertThat(read.day()).isEqualTo(DAY);

        // lines 1-3 are the header, unit and day; subject i is line 4 + i, in the first or the second half
        for (int i : new int[] {10, 351}) {
            var identifier = String.format("S%03d", i);
            var bad = text.replace(
                    identifier + "\t" + RiskClass.values()[i % 4] + "\tOPERATING", identifier + "\tE\tOPERATING");
            assertThat(bad).isNotEqualTo(text);
            assertThatThrownBy(() -> DrawFunction.parseSnapshot(bad))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("line " + (4 + i) + ": not one of");
        }
    }

    @Test
    void aDrawOverTheSnapshotReadBackFromItsTextIsTheDrawOverTheSnapshotItself() {
        var random = new java.util.SplittableRandom(17);
        for (int round = 0; round < 40; round++) {
            var subjects = new ArrayList<DrawFunction.Entry>();
            int n = 1 + random.nextInt(3_000);
            for (int i = 0; i < n; i++) {
                int roll = random.nextInt(20);
                subjects.add(entry(
                        // codes of both kinds: credit codes and licence numbers in Chinese
                        i % 5 == 0 ? "鲁卫公证字[2026]第" + i + "号" : String.format("9137%014d", random.nextLong(1L << 40)),
                        RiskClass.values()[random.nextInt(4)],
                        roll == 0 ? SubjectStatus.CLOSED : SubjectStatus.OPERATING,
                        roll < 5 ? DAY.minusDays(random.nextInt(90)) : null,
                        roll == 1));
            }
            var snapshot = snapshot(subjects, 2 + random.nextInt(30));
            var rules = rules(String.format("%d.%02d", random.nextInt(100), random.nextInt(100)));
            var seed = seed("round " + round);

            var published = DrawFunction.parseSnapshot(DrawFunction.snapshotText(snapshot));

            assertThat(DrawFunction.outcomeText(DrawFunction.run(published, rules, seed)))
                    .as("round %d, %d subjects", round, n)
                    .isEqualTo(DrawFunction.outcomeText(DrawFunction.run(snapshot, rules, seed)));
        }
    }

    @Test
    void matchingSendsTwoWithoutConflictNotTheLastPairAndBalancesWorkloads() {
        var subjects = new ArrayList<DrawFunction.Entry>();
        for (int i = 0; i < 30; i++) {
            subjects.add(entry("S" + i, RiskClass.D, SubjectStatus.OPERATING, null, false));
        }
        var inspectors = List.of(officer("C1"), officer("C2"), officer("C3"), officer("C4"), officer("C5"));
        var conflicts = new HashMap<String, Set<String>>();
        conflicts.put("S0", Set.of("C1", "C2", "C3"));
        var lastPairs = new HashMap<String, List<String>>();
        lastPairs.put("S1", List.of("C4", "C5"));
        lastPairs.put("S2", List.of("C1", "C2"));
        var snapshot = new DrawFunction.Snapshot("370881", "曲阜市卫生健康局", DAY, subjects, inspectors, conflicts, lastPairs);

        var outcome = DrawFunction.run(snapshot, rules("100.00"), seed("m"));

        var loads = new HashMap<String, Integer>();
        for (var drawn : outcome.drawn()) {
            assertThat(drawn.inspectors()).hasSize(2).doesNotHaveDuplicates();
            drawn.inspectors().forEach(c -> loads.merge(c, 1, Integer::sum));
            if (drawn.identifier().equals("S0")) {
                assertThat(drawn.inspectors()).containsExactly("C4", "C5");
            }
            if (lastPairs.containsKey(drawn.identifier())) {
                assertThat(drawn.inspectors()).isNotEqualTo(lastPairs.get(drawn.identifier()));
            }
        }
        // 30 subjects × 2 = 60 visits over 5 inspectors: 12 each, give or take the conflicts
        assertThat(loads.values()).allSatisfy(load -> assertThat(load).isBetween(11, 13));
    }

    @Test
    void tooFewInspectorsLeaveASubjectUnmatchedRatherThanSendingOne() {
        var subjects = List.of(entry("S1", RiskClass.A, SubjectStatus.OPERATING, null, false));
        var snapshot = new DrawFunction.Snapshot(
                "370881",
                "曲阜",
                DAY,
                subjects,
                List.of(officer("C1"), officer("C2")),
                Map.of("S1", Set.of("C2")),
                Map.of());

        var outcome = DrawFunction.run(snapshot, rules("100.00"), seed("u"));

        assertThat(outcome.drawn()).singleElement().satisfies(drawn -> assertThat(drawn.inspectors())
                .isEmpty());
        assertThat(DrawFunction.outcomeText(outcome)).contains("D\tA\t1\tS1\t-\t-\n");
    }

    @Test
    void theSelectionIsTheDocumentedRankingByTheStandardHmac() throws Exception {
        var random = new java.util.SplittableRandom(16);
        var subjects = new ArrayList<DrawFunction.Entry>();
        for (int i = 0; i < 30_000; i++) {
            // credit codes, and licence numbers in Chinese, which are not ASCII
            var identifier = i % 7 == 0 ? "鲁卫公证字〔2026〕第" + i + "号" : String.format("91370881MA%08d", i);
            // most in one class: over 20,000 subjects a class are ranked in parts on threads of their own (2 cores)
            var risk = i % 10 < 7 ? RiskClass.values()[0] : RiskClass.values()[random.nextInt(4)];
            subjects.add(entry(identifier, risk, SubjectStatus.OPERATING, null, false));
        }
        var seed = seed("reference");

        var outcome = DrawFunction.run(snapshot(subjects, 40), rules("7.50"), seed);

        // the reference: every subject's HMAC by javax.crypto.Mac, the class ordered in full, the first ⌈n × 7.5 %⌉
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(seed, "HmacSHA256"));
        var expected = new ArrayList<String>();
        for (var risk : RiskClass.values()) {
            var ranked = new ArrayList<String[]>();
            for (var subject : subjects) {
                if (subject.risk() == risk) {
                    var digest = mac.doFinal(
                            ("select\n" + subject.identifier()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    ranked.add(new String[] {java.util.HexFormat.of().formatHex(digest), subject.identifier()});
                }
            }
            ranked.sort((a, b) -> a[0].compareTo(b[0]));
            int count = DrawFunction.count(ranked.size(), new BigDecimal("7.50"));
            for (int i = 0; i < count; i++) {
                expected.add(risk + " " + (i + 1) + " " + ranked.get(i)[1]);
            }
        }
        assertThat(outcome.drawn())
                .extracting(drawn -> drawn.risk() + " " + drawn.rank() + " " + drawn.identifier())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theSelectionCutIsTheKthSmallest() {
        var random = new java.util.SplittableRandom(5);
        for (int round = 0; round < 200; round++) {
            var values = new long[1 + random.nextInt(500)];
            for (int i = 0; i < values.length; i++) {
                values[i] = round % 3 == 0 ? random.nextInt(5) : random.nextLong();
            }
            var sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int k = random.nextInt(values.length);
            assertThat(DrawFunction.select(values.clone(), k)).isEqualTo(sorted[k]);
        }
    }

    @Test
    void theRankingSortOrdersKeysAndCarriesTheirPositionsAlong() {
        var random = new java.util.SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            int n = random.nextInt(2_000);
            var keys = new long[n];
            var positions = new int[n];
            for (int i = 0; i < n; i++) {
                // many equal keys in a third of the rounds
                keys[i] = round % 3 == 0 ? random.nextInt(7) : random.nextLong();
                positions[i] = i;
            }
            var original = keys.clone();
            var sorted = keys.clone();
            java.util.Arrays.sort(sorted);

            DrawFunction.sort(keys, positions, 0, n);

            assertThat(keys).containsExactly(sorted);
            for (int i = 0; i < n; i++) {
                assertThat(original[positions[i]]).isEqualTo(keys[i]);
            }
            assertThat(positions)
                    .containsExactlyInAnyOrder(
                            java.util.stream.IntStream.range(0, n).toArray());
        }
    }

    private static DrawFunction.Entry entry(
            String identifier, RiskClass risk, SubjectStatus status, LocalDate lastInspected, boolean openCase) {
        return new DrawFunction.Entry(
                identifier, risk, status, lastInspected, openCase, SubjectCategory.PUBLIC_PLACE, "单位" + identifier);
    }

    private static DrawFunction.Officer officer(String certificateNo) {
        return new DrawFunction.Officer(certificateNo, "人员" + certificateNo);
    }

    private static DrawFunction.Snapshot snapshot(List<DrawFunction.Entry> subjects, int inspectors) {
        var officers = new ArrayList<DrawFunction.Officer>();
        for (int i = 0; i < inspectors; i++) {
            officers.add(officer("C" + i));
        }
        return new DrawFunction.Snapshot("370881", "曲阜市卫生健康局", DAY, subjects, officers, Map.of(), Map.of());
    }

    private static DrawFunction.Rules rules(String ratio) {
        var ratios = new EnumMap<RiskClass, BigDecimal>(RiskClass.class);
        for (var risk : RiskClass.values()) {
            ratios.put(risk, new BigDecimal(ratio));
        }
        return new DrawFunction.Rules("task", ratios, 30, 2);
    }

    private static byte[] seed(String text) {
        return DrawFunction.seed("00", "11", text);
    }
}
