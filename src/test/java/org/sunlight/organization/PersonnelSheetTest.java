package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** The personnel list in and out of Excel (D5): all or nothing, every bad row named, scoped to the admin's units. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonnelSheetTest {

    static final List<String> HEADERS = List.of("姓名", "单位", "职务", "执法证件编号", "执法类别", "执法区域", "发证日期", "有效期至");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anAdminExportsTheirOfficersWithTheD5Columns() throws Exception {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");

        var response = admin.download("/admin/officers/sheet");

        assertThat(response.statusCode()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("执法证件编号");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("邹城市卫生健康局");
            }
            assertThat(sheet.getLastRowNum()).isPositive();
        }
    }

    @Test
    void aGoodSheetAddsNewOfficersAndUpdatesKnownOnes() throws Exception {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/sheet/import");
        var known = db.sql(
                        """
                        select o.certificate_no from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = '370883' and o.active and not o.revoked order by o.certificate_no limit 1
                        """)
                .query(String.class)
                .single();
        var fresh = "鲁37088399" + (100 + (int) (Math.random() * 899));
        var sheet = workbook(
                HEADERS,
                List.of("孟凡星", "邹城市卫生健康局", "执法队员", fresh, "行政处罚、行政检查", "邹城市行政区域", "2025-03-01", "2030-02-28"),
                List.of("更新后的姓名", "邹城市卫生健康局", "副队长", known, "行政检查", "邹城市行政区域", "2023-01-01", "2028-01-01"));

        var response = upload(admin, sheet);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/officers").body()).contains("导入完成：新增 1 人，更新 1 人");
        assertThat(db.sql("select name from organization.officer where certificate_no = ?")
                        .param(known)
                        .query(String.class)
                        .single())
                .isEqualTo("更新后的姓名");
        assertThat(db.sql("select categories from organization.officer where certificate_no = ?")
                        .param(fresh)
                        .query((rs, row) -> List.of((String[]) rs.getArray(1).getArray()))
                        .single())
                .containsExactlyInAnyOrder("PENALTY", "INSPECTION");
    }

    @Test
    void aSheetWithBadRowsChangesNothingAndNamesEveryRow() throws Exception {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/sheet/import");
        var qufuCertificate = db.sql(
                        """
                        select o.certificate_no from organization.officer o join organization.unit u on u.id = o.unit_id
                        where u.division_code = '370881' limit 1
                        """)
                .query(String.class)
                .single();
        var fresh = "鲁370883" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        var sheet = workbook(
                HEADERS,
                List.of("甲", "邹城市卫生健康局", "执法队员", fresh, "行政处罚", "邹城市", "2025-03-01", "2030-02-28"),
                List.of("乙", "曲阜市卫生健康局", "执法队员", fresh + "1", "行政处罚", "曲阜市", "2025-03-01", "2030-02-28"),
                List.of("丙", "邹城市卫生健康局", "执法队员", qufuCertificate, "行政处罚", "邹城市", "2025-03-01", "2030-02-28"),
                List.of("丁", "邹城市卫生健康局", "执法队员", fresh + "2", "行政表扬", "邹城市", "2025-02-30", "2020-01-01"));

        var response = upload(admin, sheet);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("整个文件均未生效")
                .contains("第 3 行")
                .contains("不是您可管理的在用单位")
                .contains("第 4 行")
                .contains("已被其他单位的执法人员使用")
                .contains("第 5 行")
                .contains("“行政表扬”不是有效的执法类别")
                .contains("“2025-02-30”不是有效的日期");
        assertThat(db.sql("select count(*) from organization.officer where certificate_no like ?")
                        .param(fresh + "%")
                        .query(Long.class)
                        .single())
                .as("not even the good row was saved")
                .isZero();
    }

    static byte[] workbook(List<?>... rows) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("人员");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(String.valueOf(rows[r].get(c)));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static HttpResponse<String> upload(StaffClient client, byte[] file) {
        return client.upload(
                "/admin/officers/sheet/import",
                "人员.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                file);
    }
}
