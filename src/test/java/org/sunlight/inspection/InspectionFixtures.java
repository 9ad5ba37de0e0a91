package org.sunlight.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Sheets, units and subjects of the random-inspection tests, in the domain's words. */
final class InspectionFixtures {

    static final List<String> HEADERS =
            List.of("单位名称", "统一社会信用代码", "许可证号", "监管类别", "地址", "所属区域", "风险等级", "经营状态", "最近检查日期");

    private InspectionFixtures() {}

    @SafeVarargs
    static byte[] sheet(List<String>... rows) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("名录库");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    static HttpResponse<String> importSheet(StaffClient client, byte[] sheet) {
        client.get("/console/inspection/subjects");
        return client.upload(
                "/console/inspection/subjects/import",
                "名录库.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                sheet);
    }

    static UUID unit(JdbcClient db, String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    /** A credit code that passes GB 32100, different for each seed. */
    static String aCreditCode(long seed) {
        return DemoSubjects.creditCode("91", "370881", new java.util.SplittableRandom(seed), new java.util.HashSet<>());
    }
}
