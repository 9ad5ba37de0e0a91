package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.organization.EnforcementCategory;

/**
 * Checks an entry against its list's columns and brings it to its stored form: text trimmed, categories by code name,
 * numbers plain. The same checks serve the form and the Excel import.
 */
@Component
class EntryValidator {

    /** 《法律名称》第…条, optionally with 款 and 项 and more text after it. */
    private static final Pattern LEGAL_BASIS_PART = Pattern.compile("^《[^《》]+》.*第[零〇一二三四五六七八九十百千0-9]+条.*$");

    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]*$");
    private static final Pattern MONEY = Pattern.compile("^[0-9]{1,12}(\\.[0-9]{1,2})?$");
    private static final Pattern PERCENT = Pattern.compile("^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)$");

    private final Map<String, EnforcementCategory> categoriesByLabel = new HashMap<>();

    EntryValidator(MessageSource messages) {
        for (var category : EnforcementCategory.values()) {
            var label = messages.getMessage(category.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
            categoriesByLabel.put(label, category);
            categoriesByLabel.put(label + "类", category);
            categoriesByLabel.put(label + "事项类", category);
            categoriesByLabel.put(category.name(), category);
        }
    }

    /** The result of checking one entry: the entry in stored form when there is no problem. */
    record Checked(Entry entry, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    Checked check(ListSchema schema, Map<String, String> raw, int row) {
        var problems = new ArrayList<FieldProblem>();
        var data = new LinkedHashMap<String, String>();
        for (var field : schema.fields()) {
            var value = normalise(raw.get(field.name()));
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.add(problem(row, field, "catalog.field.required", value));
                }
                data.put(field.name(), "");
                continue;
            }
            if (value.length() > field.maxLength()) {
                problems.add(new FieldProblem(
                        row,
                        field.name(),
                        field.header(),
                        "catalog.field.too-long",
                        String.valueOf(field.maxLength())));
                continue;
            }
            var stored = check(field, value);
            if (stored == null) {
                problems.add(problem(
                        row, field, "catalog.field.invalid." + field.type().name(), value));
                continue;
            }
            data.put(field.name(), stored);
        }
        if (schema.kind() == ListKind.PENALTY_ADJUSTMENTS && problems.isEmpty()) {
            adjustmentBasis(data, row).ifPresent(problems::add);
        }
        for (var range : schema.ranges()) {
            if (problems.isEmpty()
                    && !data.get(range.low()).isEmpty()
                    && !data.get(range.high()).isEmpty()
                    && compare(data.get(range.low()), data.get(range.high())) > 0) {
                var high = schema.field(range.high()).orElseThrow();
                var low = schema.field(range.low()).orElseThrow();
                problems.add(new FieldProblem(row, high.name(), high.header(), "catalog.field.range", low.header()));
            }
        }
        var entry = problems.isEmpty() ? new Entry(data.get(schema.keyField()), data) : null;
        return new Checked(entry, problems);
    }

    private static final String PENALTY_LAW = "《中华人民共和国行政处罚法》";

    /**
     * An entry of the 不予处罚、从轻、减轻处罚清单 cites the article of 行政处罚法 its outcome rests on (第三十二条 for 从轻 and
     * 减轻, 第三十三条 for 不予处罚 and 首违不罚) and the health rule of the item it concerns.
     */
    private static java.util.Optional<FieldProblem> adjustmentBasis(Map<String, String> data, int row) {
        var outcome = PenaltyAdjustment.Outcome.ofLabel(data.get("outcome"));
        var parts = List.of(data.get("legalBasis").split("；"));
        boolean article = outcome.article() == null
                || parts.stream().anyMatch(part -> part.startsWith(PENALTY_LAW + outcome.article()));
        boolean healthRule = parts.stream().anyMatch(part -> !part.startsWith(PENALTY_LAW));
        if (article && healthRule) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FieldProblem(
                row,
                "legalBasis",
                "依据",
                "catalog.field.adjustment-basis",
                outcome.article() == null ? "" : PENALTY_LAW + outcome.article() + "、"));
    }

    /** The value in stored form, or null when it is not a valid value of the field's type. */
    private String check(FieldSpec field, String value) {
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> value;
            case CATEGORY -> {
                var category = categoriesByLabel.get(value.replace(" ", ""));
                yield category == null ? null : category.name();
            }
            case LEGAL_BASIS -> legalBasis(value);
            case WORKING_DAYS -> {
                try {
                    int days = Integer.parseInt(
                            value.replace("个工作日", "").replace("工作日", "").strip());
                    yield days >= 0 && days <= 3660 ? String.valueOf(days) : null;
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            case PERCENT -> {
                var number = value.replace("%", "").replace("％", "").strip();
                yield PERCENT.matcher(number).matches() ? number : null;
            }
            case CODE -> CODE.matcher(value).matches() ? value : null;
            case MONEY -> {
                var number =
                        value.replace(",", "").replace("，", "").replace("元", "").strip();
                yield MONEY.matcher(number).matches()
                        ? new java.math.BigDecimal(number).stripTrailingZeros().toPlainString()
                        : null;
            }
            case DATE -> {
                try {
                    yield java.time.LocalDate.parse(value.replace('/', '-')).toString();
                } catch (java.time.format.DateTimeParseException e) {
                    yield null;
                }
            }
            case CHOICE -> field.choices().contains(value) ? value : null;
        };
    }

    /** Compares two amounts, or two ISO dates. */
    private static int compare(String a, String b) {
        try {
            return new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    private static String legalBasis(String value) {
        var parts = value.split("[；;\\n]+");
        var kept = new ArrayList<String>();
        for (var part : parts) {
            var p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!LEGAL_BASIS_PART.matcher(p).matches()) {
                return null;
            }
            kept.add(p);
        }
        return kept.isEmpty() ? null : String.join("；", kept);
    }

    private static String normalise(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\r\n", "\n").replace('\u00A0', ' ').strip();
    }

    private static FieldProblem problem(int row, FieldSpec field, String key, String value) {
        return new FieldProblem(row, field.name(), field.header(), key, value);
    }
}
