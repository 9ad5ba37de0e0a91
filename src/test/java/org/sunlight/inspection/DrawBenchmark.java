package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A draw over a pool of 1,000,000 subjects in 4 risk classes with the 3 exclusion rules, matched from 2,000
 * inspectors, and the offline verifier re-running it from the published texts; prints the times of five runs. Run
 * with {@code ./mvnw test -Pbenchmark -Dtest=DrawBenchmark}; it asserts only that the verifier agrees, never a time.
 */
@Tag("benchmark")
class DrawBenchmark {

    @Test
    void drawsFromAMillionAndVerifies() throws Exception {
        var day = LocalDate.of(2026, 6, 1);
        var random = new SplittableRandom(2026);
        var subjects = new ArrayList<DrawFunction.Entry>(1_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            int status = random.nextInt(100);
            subjects.add(new DrawFunction.Entry(
                    String.format("91370881MA%08d", i),
                    RiskClass.values()[random.nextInt(10) < 5 ? 0 : random.nextInt(4)],
                    status < 95
                            ? SubjectStatus.OPERATING
                            : status < 98 ? SubjectStatus.CLOSED : SubjectStatus.NOT_FOUND,
                    random.nextInt(10) < 7 ? day.minusDays(1 + random.nextInt(900)) : null,
                    random.nextInt(100) == 0,
                    SubjectCategory.values()[random.nextInt(SubjectCategory.values().length)],
                    "曲阜市测试单位" + i));
        }
        var inspectors = new ArrayList<DrawFunction.Officer>();
        for (int i = 0; i < 2_000; i++) {
            inspectors.add(new DrawFunction.Officer(String.format("鲁370881%05d", i), "检查员" + i));
        }
        var conflicts = new HashMap<String, Set<String>>();
        var lastPairs = new HashMap<String, List<String>>();
        for (int i = 0; i < 5_000; i++) {
            var identifier = subjects.get(random.nextInt(subjects.size())).identifier();
            conflicts
                    .computeIfAbsent(identifier, k -> new HashSet<>())
                    .add(inspectors.get(random.nextInt(2_000)).certificateNo());
            lastPairs.put(
                    subjects.get(random.nextInt(subjects.size())).identifier(),
                    List.of(
                            inspectors.get(random.nextInt(1_000)).certificateNo(),
                            inspectors.get(1_000 + random.nextInt(1_000)).certificateNo()));
        }
        var snapshot = new DrawFunction.Snapshot("370881", "曲阜市卫生健康局", day, subjects, inspectors, conflicts, lastPairs);
        var ratios = new EnumMap<RiskClass, BigDecimal>(RiskClass.class);
        ratios.put(RiskClass.A, new BigDecimal("3.00"));
        ratios.put(RiskClass.B, new BigDecimal("5.00"));
        ratios.put(RiskClass.C, new BigDecimal("10.00"));
        ratios.put(RiskClass.D, new BigDecimal("20.00"));
        var rules = new DrawFunction.Rules("bench", ratios, 30, 2);

        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(
                "load average before: %.2f, %d processors%n",
                os.getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        long[] freeze = new long[5];
        long[] draw = new long[5];
        long[] verify = new long[5];
        long[] drawCpu = new long[5];
        long[] verifyCpu = new long[5];
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            var snapshotText = DrawFunction.snapshotText(snapshot);
            var rulesText = DrawFunction.rulesText(rules);
            var snapshotSha = sha256(snapshotText);
            freeze[run] = (System.nanoTime() - start) / 1_000_000;
            var secret = "ab".repeat(32);
            var commitment = DrawFunction.record(
                    DrawFunction.COMMITMENT_HEADER,
                    "draw",
                    "bench",
                    "unit",
                    "370881",
                    "task",
                    "bench",
                    "snapshot-sha256",
                    snapshotSha,
                    "rules-sha256",
                    sha256(rulesText),
                    "secret-sha256",
                    DrawFunction.hex(
                            DrawFunction.sha256(java.util.HexFormat.of().parseHex(secret))),
                    "public-value-source",
                    "index",
                    "public-value-date",
                    "2026-06-01",
                    "committed-at",
                    "now");
            var seed = DrawFunction.seed(sha256(commitment), secret, "3380.25");

            start = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            var outcome = DrawFunction.run(snapshot, rules, seed);
            var outcomeText = DrawFunction.outcomeText(outcome);
            draw[run] = (System.nanoTime() - start) / 1_000_000;
            drawCpu[run] = (os.getProcessCpuTime() - cpu) / 1_000_000;

            var seedText = DrawFunction.record(
                    DrawFunction.SEED_HEADER,
                    "secret",
                    secret,
                    "public-value",
                    "3380.25",
                    "seed",
                    DrawFunction.hex(seed));
            // -Dsunlight.bench.draw-files=DIR keeps the last run's published files there, e.g. to profile verify-draw
            var keep = System.getProperty("sunlight.bench.draw-files");
            var files = keep != null && run == 4
                    ? java.nio.file.Files.createDirectories(java.nio.file.Path.of(keep))
                    : java.nio.file.Files.createTempDirectory("draw-bench");
            java.nio.file.Files.writeString(files.resolve("snapshot.txt"), snapshotText);
            java.nio.file.Files.writeString(files.resolve("rules.txt"), rulesText);
            java.nio.file.Files.writeString(files.resolve("commitment.txt"), commitment);
            java.nio.file.Files.writeString(files.resolve("seed.txt"), seedText);
            java.nio.file.Files.writeString(files.resolve("outcome.txt"), outcomeText);
            System.gc();
            start = System.nanoTime();
            cpu = os.getProcessCpuTime();
            var report = DrawVerifier.verify(files);
            verify[run] = (System.nanoTime() - start) / 1_000_000;
            verifyCpu[run] = (os.getProcessCpuTime() - cpu) / 1_000_000;
            if (run == 4) {
                commandLine(files);
            }
            if (keep == null || run != 4) {
                for (var name : DrawVerifier.FILES) {
                    java.nio.file.Files.delete(files.resolve(name));
                }
                java.nio.file.Files.delete(files);
            }
            assertThat(report.problems()).isEmpty();
            if (run == 0) {
                System.out.printf(
                        "draw: %d subjects, %d inspectors, %d drawn, excluded %s, snapshot %.1f MB%n",
                        subjects.size(),
                        inspectors.size(),
                        outcome.drawn().size(),
                        outcome.excluded(),
                        snapshotText.getBytes(StandardCharsets.UTF_8).length / 1e6);
            }
        }
        System.out.println("freeze (canonical snapshot + SHA-256) ms: " + Arrays.toString(freeze));
        System.out.println("draw (exclusions, selection, matching) ms: " + Arrays.toString(draw));
        System.out.println("draw process CPU ms: " + Arrays.toString(drawCpu));
        System.out.println("verify (read files, parse, hashes, seed, re-run, compare) ms: " + Arrays.toString(verify));
        System.out.println("verify process CPU ms: " + Arrays.toString(verifyCpu));
        System.out.printf("load average after: %.2f%n", os.getSystemLoadAverage());
    }

    /**
     * The verifier as a citizen runs it: {@code java -jar target/sunlight.jar verify-draw DIR} in a JVM of its own, cold
     * each time (the jar when {@code package} has built it, else the test class path), three times, wall time by the
     * clock of this process.
     */
    private static void commandLine(java.nio.file.Path files) throws Exception {
        var javaBinary = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString();
        var jar = java.nio.file.Path.of("target", "sunlight.jar");
        var command = java.nio.file.Files.exists(jar)
                ? java.util.List.of(javaBinary, "-jar", jar.toString(), "verify-draw", files.toString())
                : java.util.List.of(
                        javaBinary,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.sunlight.Application",
                        "verify-draw",
                        files.toString());
        long[] wall = new long[3];
        for (int i = 0; i < wall.length; i++) {
            long start = System.nanoTime();
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(exit).as(output).isZero();
            assertThat(output).contains("OK");
        }
        System.out.println("verify-draw in a JVM of its own (" + (command.contains("-jar") ? "the jar" : "class path")
                + "), wall ms: " + Arrays.toString(wall));
    }

    private static String sha256(String text) {
        return DrawFunction.hex(DrawFunction.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
