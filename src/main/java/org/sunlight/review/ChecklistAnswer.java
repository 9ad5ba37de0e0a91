package org.sunlight.review;

/**
 * The reviewer's answer to one review element (L3).
 *
 * @param pass whether the element holds
 * @param comment what is wrong, required when it does not hold
 */
public record ChecklistAnswer(String code, String name, boolean pass, String comment) {}
