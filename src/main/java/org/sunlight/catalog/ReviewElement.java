package org.sunlight.catalog;

/** One line of the review element list (审核要素清单, L3): what the reviewer answers, pass or problem. */
public record ReviewElement(String code, String name, String description) {}
