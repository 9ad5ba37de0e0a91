package org.sunlight.inspection;

/**
 * A year's double-random figures of some units, counted from the draws and inspection records (the yearly report).
 *
 * @param draws draws finished in the year
 * @param drawn subjects drawn by them
 * @param inspected drawn subjects whose inspection result was recorded in the year
 * @param problemsFound of those, results that found a problem (rectification ordered or a case filed)
 * @param rematched inspections given other inspectors by a recorded re-matching in the year
 */
public record RandomInspectionFigures(long draws, long drawn, long inspected, long problemsFound, long rematched) {}
