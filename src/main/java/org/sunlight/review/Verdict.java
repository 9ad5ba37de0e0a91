package org.sunlight.review;

/** The two written opinions a legal review may give (L4). */
public enum Verdict {
    AGREE,
    PROBLEMS_FOUND
}
