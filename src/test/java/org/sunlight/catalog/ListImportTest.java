package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Lists come in and go out as Excel with Chinese headers; an import is all or nothing, naming every bad row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListImportTest {

    public static final List<String> HEADERS = List.of("执法类别", "事项名称", "事项编码", "执法依据", "裁量基准", "承办机构", "办理时限（工作日）");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    UUID province;

    @BeforeEach
    void noOpenDraft() {
        province = db.sql("select id from organization.unit where division_code = '370000'")
                .query(UUID.class)
                .single();
        db.sql("delete from catalog.list_version where unit_id = ? and status in ('DRAFT', 'SUBMITTED')")
                .param(province)
                .update();
    }

    @Test
    void aGoodSheetFillsTheDraftAndExportsBackTheSame() throws Exception {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/console/lists/items?unit=" + province);
        var prefix = "370000-" + UUID.randomUUID().toString().substring(0, 4);
        var sheet = workbook(
                List.of("填报单位：山东省卫生健康委员会"),
                HEADERS,
                List.of("行政许可类", "放射诊疗许可", prefix + "-001", "《放射诊疗管理规定》第四条", "", "山东省卫生健康委员会", "20"),
                List.of(
                        "行政处罚",
                        "对医疗机构未按规定处置医疗废物的行政处罚",
                        prefix + "-002",
                        "《医疗废物管理条例》第四十七条；《医疗废物管理条例》第四十五条",
                        "",
                        "山东省卫生健康委员会",
                        ""));

        var response = upload(admin, "/console/lists/items/import?unit=" + province, sheet);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(admin.get("/console/lists/items?unit=" + province).body())
                .contains("已导入 2 项到草稿")
                .contains(prefix + "-001")
                .contains("放射诊疗许可");
        var exported = admin.download("/console/lists/items/export?unit=" + province);
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains(".xlsx"));
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(exported.body()))) {
            var rows = book.getSheetAt(0);
            assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("执法类别");
            assertThat(rows.getRow(1).getCell(0).getStringCellValue()).isEqualTo("行政许可");
            assertThat(rows.getRow(1).getCell(2).getStringCellValue()).isEqualTo(prefix + "-001");
        }
    }

    @Test
    void aSheetWithBadRowsIsRejectedWholeAndEveryBadRowIsNamed() throws Exception {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/console/lists/items?unit=" + province);
        var prefix = "370000-" + UUID.randomUUID().toString().substring(0, 4);
        var sheet = workbook(
                HEADERS,
                List.of("行政许可", "放射诊疗许可", prefix + "-001", "《放射诊疗管理规定》第四条", "", "山东省卫生健康委员会", "20"),
                List.of("行政奖励", "某事项", prefix + "-002", "《放射诊疗管理规定》第四条", "", "山东省卫生健康委员会", ""),
                List.of("行政处罚", "", prefix + "-003", "《放射诊疗管理规定》第四条", "", "山东省卫生健康委员会", ""),
                List.of("行政处罚", "某事项", prefix + "-001", "《放射诊疗管理规定》第四条", "", "山东省卫生健康委员会", ""),
                List.of("行政处罚", "某事项", prefix + "-005", "放射诊疗管理规定", "", "山东省卫生健康委员会", ""));

        var response = upload(admin, "/console/lists/items/import?unit=" + province, sheet);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("发现 4 处错误，整个文件均未生效")
                .contains("第 3 行")
                .contains("“行政奖励”不是有效的执法类别")
                .contains("第 4 行")
                .contains("“事项名称”：")
                .contains("第 5 行")
                .contains("与第 2 行的事项编码重复")
                .contains("第 6 行")
                .contains("格式不正确");
        assertThat(db.sql("select count(*) from catalog.list_entry where entry_key like ?")
                        .param(prefix + "%")
                        .query(Long.class)
                        .single())
                .as("nothing of the file was saved")
                .isZero();
    }

    @Test
    void aFileThatIsNotExcelIsRefusedClearly() {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/console/lists/items?unit=" + province);

        var response =
                upload(admin, "/console/lists/items/import?unit=" + province, "这不是表格".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("文件不是有效的 Excel（.xlsx）文件");
    }

    @Test
    void aSheetMissingARequiredColumnNamesIt() throws Exception {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/console/lists/items?unit=" + province);
        var sheet = workbook(List.of("执法类别", "事项名称", "事项编码"), List.of("行政许可", "放射诊疗许可", "370000-X-1"));

        var response = upload(admin, "/console/lists/items/import?unit=" + province, sheet);

        assertThat(response.body()).contains("缺少“执法依据”列").contains("缺少“承办机构”列");
    }

    @SafeVarargs
    public static byte[] workbook(List<String>... rows) throws IOException {
        try (var book = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("清单");
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

    /** Posts the file as the page's form does. */
    public static HttpResponse<String> upload(StaffClient client, String path, byte[] file) {
        return client.upload(
                path, "清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file);
    }
}
