package org.sunlight.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;

/**
 * The pool of subjects in and out of Excel (.xlsx) with the Chinese headers officials fill in. Reading streams the
 * sheet row by row (POI's event API over the file on disk), so that a sheet of 100,000 rows is read without holding
 * it; writing streams too (SXSSF).
 */
final class SubjectSheets {

    /** The columns, by the header a sheet carries, in the order a written sheet has them. */
    static final Map<String, String> HEADERS = headers();

    private static final List<String> REQUIRED = List.of("name", "category", "address", "area", "riskClass", "status");

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    private SubjectSheets() {}

    private static Map<String, String> headers() {
        var headers = new LinkedHashMap<String, String>();
        headers.put("单位名称", "name");
        headers.put("统一社会信用代码", "creditCode");
        headers.put("许可证号", "licenceNo");
        headers.put("监管类别", "category");
        headers.put("地址", "address");
        headers.put("所属区域", "area");
        headers.put("风险等级", "riskClass");
        headers.put("经营状态", "status");
        headers.put("最近检查日期", "lastInspectedOn");
        return java.util.Collections.unmodifiableMap(headers);
    }

    /** A row of the sheet as typed, by field name, with its number in the sheet (1-based). */
    record SheetRow(int number, Map<String, String> values) {}

    /** A problem of the sheet as a whole or of one row's field. */
    record SheetProblem(int row, String header, String messageKey, String value) {}

    /** Why a sheet could not be read at all. */
    static final class Unreadable extends Exception {
        final SheetProblem problem;

        Unreadable(SheetProblem problem) {
            super(problem.messageKey());
            this.problem = problem;
        }
    }

    /**
     * Streams the first sheet's rows after its header row (found among the first six rows by "单位名称") to the
     * consumer; blank rows are skipped.
     */
    static void read(Path file, Consumer<SheetRow> rows) throws Unreadable {
        try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable(new SheetProblem(0, null, "inspection.import.no-header", "单位名称"));
            }
            var handler = new RowHandler(rows);
            try (var sheet = sheets.next()) {
                var xml = XMLHelper.newXMLReader();
                xml.setContentHandler(
                        new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            if (handler.columns == null) {
                throw new Unreadable(new SheetProblem(0, null, "inspection.import.no-header", "单位名称"));
            }
            if (handler.missing != null) {
                throw new Unreadable(handler.missing);
            }
        } catch (Unreadable e) {
            throw e;
        } catch (MissingColumn e) {
            throw new Unreadable(e.problem);
        } catch (IOException
                | RuntimeException
                | org.xml.sax.SAXException
                | javax.xml.parsers.ParserConfigurationException
                | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
            if (e instanceof RowRefused refused) {
                throw (RuntimeException) refused.getCause();
            }
            // not a zip, not OOXML, or a damaged workbook: POI says so in many ways, the person needs only one
            throw new Unreadable(new SheetProblem(0, null, "inspection.import.not-xlsx", ""));
        }
    }

    /** A failure of the row consumer itself, which is not the sheet's fault and goes on up. */
    private static final class RowRefused extends RuntimeException {
        RowRefused(RuntimeException cause) {
            super(cause);
        }
    }

    private static final class MissingColumn extends RuntimeException {
        final SheetProblem problem;

        MissingColumn(SheetProblem problem) {
            this.problem = problem;
        }
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<SheetRow> rows;
        private Map<Integer, String> columns;
        private SheetProblem missing;
        private final Map<Integer, String> cells = new HashMap<>();

        RowHandler(Consumer<SheetRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference != null && value != null) {
                cells.put((int) new CellReference(reference).getCol(), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                if (rowNum > 5) {
                    throw new MissingColumn(new SheetProblem(0, null, "inspection.import.no-header", "单位名称"));
                }
                if (cells.values().stream().anyMatch(text -> text.strip().equals("单位名称"))) {
                    columns = new HashMap<>();
                    cells.forEach((column, text) -> {
                        var field = HEADERS.get(text.strip());
                        if (field != null) {
                            columns.put(column, field);
                        }
                    });
                    for (var header : HEADERS.entrySet()) {
                        if (REQUIRED.contains(header.getValue()) && !columns.containsValue(header.getValue())) {
                            throw new MissingColumn(
                                    new SheetProblem(0, header.getKey(), "inspection.import.missing-column", ""));
                        }
                    }
                    if (!columns.containsValue("creditCode") && !columns.containsValue("licenceNo")) {
                        throw new MissingColumn(
                                new SheetProblem(0, "统一社会信用代码", "inspection.import.missing-column", ""));
                    }
                }
                return;
            }
            var values = new LinkedHashMap<String, String>();
            boolean blank = true;
            for (var column : columns.entrySet()) {
                var text = cells.getOrDefault(column.getKey(), "");
                values.put(column.getValue(), text);
                blank &= text.isBlank();
            }
            if (!blank) {
                try {
                    rows.accept(new SheetRow(rowNum + 1, values));
                } catch (RuntimeException e) {
                    throw new RowRefused(e);
                }
            }
        }
    }

    /** Date cells as ISO dates (2026-05-01) rather than the sheet's display format, which may be ambiguous. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.SIMPLIFIED_CHINESE);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** The subject a row describes, or the problems of its fields (by header). */
    static SubjectData parse(
            SheetRow row, LocalDate today, org.sunlight.platform.ColumnLengths lengths, List<SheetProblem> problems) {
        var values = row.values();
        var start = problems.size();
        var category = choice(row, "category", SubjectCategory::parse, problems);
        var risk = choice(row, "riskClass", RiskClass::parse, problems);
        var status = choice(row, "status", SubjectStatus::parse, problems);
        LocalDate lastInspected = null;
        var dateText = values.getOrDefault("lastInspectedOn", "").strip();
        if (!dateText.isEmpty()) {
            lastInspected = date(dateText);
            if (lastInspected == null) {
                problems.add(
                        new SheetProblem(row.number(), header("lastInspectedOn"), "inspection.import.date", dateText));
            }
        }
        var data = new SubjectData(
                values.get("name"),
                values.get("creditCode"),
                values.get("licenceNo"),
                category,
                values.get("address"),
                values.get("area"),
                risk,
                status,
                lastInspected);
        for (var problem : data.problems(today, lengths)) {
            var already = problems.subList(start, problems.size()).stream()
                    .anyMatch(p -> p.header().equals(header(problem.field())));
            if (!already) {
                problems.add(new SheetProblem(
                        row.number(),
                        header(problem.field()),
                        problem.messageKey(),
                        values.getOrDefault(problem.field(), "")));
            }
        }
        return problems.size() == start ? data : null;
    }

    static String header(String field) {
        return HEADERS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(field))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field);
    }

    private static <T> T choice(
            SheetRow row,
            String field,
            java.util.function.Function<String, java.util.Optional<T>> parse,
            List<SheetProblem> problems) {
        var text = row.values().getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            return null; // the data's own check names the missing value
        }
        var value = parse.apply(text);
        if (value.isEmpty()) {
            problems.add(new SheetProblem(row.number(), header(field), "inspection.import.choice." + field, text));
        }
        return value.orElse(null);
    }

    private static LocalDate date(String text) {
        var matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        try {
            return LocalDate.parse(
                    "%s-%02d-%02d"
                            .formatted(
                                    matcher.group(1),
                                    Integer.parseInt(matcher.group(2)),
                                    Integer.parseInt(matcher.group(3))),
                    DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Writes subjects as a sheet with the import's headers, streaming (100 rows in memory at a time). */
    static void write(Iterable<SubjectData> subjects, OutputStream out) {
        try (var workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("检查对象名录库");
            var header = sheet.createRow(0);
            var names = new ArrayList<>(HEADERS.keySet());
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
            }
            int r = 1;
            for (var subject : subjects) {
                var row = sheet.createRow(r++);
                var values = new String[] {
                    subject.name(),
                    subject.creditCode(),
                    subject.licenceNo(),
                    subject.category() == null ? null : subject.category().chinese(),
                    subject.address(),
                    subject.area(),
                    subject.riskClass() == null ? null : subject.riskClass().name(),
                    subject.status() == null ? null : subject.status().chinese(),
                    subject.lastInspectedOn() == null
                            ? null
                            : subject.lastInspectedOn().toString()
                };
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
