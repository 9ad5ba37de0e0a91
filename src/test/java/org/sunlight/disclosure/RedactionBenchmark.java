package org.sunlight.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the detector's recall and precision on the labelled corpus and how many texts of about 2,000 characters it
 * redacts per second on one thread. Run with {@code ./mvnw test -Pbenchmark -Dtest=RedactionBenchmark}; it asserts
 * nothing about time (the goal, 500 texts per second, is read from the output).
 */
@Tag("benchmark")
class RedactionBenchmark {

    @Test
    void recallPrecisionAndTextsPerSecond() {
        var corpus = RedactionCorpus.load();
        var redactor = new Redactor();
        var score = corpus.score(redactor);
        System.out.printf(
                "RedactionBenchmark corpus: %d texts, %d personal spans, %d found, %d wrongly removed%n",
                corpus.samples().size(), score.expected(), score.detected(), score.wrong());
        System.out.printf(
                "RedactionBenchmark recall %.2f %%, precision %.2f %%%n",
                100 * score.recall(), 100 * score.precision());

        // texts of about 2,000 characters: the corpus's samples joined in order until each is that long
        var texts = new ArrayList<RedactionCorpus.Sample>();
        var samples = corpus.samples();
        int i = 0;
        while (texts.size() < 300) {
            var text = new StringBuilder();
            var names = new ArrayList<String>();
            var addresses = new ArrayList<String>();
            while (text.length() < 2000) {
                var sample = samples.get(i++ % samples.size());
                text.append(sample.text()).append('\n');
                names.addAll(sample.context().personNames());
                addresses.addAll(sample.context().personAddresses());
            }
            texts.add(new RedactionCorpus.Sample(
                    "b" + texts.size(),
                    "",
                    text.substring(0, 2000),
                    new Redactor.Context(names, addresses),
                    List.of()));
        }
        // warm up (HanLP's Viterbi takes a while to be compiled), then three rounds of ten seconds each
        run(redactor, texts, 30_000_000_000L);
        // the thread's own CPU time as well as the wall clock: on a shared machine the wall clock counts the time the
        // thread waited for a core, the CPU time only the time it ran on one
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            int done = run(redactor, texts, 10_000_000_000L);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf(
                    "RedactionBenchmark round %d: %d texts of 2,000 characters in %.1f s (%.1f s of CPU) on one thread:"
                            + " %.0f texts/s by the wall clock, %.0f texts per CPU-second%n",
                    round, done, seconds, cpuSeconds, done / seconds, done / cpuSeconds);
        }
    }

    private static int run(Redactor redactor, List<RedactionCorpus.Sample> texts, long nanos) {
        long start = System.nanoTime();
        int done = 0;
        int chars = 0;
        while (System.nanoTime() - start < nanos) {
            var sample = texts.get(done % texts.size());
            chars += redactor.redact(sample.text(), sample.context()).redacted().length();
            done++;
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing redacted");
        }
        return done;
    }
}
