package org.sunlight.cases;

import org.sunlight.platform.Refusal;

/** A transition refused because one of its rules does not hold; the message says what is missing. */
public class RuleBroken extends Refusal {

    private final Rule rule;

    RuleBroken(Rule rule, String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
        this.rule = rule;
    }

    @Override
    public String rule() {
        return rule.name();
    }
}
