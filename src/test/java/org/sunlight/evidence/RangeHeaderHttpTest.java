package org.sunlight.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, item 1: a {@code Range} header of any bytes (0x80–0x9F among them, sent raw as the probe did) on an
 * evidence file gets the whole file, a part of it, 400 (a header with bytes the firewall refuses) or 416, never a
 * server error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RangeHeaderHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anyRangeHeaderIsAnsweredWithTheFileAPart400Or416() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var officer = fixtures.staff("qufu-officer");
        var caseId = fixtures.caseInInvestigation(officer, fixtures.staff("qufu-leader"));
        var content = EvidenceFixtures.video(4096);
        var done = fixtures.upload(officer, caseId, "询问录像.mp4", content, "inquire", 4096);
        assertThat(done.get("complete").asBoolean()).isTrue();
        var files = EvidenceFixtures.JSON.readTree(
                officer.getJson("/api/cases/" + caseId + "/evidence").body());
        var path = "/api/evidence/" + files.get(0).get("id").asText() + "/content";

        var wrong = new ArrayList<String>();
        var headers = new ArrayList<byte[]>();
        for (int b = 0x80; b <= 0x9F; b++) {
            headers.add(new byte[] {'b', 'y', 't', 'e', 's', '=', '0', '-', (byte) b});
            headers.add(new byte[] {'b', 'y', 't', 'e', 's', '=', (byte) b, '-', '9'});
            headers.add(new byte[] {'b', 'y', 't', 'e', 's', (byte) b, '0', '-', '9'});
            headers.add(new byte[] {(byte) b});
        }
        headers.add("bytes=99999999999999999999-".getBytes(StandardCharsets.US_ASCII));
        headers.add("bytes=-99999999999999999999".getBytes(StandardCharsets.US_ASCII));
        headers.add("bytes=--1".getBytes(StandardCharsets.US_ASCII));
        headers.add("bytes=5-2".getBytes(StandardCharsets.US_ASCII));
        for (var header : headers) {
            int status = statusOf(officer.cookieHeader(), path, header);
            if (status != 200 && status != 206 && status != 400 && status != 416) {
                wrong.add(new String(header, StandardCharsets.ISO_8859_1) + " -> " + status);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(statusOf(officer.cookieHeader(), path, "bytes=0-9".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(206);
        assertThat(statusOf(officer.cookieHeader(), path, "bytes=4096-".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(416);
    }

    /** Sends the header's bytes exactly as given, over a socket, and reads the status line. */
    private int statusOf(String cookies, String path, byte[] range) throws Exception {
        try (var socket = new Socket("localhost", port)) {
            var request = new ByteArrayOutputStream();
            request.writeBytes(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nCookie: "
                            + cookies + "\r\nRange: ")
                    .getBytes(StandardCharsets.US_ASCII));
            request.writeBytes(range);
            request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(request.toByteArray());
            socket.getOutputStream().flush();
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(answer.substring(9, 12));
        }
    }
}
