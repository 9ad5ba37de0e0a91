package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.platform.Retrieved;

/**
 * What the audit log will hear: {@code EvidenceAttached} when a file is stored, {@code Retrieved} with the client's
 * address each time someone reads one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(EvidenceEventsTest.Listener.class)
class EvidenceEventsTest {

    @TestConfiguration
    static class Listener {
        final List<Object> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(EvidenceAttached event) {
            heard.add(event);
        }

        @EventListener
        void on(Retrieved event) {
            heard.add(event);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Listener listener;

    @Test
    void storingAndReadingAFileAreHeard() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(50_000);
        var done = fixtures.upload(officer, caseId, "抽样.mp4", content, "take-samples", 20_000);
        var fileId = done.get("fileId").asText();

        assertThat(listener.heard)
                .filteredOn(EvidenceAttached.class::isInstance)
                .map(EvidenceAttached.class::cast)
                .anySatisfy(attached -> {
                    assertThat(attached.fileId().toString()).isEqualTo(fileId);
                    assertThat(attached.caseId()).isEqualTo(caseId);
                    assertThat(attached.sha256()).isEqualTo(EvidenceFixtures.sha256(content));
                    assertThat(attached.action()).isEqualTo("take-samples");
                    assertThat(attached.username()).isEqualTo("qufu-officer");
                });

        // the audit log keeps the attachment with its hash, and the retrieval with where it came from
        assertThat(db.sql("select detail from audit.entry where kind = 'EVIDENCE_ATTACHED' and record_id = ?")
                        .param(fileId)
                        .query(String.class)
                        .single())
                .contains(EvidenceFixtures.sha256(content), "take-samples");

        assertThat(officer.download("/api/evidence/" + fileId + "/content").statusCode())
                .isEqualTo(200);
        assertThat(db.sql("select count(*) from audit.entry where kind = 'RETRIEVAL' and subject = 'evidence'"
                                + " and record_id = ? and actor = 'qufu-officer' and address is not null")
                        .param(fileId)
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(listener.heard)
                .filteredOn(Retrieved.class::isInstance)
                .map(Retrieved.class::cast)
                .anySatisfy(retrieved -> {
                    assertThat(retrieved.kind()).isEqualTo("evidence");
                    assertThat(retrieved.recordId()).isEqualTo(fileId);
                    assertThat(retrieved.caseId()).isEqualTo(caseId.toString());
                    assertThat(retrieved.username()).isEqualTo("qufu-officer");
                    assertThat(retrieved.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
                });
        long before =
                listener.heard.stream().filter(Retrieved.class::isInstance).count();
        assertThat(fixtures.staff("zoucheng-officer")
                        .download("/api/evidence/" + fileId + "/content")
                        .statusCode())
                .isEqualTo(404);
        assertThat(listener.heard.stream().filter(Retrieved.class::isInstance).count())
                .as("a refused read is not a retrieval")
                .isEqualTo(before);
    }
}
