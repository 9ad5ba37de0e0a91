package org.sunlight.supervision;

/** The grades of a case-file evaluation and of the yearly assessment (实施方案 三(四)2): 优秀、合格、不合格. */
enum Grade {
    EXCELLENT,
    QUALIFIED,
    UNQUALIFIED;

    public String labelKey() {
        return "supervision.grade." + name();
    }
}
