package org.sunlight.review;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent clients that each run whole cases, one transition after another, for a warm-up and then a measured
 * window. Counts the transitions completed inside the window and the time each kind of transition took.
 */
final class TransitionLoad {

    /** One client's work: run one whole case, passing every transition through {@code acts}. */
    interface CaseRun {
        void run(int client, long number, Acts acts) throws Exception;
    }

    /** Times and counts a transition once it has returned (committed). */
    interface Acts {
        <T> T act(String action, Step<T> step) throws Exception;
    }

    interface Step<T> {
        T run() throws Exception;
    }

    /** What a window measured. */
    record Result(String name, long transitions, long cases, double seconds, Map<String, double[]> perAction) {

        double perSecond() {
            return transitions / seconds;
        }

        /** The mean milliseconds of a transition in the window, over every kind. */
        double meanMillis() {
            double count = 0;
            double millis = 0;
            for (var action : perAction.values()) {
                count += action[0];
                millis += action[0] * action[1];
            }
            return count == 0 ? 0 : millis / count;
        }

        /** Each action: how many in the window and their mean milliseconds, the slowest mean first. */
        String breakdown() {
            var text = new StringBuilder();
            perAction.entrySet().stream()
                    .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1]))
                    .forEach(entry -> text.append(String.format(
                            "    %-24s %7.0f acts  %7.1f ms mean%n",
                            entry.getKey(), entry.getValue()[0], entry.getValue()[1])));
            return text.toString();
        }
    }

    private TransitionLoad() {}

    static Result run(String name, int clients, int warmUpSeconds, int seconds, CaseRun work) throws Exception {
        return run(name, clients, warmUpSeconds, seconds, work, () -> {}, () -> {});
    }

    /** The same, calling {@code started} as the measured window opens and {@code ended} as it closes. */
    static Result run(
            String name, int clients, int warmUpSeconds, int seconds, CaseRun work, Runnable started, Runnable ended)
            throws Exception {
        var counted = new LongAdder();
        var cases = new LongAdder();
        var count = new ConcurrentHashMap<String, LongAdder>();
        var nanos = new ConcurrentHashMap<String, LongAdder>();
        var failure = new AtomicReference<Throwable>();
        var measuring = new boolean[] {false};
        var stop = new boolean[] {false};
        Acts acts = new Acts() {
            @Override
            public <T> T act(String action, Step<T> step) throws Exception {
                long start = System.nanoTime();
                var result = step.run();
                long took = System.nanoTime() - start;
                synchronized (measuring) {
                    if (measuring[0]) {
                        counted.increment();
                        count.computeIfAbsent(action, key -> new LongAdder()).increment();
                        nanos.computeIfAbsent(action, key -> new LongAdder()).add(took);
                    }
                }
                return result;
            }
        };
        var pool = Executors.newFixedThreadPool(clients);
        var running = new ArrayList<Future<?>>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                long number = 0;
                while (true) {
                    synchronized (measuring) {
                        if (stop[0] || failure.get() != null) {
                            return;
                        }
                    }
                    try {
                        work.run(client, number++, acts);
                        synchronized (measuring) {
                            if (measuring[0]) {
                                cases.increment();
                            }
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                }
            }));
        }
        Thread.sleep(warmUpSeconds * 1000L);
        long start;
        synchronized (measuring) {
            measuring[0] = true;
            start = System.nanoTime();
        }
        started.run();
        Thread.sleep(seconds * 1000L);
        long end;
        synchronized (measuring) {
            measuring[0] = false;
            stop[0] = true;
            end = System.nanoTime();
        }
        ended.run();
        for (var client : running) {
            client.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        if (failure.get() != null) {
            throw new IllegalStateException(name + ": a client failed", failure.get());
        }
        var perAction = new TreeMap<String, double[]>();
        count.forEach((action, n) ->
                perAction.put(action, new double[] {n.sum(), nanos.get(action).sum() / 1e6 / n.sum()}));
        return new Result(name, counted.sum(), cases.sum(), (end - start) / 1e9, perAction);
    }
}
