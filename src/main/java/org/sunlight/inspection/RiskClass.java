package org.sunlight.inspection;

import java.util.Optional;

/**
 * The credit-risk class of a subject (信用风险分类), A the lowest risk and D the highest; a plan sets a higher ratio
 * for a higher risk (国务院关于在市场监管领域全面推行部门联合“双随机、一公开”监管的意见, 国发〔2019〕5号).
 */
public enum RiskClass {
    A,
    B,
    C,
    D;

    public String labelKey() {
        return "inspection.risk." + name();
    }

    /** "A", "a", "A类" or "A级". */
    static Optional<RiskClass> parse(String text) {
        var value = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
        if (value.endsWith("类") || value.endsWith("级")) {
            value = value.substring(0, value.length() - 1);
        }
        for (var risk : values()) {
            if (risk.name().equals(value)) {
                return Optional.of(risk);
            }
        }
        return Optional.empty();
    }
}
