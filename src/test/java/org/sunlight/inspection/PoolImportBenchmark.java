package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Imports pools of 10,000 and 100,000 subjects from Excel over real HTTP and prints the time and the peak heap of each
 * (the server runs in this JVM): the sheet is streamed and merged in SQL, so the peak should not grow with the rows.
 * Run with {@code ./mvnw test -Pbenchmark -Dtest=PoolImportBenchmark -DargLine=-Xmx256m} to prove the import runs in a
 * small heap; it asserts only that every row arrived.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoolImportBenchmark {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void importsAHundredThousandSubjects() throws Exception {
        var city = InspectionFixtures.unit(db, "370800");
        var admin = StaffClient.loggedIn(port, "city-admin");
        for (int rows : new int[] {10_000, 100_000}) {
            var sheet = sheet(rows, rows);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            var response = InspectionFixtures.importSheet(admin, sheet);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
            System.out.printf(
                    "pool import: %,d rows, %.1f MB sheet, %,d ms, peak heap %d MB (garbage included),"
                            + " heap in use after the last collection %d MB, max heap %d MB%n",
                    rows,
                    sheet.length / 1e6,
                    millis,
                    peakHeapMb(),
                    afterCollectionMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        assertThat(db.sql("select count(*) from inspection.subject where unit_id = ?")
                        .param(city)
                        .query(Long.class)
                        .single())
                .isEqualTo(110_000);
    }

    private static byte[] sheet(int rows, long seed) {
        var random = new SplittableRandom(seed);
        var codes = new HashSet<String>();
        var today = LocalDate.of(2026, 6, 1);
        var data = new ArrayList<SubjectData>(rows);
        var categories = SubjectCategory.values();
        for (int i = 0; i < rows; i++) {
            var values = DemoSubjects.row(categories[i % categories.length], "370800", i, random, codes, today);
            var licence = values.get("licenceNo").isEmpty() ? null : values.get("licenceNo") + "-" + seed;
            data.add(new SubjectData(
                    values.get("name"),
                    values.get("creditCode").isEmpty() ? null : values.get("creditCode"),
                    licence,
                    categories[i % categories.length],
                    values.get("address"),
                    values.get("area"),
                    RiskClass.valueOf(values.get("riskClass")),
                    SubjectStatus.parse(values.get("status")).orElseThrow(),
                    values.get("lastInspectedOn").isEmpty() ? null : LocalDate.parse(values.get("lastInspectedOn"))));
        }
        var out = new ByteArrayOutputStream();
        SubjectSheets.write(data, out);
        return out.toByteArray();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** What each heap pool held right after its last collection, summed: the live data, without garbage. */
    private static long afterCollectionMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                        .mapToLong(pool -> pool.getCollectionUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }
}
