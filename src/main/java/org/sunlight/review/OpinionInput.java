package org.sunlight.review;

import java.util.List;

/** What a reviewer sends: the verdict, the written opinion and an answer per review element. */
record OpinionInput(Verdict verdict, boolean suspectedCrime, String text, List<Answer> checklist) {

    /** The answer to one element, by its code. */
    record Answer(String code, Boolean pass, String comment) {}
}
