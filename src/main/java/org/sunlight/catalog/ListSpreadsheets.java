package org.sunlight.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.organization.EnforcementCategory;

/** Lists in and out of Excel (.xlsx), with the Chinese column headers officials fill in. */
@Component
class ListSpreadsheets {

    /** More rows than any unit's list has; a larger file is refused rather than read. */
    static final int MAX_ROWS = 20_000;

    private final MessageSource messages;

    ListSpreadsheets(MessageSource messages) {
        this.messages = messages;
    }

    /** The rows of a sheet by field name, or the problems that stop it being read at all. */
    record ReadSheet(List<SheetRow> rows, List<FieldProblem> problems) {}

    /** One row of values by field name, with its row number in the sheet (1-based). */
    record SheetRow(int number, Map<String, String> values) {}

    ReadSheet read(ListSchema schema, InputStream in) {
        try (var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
            var headerRow = findHeader(schema, sheet, formatter);
            if (headerRow == null) {
                return new ReadSheet(
                        List.of(),
                        List.of(new FieldProblem(0, null, null, "catalog.import.no-header", keyHeader(schema))));
            }
            var columns = new HashMap<Integer, FieldSpec>();
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                var header = formatter.formatCellValue(headerRow.getCell(c)).strip();
                int column = c;
                schema.fields().stream()
                        .filter(field -> field.header().equals(header)
                                || stripUnit(field.header()).equals(header))
                        .findFirst()
                        .ifPresent(field -> columns.put(column, field));
            }
            var problems = new ArrayList<FieldProblem>();
            for (var field : schema.fields()) {
                if (field.required() && !columns.containsValue(field)) {
                    problems.add(new FieldProblem(
                            0, field.name(), field.header(), "catalog.import.missing-column", field.header()));
                }
            }
            if (!problems.isEmpty()) {
                return new ReadSheet(List.of(), problems);
            }
            if (sheet.getLastRowNum() - headerRow.getRowNum() > MAX_ROWS) {
                return new ReadSheet(
                        List.of(),
                        List.of(new FieldProblem(
                                0, null, null, "catalog.import.too-many-rows", String.valueOf(MAX_ROWS))));
            }
            var rows = new ArrayList<SheetRow>();
            for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                var values = new LinkedHashMap<String, String>();
                boolean blank = true;
                for (var column : columns.entrySet()) {
                    var text = formatter.formatCellValue(row.getCell(column.getKey()));
                    values.put(column.getValue().name(), text);
                    blank &= text.isBlank();
                }
                if (!blank) {
                    rows.add(new SheetRow(r + 1, values));
                }
            }
            return new ReadSheet(rows, List.of());
        } catch (IOException | RuntimeException e) {
            // not a zip, not OOXML, or a damaged workbook: POI says so in many ways, the person needs only one
            return new ReadSheet(List.of(), List.of(new FieldProblem(0, null, null, "catalog.import.not-xlsx", "")));
        }
    }

    byte[] write(ListSchema schema, String title, List<Entry> entries) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(title);
            var bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            var wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            var header = sheet.createRow(0);
            for (int c = 0; c < schema.fields().size(); c++) {
                var cell = header.createCell(c);
                cell.setCellValue(schema.fields().get(c).header());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, schema.fields().get(c).multiline() ? 60 * 256 : 24 * 256);
            }
            Function<String, String> category = code -> code.isEmpty()
                    ? ""
                    : messages.getMessage(
                            EnforcementCategory.valueOf(code).labelKey(), null, Locale.SIMPLIFIED_CHINESE);
            for (int r = 0; r < entries.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < schema.fields().size(); c++) {
                    var field = schema.fields().get(c);
                    var value = entries.get(r).get(field.name());
                    var cell = row.createCell(c);
                    cell.setCellValue(field.type() == FieldType.CATEGORY ? category.apply(value) : value);
                    if (field.multiline()) {
                        cell.setCellStyle(wrap);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row findHeader(ListSchema schema, Sheet sheet, DataFormatter formatter) {
        var key = keyHeader(schema);
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 5); r++) {
            var row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (int c = 0; c < row.getLastCellNum(); c++) {
                if (key.equals(formatter.formatCellValue(row.getCell(c)).strip())) {
                    return row;
                }
            }
        }
        return null;
    }

    private static String keyHeader(ListSchema schema) {
        return schema.field(schema.keyField()).orElseThrow().header();
    }

    /** "办理时限（工作日）" also matches "办理时限". */
    private static String stripUnit(String header) {
        var i = header.indexOf('（');
        return i > 0 ? header.substring(0, i) : header;
    }
}
