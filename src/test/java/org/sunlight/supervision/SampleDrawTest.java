package org.sunlight.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The sampled evaluation's draw (A5): anyone with the population and the seed draws the same case files. */
class SampleDrawTest {

    private final List<UUID> population = IntStream.range(0, 40)
            .mapToObj(i -> UUID.nameUUIDFromBytes(("case " + i).getBytes()))
            .toList();

    @Test
    void theSameSeedOverTheSamePopulationInAnyOrderDrawsTheSameFiles() {
        var shuffled = new ArrayList<>(population);
        Collections.shuffle(shuffled, new java.util.Random(1));
        assertThat(SampleDraw.draw(shuffled, 99L, 8)).isEqualTo(SampleDraw.draw(population, 99L, 8));
        assertThat(SampleDraw.populationSha256(shuffled)).isEqualTo(SampleDraw.populationSha256(population));
    }

    @Test
    void aDrawIsDistinctFilesOfThePopulationAndASmallerDrawIsItsBeginning() {
        var eight = SampleDraw.draw(population, 5L, 8);
        assertThat(eight).doesNotHaveDuplicates().hasSize(8);
        assertThat(population).containsAll(eight);
        assertThat(SampleDraw.draw(population, 5L, 3)).isEqualTo(eight.subList(0, 3));
        assertThat(SampleDraw.draw(population, 6L, 8)).isNotEqualTo(eight);
    }

    @Test
    void theWholePopulationIsAPermutationAndMoreIsRefused() {
        assertThat(SampleDraw.draw(population, 1L, 40)).containsExactlyInAnyOrderElementsOf(population);
        assertThatThrownBy(() -> SampleDraw.draw(population, 1L, 41)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleDraw.draw(population, 1L, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstFileFollowsFromTheSpecifiedGeneratorAsTheConsoleExplains() {
        // java.util.Random(seed).nextInt(n) picks the first place among the ids sorted as text
        var sorted = population.stream().map(UUID::toString).sorted().toList();
        int first = new java.util.Random(20261207L).nextInt(40);
        assertThat(SampleDraw.draw(population, 20261207L, 1)).containsExactly(UUID.fromString(sorted.get(first)));
    }
}
