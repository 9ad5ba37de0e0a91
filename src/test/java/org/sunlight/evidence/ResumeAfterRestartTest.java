package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.cases.CaseManagement;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/**
 * The running hash of an upload lives in memory; a server that restarts between two chunks re-reads the partial file
 * and still answers the hash of the whole file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ResumeAfterRestartTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    org.sunlight.platform.ColumnLengths lengths;

    @Autowired
    EvidenceRows rows;

    @Autowired
    Devices devices;

    @Autowired
    BlobStore store;

    @Autowired
    CaseManagement cases;

    @Autowired
    Organization organization;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    EvidenceProperties properties;

    @Autowired
    UserDetailsService users;

    @Test
    void anUploadResumedByARestartedServerHashesTheWholeFile() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(3_000_000);
        var location = fixtures.start(officer, caseId, "重启续传.mp4", content.length, null);
        var first = fixtures.patch(officer, location, 0, Arrays.copyOfRange(content, 0, 1_200_000));
        assertThat(first.statusCode()).isEqualTo(200);

        var restarted = new Evidence(
                rows, devices, store, cases, organization, events, transaction, clock, properties, lengths);
        var user = (StaffUser) users.loadUserByUsername("qufu-officer");
        var uploadId = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(restarted.status(user, uploadId).offset()).isEqualTo(1_200_000);
        var rest = Arrays.copyOfRange(content, 1_200_000, content.length);
        var done = restarted.append(user, uploadId, 1_200_000, rest.length, new ByteArrayInputStream(rest));

        assertThat(done.complete()).isTrue();
        assertThat(done.sha256()).isEqualTo(EvidenceFixtures.sha256(content));
    }
}
