package org.sunlight.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel list (行政执法人员资格清单, D5) in and out of Excel with its Chinese headers. An import adds new
 * officers and updates those whose certificate number it names; any bad row rejects the whole file, every bad row is
 * named, and nothing changes.
 */
@Service
class PersonnelSheets {

    static final List<String> HEADERS =
            List.of("姓名", "单位", "职务", "执法证件编号", "执法类别", "执法区域", "发证日期", "有效期至", "年审状态", "年审年度");
    private static final Set<String> REQUIRED = Set.of("姓名", "单位", "职务", "执法证件编号", "执法类别", "执法区域", "发证日期", "有效期至");
    private static final Pattern CERTIFICATE_NO = Pattern.compile("^[\\p{IsHan}A-Z0-9-]{6,30}$");
    private static final int MAX_ROWS = 5_000;

    private final Officers officers;
    private final AdminScope scope;
    private final MessageSource messages;
    private final org.sunlight.platform.ColumnLengths lengths;

    PersonnelSheets(
            Officers officers, AdminScope scope, MessageSource messages, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.officers = officers;
        this.scope = scope;
        this.messages = messages;
    }

    /** A problem on one row (the header is row 1; 0 is the file as a whole). */
    record Problem(int row, String column, String messageKey, String value) {}

    record Outcome(int added, int updated, List<Problem> problems) {
        boolean succeeded() {
            return problems.isEmpty();
        }
    }

    byte[] export(StaffUser user, LocalDate today) {
        var units = new HashMap<UUID, String>();
        scope.units(user).forEach(unit -> units.put(unit.id(), unit.name()));
        var page = officers.search(units.keySet(), null, new org.sunlight.platform.PageQuery(0, 100_000));
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("行政执法人员资格清单");
            var header = sheet.createRow(0);
            var columns = new ArrayList<>(HEADERS);
            columns.add("证件状态");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = 1;
            for (var officer : page.content()) {
                if (!officer.active()) {
                    continue;
                }
                var c = officer.certificate();
                var row = sheet.createRow(r++);
                row.createCell(0).setCellValue(officer.name());
                row.createCell(1).setCellValue(units.get(officer.unitId()));
                row.createCell(2).setCellValue(officer.position());
                row.createCell(3).setCellValue(c.certificateNo());
                row.createCell(4)
                        .setCellValue(String.join(
                                "、",
                                c.categories().stream()
                                        .sorted()
                                        .map(this::label)
                                        .toList()));
                row.createCell(5).setCellValue(c.region());
                row.createCell(6).setCellValue(c.issuedOn().toString());
                row.createCell(7).setCellValue(c.expiresOn().toString());
                row.createCell(8).setCellValue(text(c.annualReviewStatus().labelKey()));
                row.createCell(9)
                        .setCellValue(
                                c.annualReviewYear() == null
                                        ? ""
                                        : c.annualReviewYear().toString());
                row.createCell(10).setCellValue(text(c.statusOn(today).labelKey()));
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    Outcome importSheet(StaffUser user, InputStream xlsx) {
        List<Map<String, String>> rows;
        List<Integer> rowNumbers = new ArrayList<>();
        try (var workbook = new XSSFWorkbook(xlsx)) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(sheet.getFirstRowNum());
            var columns = new HashMap<Integer, String>();
            var formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                var name = formatter.formatCellValue(header.getCell(c)).strip();
                if (HEADERS.contains(name)) {
                    columns.put(c, name);
                }
            }
            var missing = new ArrayList<Problem>();
            for (var required : HEADERS) {
                if (REQUIRED.contains(required) && !columns.containsValue(required)) {
                    missing.add(new Problem(0, required, "personnel.import.missing-column", required));
                }
            }
            if (!missing.isEmpty()) {
                return new Outcome(0, 0, missing);
            }
            if (sheet.getLastRowNum() > MAX_ROWS) {
                return new Outcome(
                        0,
                        0,
                        List.of(new Problem(0, null, "personnel.import.too-many-rows", String.valueOf(MAX_ROWS))));
            }
            rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var values = values(row, columns, formatter);
                if (values.values().stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(values);
                rowNumbers.add(r + 1);
            }
        } catch (IOException | RuntimeException e) {
            return new Outcome(0, 0, List.of(new Problem(0, null, "personnel.import.not-xlsx", "")));
        }
        return apply(user, rows, rowNumbers);
    }

    private Outcome apply(StaffUser user, List<Map<String, String>> rows, List<Integer> rowNumbers) {
        var unitsByName = new HashMap<String, Unit>();
        scope.unitChoices(user).forEach(unit -> unitsByName.put(unit.name(), unit));
        var categories = new HashMap<String, EnforcementCategory>();
        for (var category : EnforcementCategory.values()) {
            categories.put(label(category), category);
        }
        var reviews = new HashMap<String, AnnualReviewStatus>();
        for (var status : AnnualReviewStatus.values()) {
            reviews.put(text(status.labelKey()), status);
        }
        var problems = new ArrayList<Problem>();
        var planned = new ArrayList<Runnable>();
        var seen = new HashMap<String, Integer>();
        int[] counts = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            int number = rowNumbers.get(i);
            int before = problems.size();
            for (var required : REQUIRED) {
                if (row.getOrDefault(required, "").isBlank()) {
                    problems.add(new Problem(number, required, "personnel.import.required", ""));
                }
            }
            if (problems.size() > before) {
                continue;
            }
            var name = row.get("姓名");
            var position = row.get("职务");
            var region = row.get("执法区域");
            if (!lengths.fits("organization.officer.name", name)) {
                problems.add(new Problem(
                        number,
                        "姓名",
                        "personnel.import.too-long",
                        String.valueOf(lengths.max("organization.officer.name"))));
            }
            if (!lengths.fits("organization.officer.position", position)) {
                problems.add(new Problem(
                        number,
                        "职务",
                        "personnel.import.too-long",
                        String.valueOf(lengths.max("organization.officer.position"))));
            }
            if (!lengths.fits("organization.officer.region", region)) {
                problems.add(new Problem(
                        number,
                        "执法区域",
                        "personnel.import.too-long",
                        String.valueOf(lengths.max("organization.officer.region"))));
            }
            var unit = unitsByName.get(row.get("单位"));
            if (unit == null) {
                problems.add(new Problem(number, "单位", "personnel.import.unit", row.get("单位")));
            }
            var no = row.get("执法证件编号");
            if (!CERTIFICATE_NO.matcher(no).matches()) {
                problems.add(new Problem(number, "执法证件编号", "personnel.import.certificate-no", no));
            }
            var earlier = seen.putIfAbsent(no, number);
            if (earlier != null) {
                problems.add(new Problem(number, "执法证件编号", "personnel.import.duplicate", String.valueOf(earlier)));
            }
            var officerCategories = EnumSet.noneOf(EnforcementCategory.class);
            for (var label : row.get("执法类别").split("[、，,;；\\s]+")) {
                var category = categories.get(label.strip().replaceAll("类$", ""));
                if (category == null) {
                    problems.add(new Problem(number, "执法类别", "personnel.import.category", label));
                } else {
                    officerCategories.add(category);
                }
            }
            var issued = date(row.get("发证日期"));
            var expires = date(row.get("有效期至"));
            if (issued == null) {
                problems.add(new Problem(number, "发证日期", "personnel.import.date", row.get("发证日期")));
            }
            if (expires == null) {
                problems.add(new Problem(number, "有效期至", "personnel.import.date", row.get("有效期至")));
            }
            if (issued != null && expires != null && !expires.isAfter(issued)) {
                problems.add(new Problem(number, "有效期至", "personnel.import.term", row.get("有效期至")));
            }
            var review =
                    row.getOrDefault("年审状态", "").isBlank() ? AnnualReviewStatus.PASSED : reviews.get(row.get("年审状态"));
            if (review == null) {
                problems.add(new Problem(number, "年审状态", "personnel.import.review", row.get("年审状态")));
            }
            Integer reviewYear = null;
            if (!row.getOrDefault("年审年度", "").isBlank()) {
                try {
                    reviewYear =
                            Integer.valueOf(row.get("年审年度").replace("年", "").strip());
                    if (reviewYear < 1990 || reviewYear > 2200) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(number, "年审年度", "personnel.import.year", row.get("年审年度")));
                }
            }
            var existing = CERTIFICATE_NO.matcher(no).matches()
                    ? officers.findByCertificateNo(no)
                    : java.util.Optional.<Officer>empty();
            if (existing.isPresent()
                    && (!scope.covers(user, existing.get().unitId())
                            || (unit != null && !existing.get().unitId().equals(unit.id())))) {
                problems.add(new Problem(number, "执法证件编号", "personnel.import.taken", no));
            }
            if (problems.size() > before) {
                continue;
            }
            var certificate =
                    new Certificate(no, officerCategories, region, issued, expires, review, reviewYear, false, null);
            if (existing.isPresent()) {
                var officer = existing.get();
                var kept = new Certificate(
                        no,
                        officerCategories,
                        region,
                        issued,
                        expires,
                        review,
                        reviewYear,
                        officer.certificate().revoked(),
                        officer.certificate().revokedReason());
                planned.add(() -> officers.update(officer.id(), officer.bodyId(), name, position, kept));
                counts[1]++;
            } else {
                planned.add(() -> officers.insert(unit.id(), null, name, position, certificate));
                counts[0]++;
            }
        }
        if (rows.isEmpty()) {
            problems.add(new Problem(0, null, "personnel.import.no-rows", ""));
        }
        if (!problems.isEmpty()) {
            return new Outcome(0, 0, problems);
        }
        planned.forEach(Runnable::run);
        return new Outcome(counts[0], counts[1], List.of());
    }

    private static Map<String, String> values(Row row, Map<Integer, String> columns, DataFormatter formatter) {
        var values = new HashMap<String, String>();
        for (var column : columns.entrySet()) {
            var cell = row == null ? null : row.getCell(column.getKey());
            values.put(
                    column.getValue(),
                    cellText(cell, formatter).replaceAll("\\p{Cntrl}", "").strip());
        }
        return values;
    }

    /** Date cells as yyyy-MM-dd whatever their display format; everything else as shown. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }

    private static LocalDate date(String text) {
        for (var format : List.of("uuuu-MM-dd", "uuuu/M/d", "uuuu.M.d", "uuuu年M月d日")) {
            try {
                var day = LocalDate.parse(
                        text,
                        DateTimeFormatter.ofPattern(format).withResolverStyle(java.time.format.ResolverStyle.STRICT));
                return day.getYear() < 1950 || day.getYear() > 2199 ? null : day;
            } catch (DateTimeParseException e) {
                // try the next way of writing a day
            }
        }
        return null;
    }

    private String label(EnforcementCategory category) {
        return text(category.labelKey());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
