package org.sunlight.inspection;

import java.util.Arrays;
import java.util.Optional;

/** Whether a subject is still there to inspect; only an operating one is drawn. */
public enum SubjectStatus {
    OPERATING("正常经营"),
    CLOSED("停业、关闭"),
    NOT_FOUND("查无下落");

    private final String chinese;

    SubjectStatus(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "inspection.status." + name();
    }

    static Optional<SubjectStatus> parse(String text) {
        var value = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(status -> status.chinese.equals(value)
                        || status.name().equals(value)
                        || (status == CLOSED && (value.equals("停业") || value.equals("关闭"))))
                .findFirst();
    }
}
