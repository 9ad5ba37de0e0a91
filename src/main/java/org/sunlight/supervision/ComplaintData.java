package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a complaint says, from the portal's form or a staff registration. Anonymous complaints are accepted (实施方案
 * 三(三)3 sets no condition on the complainant); whoever gives a name may leave a phone for the feedback.
 *
 * @param receivedOn the day the unit received it: today for the portal; the day on the letter or call for staff
 */
record ComplaintData(
        UUID unitId,
        ComplaintChannel channel,
        boolean anonymous,
        String complainantName,
        String complainantPhone,
        String officer,
        String caseReference,
        String facts,
        LocalDate receivedOn) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");

    record Problem(String field, String messageKey, List<Object> arguments) {
        Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    List<Problem> problems(LocalDate today, org.sunlight.platform.ColumnLengths lengths) {
        var problems = new ArrayList<Problem>();
        if (unitId == null) {
            problems.add(new Problem("unitId", "supervision.complaint.unit.required"));
        }
        if (channel == null) {
            problems.add(new Problem("channel", "supervision.complaint.channel.required"));
        }
        if (anonymous) {
            if (complainantName != null) {
                problems.add(new Problem("complainantName", "supervision.complaint.name.anonymous"));
            }
            if (complainantPhone != null) {
                problems.add(new Problem("complainantPhone", "supervision.complaint.phone.anonymous"));
            }
        } else if (complainantName == null) {
            problems.add(new Problem("complainantName", "supervision.complaint.name.required"));
        }
        length(problems, "complainantName", complainantName, lengths.max("supervision.complaint.complainant_name"));
        if (complainantPhone != null && !PHONE.matcher(complainantPhone).matches()) {
            problems.add(new Problem("complainantPhone", "supervision.complaint.phone.format"));
        }
        length(problems, "officer", officer, lengths.max("supervision.complaint.officer"));
        length(problems, "caseReference", caseReference, lengths.max("supervision.complaint.case_reference"));
        if (facts == null) {
            problems.add(new Problem("facts", "supervision.complaint.facts.required"));
        } else {
            length(problems, "facts", facts, lengths.max("supervision.complaint.facts"));
        }
        if (receivedOn == null) {
            problems.add(new Problem("receivedOn", "supervision.complaint.received-on.required"));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new Problem("receivedOn", "supervision.complaint.received-on.future"));
        } else if (receivedOn.isBefore(today.minusYears(1))) {
            problems.add(new Problem("receivedOn", "supervision.complaint.received-on.too-old"));
        }
        return problems;
    }

    private static void length(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            problems.add(new Problem(field, "supervision.field.too-long", List.of(max)));
        }
    }
}
