package org.sunlight.inspection;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Re-runs a published draw offline, with the JDK alone (no Spring, no database): checks the snapshot and the rules
 * against the commitment, the revealed secret against its commitment, derives the seed from the commitment, the secret
 * and the public value, recomputes the selection and the matching with {@link DrawFunction}, and compares them with the
 * published outcome line by line, naming the first difference. Run as {@code java -jar sunlight.jar verify-draw DIR},
 * DIR holding the five files the portal publishes: snapshot.txt, rules.txt, commitment.txt, seed.txt, outcome.txt.
 */
public final class DrawVerifier {

    public static final List<String> FILES =
            List.of("snapshot.txt", "rules.txt", "commitment.txt", "seed.txt", "outcome.txt");

    /** The re-matchings of the draw, when there were any: each a sub-draw the verifier re-runs in turn. */
    public static final String REMATCHES = "rematches.txt";

    private DrawVerifier() {}

    /**
     * What the check found.
     *
     * @param readable false when the files are missing or not in their canonical form
     * @param problems the differences found; the first names where the draw stops being reproduced
     * @param facts what was checked
     */
    public record Report(boolean readable, List<String> problems, List<String> facts) {

        public boolean clean() {
            return readable && problems.isEmpty();
        }

        /** 0 when the draw is reproduced, 1 when it is not, 2 when the files could not be read. */
        public int exitCode() {
            return !readable ? 2 : problems.isEmpty() ? 0 : 1;
        }
    }

    public static int run(PrintStream out, String... args) {
        if (args.length != 1) {
            out.println("usage: java -jar sunlight.jar verify-draw DIR   (DIR holds " + String.join(", ", FILES) + ")");
            return 2;
        }
        var report = verify(Path.of(args[0]));
        for (var fact : report.facts()) {
            out.print("  ");
            out.println(fact);
        }
        for (var problem : report.problems()) {
            out.print("FAIL ");
            out.println(problem);
        }
        out.println(
                report.clean()
                        ? "OK: 抽取结果可复现 / the draw is reproduced"
                        : "NOT VERIFIED: 抽取结果不能复现 / the draw is not reproduced");
        return report.exitCode();
    }

    /**
     * Checks the draw published in the directory. The snapshot file is mapped, not read: it is hashed and read where
     * it lies in the page cache, without copying 88 MB into a fresh array first.
     */
    public static Report verify(Path directory) {
        ByteBuffer snapshot;
        try (var channel = FileChannel.open(directory.resolve(FILES.get(0)), StandardOpenOption.READ)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                return new Report(false, List.of("cannot read " + FILES.get(0) + ": larger than 2 GB"), List.of());
            }
            snapshot = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (IOException e) {
            return new Report(false, List.of("cannot read " + FILES.get(0) + ": " + e.getMessage()), List.of());
        }
        var texts = new ArrayList<String>();
        for (var name : FILES.subList(1, FILES.size())) {
            try {
                texts.add(Files.readString(directory.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return new Report(false, List.of("cannot read " + name + ": " + e.getMessage()), List.of());
            }
        }
        String rematches = null;
        var rematchFile = directory.resolve(REMATCHES);
        if (Files.exists(rematchFile)) {
            try {
                rematches = Files.readString(rematchFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return new Report(false, List.of("cannot read " + REMATCHES + ": " + e.getMessage()), List.of());
            }
        }
        return verify(snapshot, texts.get(0), texts.get(1), texts.get(2), texts.get(3), rematches);
    }

    public static Report verify(
            String snapshotText, String rulesText, String commitmentText, String seedText, String outcomeText) {
        return verify(snapshotText.getBytes(StandardCharsets.UTF_8), rulesText, commitmentText, seedText, outcomeText);
    }

    public static Report verify(
            byte[] snapshotText, String rulesText, String commitmentText, String seedText, String outcomeText) {
        return verify(ByteBuffer.wrap(snapshotText), rulesText, commitmentText, seedText, outcomeText, null);
    }

    /**
     * The snapshot as its published bytes (from the buffer's start to its limit, which must not change during the
     * check): hashed and read as they are, never decoded to one large string; the
     * re-matchings, when there were any (else null).
     */
    public static Report verify(
            ByteBuffer snapshotText,
            String rulesText,
            String commitmentText,
            String seedText,
            String outcomeText,
            String rematchesText) {
        var facts = new ArrayList<String>();
        var problems = new ArrayList<String>();
        java.util.Map<String, String> commitment;
        java.util.Map<String, String> seedRecord;
        DrawFunction.Snapshot snapshot;
        DrawFunction.Rules rules;
        // the 88 MB of a million subjects are hashed on a thread of their own while they are read
        var hashing = new java.util.concurrent.FutureTask<>(new java.util.concurrent.Callable<String>() {
            @Override
            public String call() {
                return DrawFunction.hex(DrawFunction.sha256(snapshotText));
            }
        });
        var hasher = new Thread(hashing, "snapshot-hash");
        hasher.setDaemon(true);
        hasher.start();
        try {
            commitment = DrawFunction.parseRecord(commitmentText, DrawFunction.COMMITMENT_HEADER);
            seedRecord = DrawFunction.parseRecord(seedText, DrawFunction.SEED_HEADER);
            snapshot = DrawFunction.parseSnapshot(snapshotText);
            rules = DrawFunction.parseRules(rulesText);
        } catch (RuntimeException e) {
            return new Report(false, List.of("not a published draw: " + e.getMessage()), facts);
        }
        facts.add(text(
                "draw ",
                commitment.get("draw"),
                ", unit ",
                commitment.get("unit"),
                ", committed at ",
                commitment.get("committed-at")));
        facts.add(text(
                "snapshot: ",
                snapshot.subjects().size(),
                " subjects, ",
                snapshot.inspectors().size(),
                " inspectors, day ",
                snapshot.day()));
        String snapshotSha;
        try {
            snapshotSha = hashing.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return new Report(false, List.of("cannot hash snapshot.txt: " + e.getCause()), facts);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Report(false, List.of("interrupted while hashing snapshot.txt"), facts);
        }
        if (!snapshotSha.equals(commitment.get("snapshot-sha256"))) {
            problems.add("snapshot.txt: SHA-256 " + snapshotSha + " is not the committed "
                    + commitment.get("snapshot-sha256"));
        }
        var rulesSha = sha256(rulesText);
        if (!rulesSha.equals(commitment.get("rules-sha256"))) {
            problems.add("rules.txt: SHA-256 " + rulesSha + " is not the committed " + commitment.get("rules-sha256"));
        }
        if (!rules.task().equals(commitment.get("task"))) {
            problems.add("rules.txt: task " + rules.task() + " is not the committed " + commitment.get("task"));
        }
        var secret = seedRecord.getOrDefault("secret", "");
        String secretSha;
        try {
            secretSha = DrawFunction.hex(DrawFunction.sha256(HexFormat.of().parseHex(secret)));
        } catch (IllegalArgumentException e) {
            secretSha = "(not hex)";
        }
        if (!secretSha.equals(commitment.get("secret-sha256"))) {
            problems.add("seed.txt: the secret's SHA-256 " + secretSha + " is not the committed "
                    + commitment.get("secret-sha256"));
        }
        var publicValue = seedRecord.getOrDefault("public-value", "");
        facts.add(text(
                "public value: ",
                commitment.get("public-value-source"),
                ", ",
                commitment.get("public-value-date"),
                ": ",
                publicValue));
        var seed = DrawFunction.seed(sha256(commitmentText), secret, publicValue);
        if (!DrawFunction.hex(seed).equals(seedRecord.get("seed"))) {
            problems.add("seed.txt: the seed " + seedRecord.get("seed") + " is not " + DrawFunction.hex(seed)
                    + " = SHA-256(commitment, secret, public value)");
        }
        facts.add(text("seed: ", DrawFunction.hex(seed)));
        var outcome = DrawFunction.run(snapshot, rules, seed);
        var expected = DrawFunction.outcomeText(outcome);
        var difference = firstDifference(expected, outcomeText);
        if (difference != null) {
            problems.add("outcome.txt: " + difference);
        } else {
            facts.add(text(
                    "outcome: ",
                    outcome.drawn().size(),
                    " subjects drawn and matched as published, SHA-256 ",
                    sha256(outcomeText)));
        }
        if (rematchesText != null) {
            rematches(snapshot, outcome, seed, rematchesText, problems, facts);
        }
        return new Report(true, problems, facts);
    }

    /** Each re-matching re-run as a sub-draw from the draw and the steps before it; the first difference named. */
    private static void rematches(
            DrawFunction.Snapshot snapshot,
            DrawFunction.Outcome outcome,
            byte[] seed,
            String text,
            List<String> problems,
            List<String> facts) {
        List<DrawFunction.Rematch> rematches;
        try {
            rematches = DrawFunction.parseRematches(text);
        } catch (RuntimeException e) {
            problems.add(REMATCHES + ": not in its canonical form: " + e.getMessage());
            return;
        }
        for (int i = 0; i < rematches.size(); i++) {
            var r = rematches.get(i);
            if (r.step() != i + 1) {
                problems.add(REMATCHES + ": line " + (i + 2) + " is step " + r.step() + ", not " + (i + 1));
                return;
            }
            String chosen;
            try {
                chosen = DrawFunction.rematch(
                        snapshot,
                        outcome.drawn(),
                        seed,
                        rematches.subList(0, i),
                        r.step(),
                        r.identifier(),
                        r.leaving(),
                        r.reason());
            } catch (IllegalArgumentException e) {
                problems.add(REMATCHES + ": step " + r.step() + ": " + e.getMessage());
                return;
            }
            if (!r.chosen().equals(chosen)) {
                problems.add(REMATCHES + ": step " + r.step() + " (" + r.identifier() + ", " + r.leaving() + " leaves, "
                        + r.reason() + ") draws " + (chosen == null ? "nobody" : chosen) + ", not the published "
                        + r.chosen());
                return;
            }
        }
        facts.add("re-matchings: " + rematches.size() + " reproduced, SHA-256 " + sha256(text));
    }

    /** The first line where the published outcome differs from the recomputed one, or null when they are equal. */
    static String firstDifference(String expected, String published) {
        if (expected.equals(published)) {
            return null;
        }
        var want = expected.split("\n", -1);
        var have = published.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, have.length); i++) {
            var w = i < want.length ? want[i] : "(end)";
            var h = i < have.length ? have[i] : "(end)";
            if (!w.equals(h)) {
                return "line " + (i + 1) + " is \"" + h.replace('\t', ' ') + "\" but the draw gives \""
                        + w.replace('\t', ' ') + "\"";
            }
        }
        return "differs";
    }

    /**
     * The parts one after another. The lines every check prints are joined here rather than with {@code +}: javac
     * compiles {@code +} to a call site whose first run spins classes for it, which a cold verifier pays for.
     */
    private static String text(Object... parts) {
        var out = new StringBuilder();
        for (var part : parts) {
            out.append(part);
        }
        return out.toString();
    }

    private static String sha256(String text) {
        return DrawFunction.hex(DrawFunction.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
