package org.sunlight.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sunlight.cases.CreditCode;

/**
 * What is known of a subject, as typed in a form or read from a sheet, checked in one place for both.
 *
 * @param creditCode the unified social credit code, GB 32100-2015, or null
 * @param licenceNo the licence number (e.g. 卫生许可证号), or null; one of the two is required
 */
record SubjectData(
        String name,
        String creditCode,
        String licenceNo,
        SubjectCategory category,
        String address,
        String area,
        RiskClass riskClass,
        SubjectStatus status,
        LocalDate lastInspectedOn) {

    /** No tabs, line breaks or other control characters: a draw's snapshot is one line per subject. */
    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]*");

    private static final Pattern LICENCE = Pattern.compile("[\\p{IsHan}A-Za-z0-9〔〕\\[\\]（）()第号字-]{4,60}");

    /** A field at fault and why, as a key in the message bundles. */
    record Problem(String field, String messageKey) {}

    SubjectData {
        name = clean(name);
        creditCode = clean(creditCode);
        if (creditCode != null) {
            creditCode = creditCode.toUpperCase(java.util.Locale.ROOT);
        }
        licenceNo = clean(licenceNo);
        address = clean(address);
        area = clean(area);
    }

    /**
     * Every problem of the data, empty when it may be kept; the last inspection lies no later than today, and each text
     * fits its column.
     */
    List<Problem> problems(LocalDate today, org.sunlight.platform.ColumnLengths lengths) {
        var problems = new ArrayList<Problem>();
        text(problems, "name", name, lengths.max("inspection.subject.name"), true);
        if (creditCode == null && licenceNo == null) {
            problems.add(new Problem("creditCode", "inspection.subject.identifier.required"));
        }
        if (creditCode != null) {
            CreditCode.problem(creditCode)
                    .ifPresent(reason -> problems.add(new Problem("creditCode", "inspection.subject." + reason)));
        }
        if (licenceNo != null
                && (!LICENCE.matcher(licenceNo).matches()
                        || !lengths.fits("inspection.subject.licence_no", licenceNo))) {
            problems.add(new Problem("licenceNo", "inspection.subject.licence-no.format"));
        }
        if (category == null) {
            problems.add(new Problem("category", "inspection.subject.category.required"));
        }
        text(problems, "address", address, lengths.max("inspection.subject.address"), true);
        text(problems, "area", area, lengths.max("inspection.subject.area"), true);
        if (riskClass == null) {
            problems.add(new Problem("riskClass", "inspection.subject.risk-class.required"));
        }
        if (status == null) {
            problems.add(new Problem("status", "inspection.subject.status.required"));
        }
        if (lastInspectedOn != null && (lastInspectedOn.isAfter(today) || lastInspectedOn.getYear() < 1950)) {
            problems.add(new Problem("lastInspectedOn", "inspection.subject.last-inspected.range"));
        }
        return problems;
    }

    /** The fields as the history keeps them. */
    Map<String, Object> asMap() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", name);
        map.put("creditCode", creditCode);
        map.put("licenceNo", licenceNo);
        map.put("category", category == null ? null : category.name());
        map.put("address", address);
        map.put("area", area);
        map.put("riskClass", riskClass == null ? null : riskClass.name());
        map.put("status", status == null ? null : status.name());
        map.put("lastInspectedOn", lastInspectedOn == null ? null : lastInspectedOn.toString());
        return map;
    }

    static SubjectData of(Subject subject) {
        return new SubjectData(
                subject.name(),
                subject.creditCode(),
                subject.licenceNo(),
                subject.category(),
                subject.address(),
                subject.area(),
                subject.riskClass(),
                subject.status(),
                subject.lastInspectedOn());
    }

    private static void text(List<Problem> problems, String field, String value, int max, boolean required) {
        if (value == null) {
            if (required) {
                problems.add(new Problem(field, "inspection.subject." + field + ".required"));
            }
        } else if (value.codePointCount(0, value.length()) > max) {
            problems.add(new Problem(field, "inspection.field.too-long"));
        } else if (!PRINTABLE.matcher(value).matches()) {
            problems.add(new Problem(field, "inspection.field.control-characters"));
        }
    }

    /** Stripped, and null when blank. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        var stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
