package org.sunlight.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The random draw of case files for a sampled evaluation (A5 抽查), reproducible by anyone from what is recorded: the
 * population sorted by case id (its SHA-256 recorded), the seed, and {@link Random}'s algorithm, which the Java
 * API specification fixes (the same 48-bit linear congruential generator on every JVM), driving a Fisher–Yates
 * shuffle whose first {@code size} places are the sample.
 */
final class SampleDraw {

    private SampleDraw() {}

    /** The sampled case ids, in the order drawn. */
    static List<UUID> draw(List<UUID> population, long seed, int size) {
        if (size <= 0 || size > population.size()) {
            throw new IllegalArgumentException("size " + size + " of " + population.size());
        }
        var order = new ArrayList<>(sorted(population));
        var random = new Random(seed);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(order.size() - i);
            var chosen = order.get(j);
            order.set(j, order.get(i));
            order.set(i, chosen);
        }
        return List.copyOf(order.subList(0, size));
    }

    static List<UUID> sorted(List<UUID> population) {
        return population.stream()
                .map(UUID::toString)
                .sorted()
                .map(UUID::fromString)
                .toList();
    }

    /** SHA-256 (hex) of the sorted ids, one per line in their canonical text: what the draw was made over. */
    static String populationSha256(List<UUID> population) {
        var text = new StringBuilder();
        for (var id : sorted(population)) {
            text.append(id).append('\n');
        }
        return ComplaintDesk.sha256(text.toString());
    }
}
