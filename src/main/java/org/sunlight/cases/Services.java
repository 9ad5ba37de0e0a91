package org.sunlight.cases;

import java.time.LocalDate;
import java.time.ZoneId;
import org.sunlight.cases.CaseRefusals.InvalidField;

/**
 * The day a served document reached the party, from which the party's periods run (行政处罚法 第四十五条、第六十四条、
 * 第六十七条; 第六十一条 for the methods). A decision's service must say how and when; the advance notice may be
 * handed over on the spot, which is the day it is recorded unless another day of receipt is given.
 */
final class Services {

    private Services() {}

    /** The day of receipt, checked: not in the future, not before the case existed, electronic only with consent. */
    static LocalDate receivedOn(CaseState state, Transition transition, ActionInput input, LocalDate today) {
        if (!transition.is(ActionTrait.SERVES)) {
            return today;
        }
        boolean required = transition.rules().contains(Rule.SERVICE_RECORDED);
        if (input.serviceMethod() == null) {
            if (required) {
                throw new InvalidField("serviceMethod", "case.field.service-method");
            }
        } else if (input.serviceMethod() == ServiceMethod.ELECTRONIC && !input.consented()) {
            throw new InvalidField("consented", "case.field.service-consent");
        }
        var received = input.receivedOn();
        if (received == null) {
            if (required) {
                throw new InvalidField("receivedOn", "case.field.received-on");
            }
            return today;
        }
        var opened = state.createdAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        if (received.isAfter(today) || received.isBefore(opened)) {
            throw new InvalidField("receivedOn", "case.field.received-on-range", opened, today);
        }
        return received;
    }
}
