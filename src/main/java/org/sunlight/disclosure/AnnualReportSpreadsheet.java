package org.sunlight.disclosure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A report as a workbook: the figures on the first sheet, the units' parts on the second for a city or province. */
final class AnnualReportSpreadsheet {

    private AnnualReportSpreadsheet() {}

    /**
     * @param text the message for a key, in the report's language
     */
    static byte[] write(AnnualReportView view, String title, Function<String, String> text) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var bold = workbook.createFont();
            bold.setBold(true);
            var heading = workbook.createCellStyle();
            heading.setFont(bold);
            var amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            var count = workbook.createCellStyle();
            count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            var share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0"));

            var sheet = workbook.createSheet(text.apply("report.sheet.figures"));
            sheet.setColumnWidth(0, 48 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 8 * 256);
            int r = 0;
            cell(sheet, r++, 0, title, heading);
            for (var section : view.sections()) {
                r++;
                cell(sheet, r++, 0, section.title(), heading);
                for (var line : section.lines()) {
                    var row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.label());
                    var value = row.createCell(1);
                    if (line.recorded()) {
                        value.setCellValue(line.value().doubleValue());
                        value.setCellStyle(
                                "%".equals(line.unit()) ? share : line.value().scale() > 0 ? amount : count);
                        row.createCell(2).setCellValue(line.unit());
                    } else {
                        value.setCellValue(line.absent() != null ? line.absent() : text.apply("report.not-recorded"));
                    }
                }
            }

            var units = view.report().units();
            if (!units.isEmpty()) {
                var parts = workbook.createSheet(text.apply("report.sheet.units"));
                var header = parts.createRow(0);
                var columns = new String[] {
                    "report.units.unit",
                    "report.units.opened",
                    "report.units.decided",
                    "report.units.fines",
                    "report.units.fines-paid",
                    "report.units.disclosures-due",
                    "report.units.disclosures-on-time"
                };
                for (int c = 0; c < columns.length; c++) {
                    var cell = header.createCell(c);
                    cell.setCellValue(text.apply(columns[c]));
                    cell.setCellStyle(heading);
                    parts.setColumnWidth(c, (c == 0 ? 30 : 16) * 256);
                }
                int u = 1;
                for (var line : units) {
                    var row = parts.createRow(u++);
                    row.createCell(0)
                            .setCellValue(
                                    line.own() ? text.apply("report.units.own") + line.unitName() : line.unitName());
                    number(row.createCell(1), line.opened(), count);
                    number(row.createCell(2), line.decided(), count);
                    row.createCell(3).setCellValue(line.fines().doubleValue());
                    row.getCell(3).setCellStyle(amount);
                    row.createCell(4).setCellValue(line.finesPaid().doubleValue());
                    row.getCell(4).setCellStyle(amount);
                    number(row.createCell(5), line.disclosuresDue(), count);
                    number(row.createCell(6), line.disclosuresOnTime(), count);
                }
                parts.createFreezePane(0, 1);
            }
            var trends = view.report().trends();
            if (trends != null) {
                trends(
                        workbook.createSheet(text.apply("report.sheet.trends")),
                        view.report(),
                        heading,
                        count,
                        share,
                        text);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The trends: a row per month, the report's year and the year before side by side for each figure; a month not
     * counted (not yet come) or without a share is left empty.
     */
    private static void trends(
            Sheet sheet,
            AnnualReport report,
            CellStyle heading,
            CellStyle count,
            CellStyle share,
            Function<String, String> text) {
        var year = report.year() + "";
        var before = (report.year() - 1) + "";
        var header = sheet.createRow(0);
        var columns = new String[] {
            text.apply("report.trend.table.month"),
            year + " " + text.apply("report.trend.decided"),
            before + " " + text.apply("report.trend.decided"),
            year + " " + text.apply("report.trend.published"),
            before + " " + text.apply("report.trend.published"),
            year + " " + text.apply("report.trend.on-time") + " %",
            before + " " + text.apply("report.trend.on-time") + " %"
        };
        for (int c = 0; c < columns.length; c++) {
            var cell = header.createCell(c);
            cell.setCellValue(columns[c]);
            cell.setCellStyle(heading);
            sheet.setColumnWidth(c, (c == 0 ? 8 : 22) * 256);
        }
        for (int m = 1; m <= 12; m++) {
            var row = sheet.createRow(m);
            row.createCell(0).setCellValue(m);
            var month = month(report.trends().months(), m);
            var monthBefore = month(report.trends().monthsBefore(), m);
            int c = 1;
            for (var figure : List.<Function<AnnualReport.Month, BigDecimal>>of(
                    each -> BigDecimal.valueOf(each.decided()),
                    each -> BigDecimal.valueOf(each.published()),
                    AnnualReport.Month::onTimeShare)) {
                for (var each : new AnnualReport.Month[] {month, monthBefore}) {
                    var value = each == null ? null : figure.apply(each);
                    if (value != null) {
                        var cell = row.createCell(c);
                        cell.setCellValue(value.doubleValue());
                        cell.setCellStyle(value.scale() > 0 ? share : count);
                    }
                    c++;
                }
            }
        }
        sheet.createFreezePane(1, 1);
    }

    private static AnnualReport.Month month(List<AnnualReport.Month> months, int m) {
        return months.stream().filter(each -> each.month() == m).findFirst().orElse(null);
    }

    private static void cell(Sheet sheet, int row, int column, String value, CellStyle style) {
        var cell = sheet.createRow(row).createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(org.apache.poi.ss.usermodel.Cell cell, long value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
