package org.sunlight.platform;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link IntegrityCheck} in turn and gathers what they found: the {@code verify} command and the
 * administrators' integrity page both use it.
 */
@Component
public class Verification {

    /** How many problems of one check a report keeps in full; the count covers them all. */
    public static final int KEPT = 1000;

    private final List<IntegrityCheck> checks;
    private final MessageSource messages;

    Verification(List<IntegrityCheck> checks, MessageSource messages) {
        this.checks = List.copyOf(checks);
        this.messages = messages;
    }

    public record CheckResult(String name, long checked, long problemCount, List<IntegrityProblem> problems) {}

    public record Report(List<CheckResult> results, Duration took) {

        public boolean clean() {
            return results.stream().allMatch(result -> result.problemCount() == 0);
        }

        public long problemCount() {
            return results.stream().mapToLong(CheckResult::problemCount).sum();
        }
    }

    public List<String> checkNames() {
        return checks.stream().map(IntegrityCheck::name).toList();
    }

    /**
     * @param progress receives the name of the check running and how many items it has checked so far
     */
    public Report run(BiConsumer<String, Long> progress) {
        long start = System.nanoTime();
        var results = new ArrayList<CheckResult>();
        for (var check : checks) {
            var name = check.name();
            var kept = new ArrayList<IntegrityProblem>();
            long[] count = {0};
            long checked = check.run(
                    problem -> {
                        if (count[0]++ < KEPT) {
                            kept.add(problem);
                        }
                    },
                    done -> progress.accept(name, done));
            results.add(new CheckResult(name, checked, count[0], List.copyOf(kept)));
        }
        return new Report(List.copyOf(results), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Prints the report in Chinese with English alongside, for the command line. */
    public void print(Report report, PrintStream out) {
        for (var result : report.results()) {
            out.println(text("verify.check", result.name(), result.checked(), result.problemCount()));
            for (var problem : result.problems()) {
                out.println(text(
                        "verify.problem",
                        text("verify.kind." + problem.kind().name()),
                        problem.kind().name(),
                        problem.item(),
                        problem.detail()));
            }
            if (result.problemCount() > result.problems().size()) {
                out.println(text(
                        "verify.more", result.problemCount() - result.problems().size()));
            }
        }
        out.println(
                report.clean()
                        ? text("verify.clean", report.took().toMillis())
                        : text(
                                "verify.dirty",
                                report.problemCount(),
                                report.took().toMillis()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, Locale.SIMPLIFIED_CHINESE);
    }
}
