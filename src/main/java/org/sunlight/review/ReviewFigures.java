package org.sunlight.review;

/**
 * The units' legal reviews in a period, for the yearly statistics report (D13).
 *
 * @param submitted review packages submitted, every version counted
 * @param agreed opinions that agreed
 * @param problemsFound opinions that found problems
 * @param changedAfterReview proposals the handling unit changed after a review found problems
 * @param coordinations disagreements taken to a leader's coordination
 */
public record ReviewFigures(
        long submitted, long agreed, long problemsFound, long changedAfterReview, long coordinations) {

    public long answered() {
        return agreed + problemsFound;
    }
}
