package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Measures a 5,000-row item-list import over real HTTP, from upload to the draft saved, and prints the times. Run with
 * {@code ./mvnw test -Pbenchmark -Dtest=ImportBenchmark}; it asserts only that every row arrived, never a time.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void importsFiveThousandItems() throws Exception {
        var province = db.sql("select id from organization.unit where division_code = '370000'")
                .query(UUID.class)
                .single();
        var rows = new ArrayList<List<String>>();
        rows.add(ListImportTest.HEADERS);
        String[] categories = {"行政处罚", "行政许可", "行政强制", "行政检查"};
        for (int i = 1; i <= 5000; i++) {
            rows.add(List.of(
                    categories[i % 4],
                    "对违反公共场所卫生管理规定第" + i + "种情形的处理",
                    String.format("370000-BENCH-%05d", i),
                    "《公共场所卫生管理条例》第十四条；《公共场所卫生管理条例实施细则》第三十六条",
                    i % 3 == 0 ? "山东省卫生健康行政处罚裁量基准第" + i + "项" : "",
                    "山东省卫生健康委员会",
                    i % 4 == 1 ? "20" : ""));
        }
        @SuppressWarnings("unchecked")
        var sheet = ListImportTest.workbook(rows.toArray(List[]::new));
        var admin = StaffClient.loggedIn(port, "province-admin");

        var timings = new ArrayList<Long>();
        for (int run = 0; run < 5; run++) {
            db.sql("delete from catalog.list_version where unit_id = ? and status in ('DRAFT', 'SUBMITTED')")
                    .param(province)
                    .update();
            admin.get("/console/lists/items?unit=" + province);
            long start = System.nanoTime();
            var response = ListImportTest.upload(admin, "/console/lists/items/import?unit=" + province, sheet);
            timings.add((System.nanoTime() - start) / 1_000_000);
            assertThat(response.statusCode()).isEqualTo(302);
        }
        long entries = db.sql(
                        """
                        select count(*) from catalog.list_entry e join catalog.list_version v on v.id = e.version_id
                        where v.unit_id = ? and v.status = 'DRAFT'
                        """)
                .param(province)
                .query(Long.class)
                .single();
        assertThat(entries).isEqualTo(5000);
        System.out.printf(
                "BENCHMARK import of 5,000 rows (%,d bytes xlsx) over HTTP, ms per run: %s%n", sheet.length, timings);
    }
}
