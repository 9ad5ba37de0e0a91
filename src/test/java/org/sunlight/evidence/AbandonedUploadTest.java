package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.evidence.EvidenceFixtures.JSON;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An upload nobody continued for a week is given up: its partial file is deleted and a later chunk is answered 410
 * with what to do; an upload still going on is left alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AbandonedUploadTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Evidence evidence;

    @Value("${sunlight.evidence.upload-directory}")
    Path uploads;

    @Test
    void aStaleUploadIsGivenUpAndAFreshOneIsNot() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(2 * 1024 * 1024);
        var half = Arrays.copyOfRange(content, 0, 1024 * 1024);
        var stale = fixtures.start(officer, caseId, "中断的录像.mp4", content.length, "inquire");
        var fresh = fixtures.start(officer, caseId, "进行中的录像.mp4", content.length, "inquire");
        assertThat(fixtures.patch(officer, stale, 0, half).statusCode()).isEqualTo(200);
        assertThat(fixtures.patch(officer, fresh, 0, half).statusCode()).isEqualTo(200);
        var stalePart = partial(stale);
        assertThat(stalePart).exists();
        Files.setLastModifiedTime(stalePart, FileTime.from(Instant.now().minus(Duration.ofDays(8))));

        assertThat(evidence.abandonStale(Duration.ofDays(7))).isPositive();

        assertThat(stalePart).doesNotExist();
        var refused =
                fixtures.patch(officer, stale, half.length, Arrays.copyOfRange(content, half.length, content.length));
        assertThat(refused.statusCode()).isEqualTo(410);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("已作废", "请重新上传");

        var finished =
                fixtures.patch(officer, fresh, half.length, Arrays.copyOfRange(content, half.length, content.length));
        assertThat(finished.statusCode()).as(finished.body()).isEqualTo(200);
        assertThat(JSON.readTree(finished.body()).get("sha256").asText()).isEqualTo(EvidenceFixtures.sha256(content));
    }

    private Path partial(String location) {
        return uploads.resolve(location.substring(location.lastIndexOf('/') + 1) + ".part");
    }
}
