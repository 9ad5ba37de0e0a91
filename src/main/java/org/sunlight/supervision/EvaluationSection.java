package org.sunlight.supervision;

/** The sections of a case-file evaluation standard (案卷评查标准): 主体、事实证据、法律适用、程序、文书、归档. */
enum EvaluationSection {
    SUBJECT,
    EVIDENCE,
    LAW,
    PROCEDURE,
    DOCUMENTS,
    FILING;

    public String labelKey() {
        return "supervision.evaluation.section." + name();
    }
}
