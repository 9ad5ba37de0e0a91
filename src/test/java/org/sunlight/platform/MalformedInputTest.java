package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/**
 * Inputs that answered 500 when the product was fuzzed (issue 14): each now gets a problem naming what is wrong, with
 * the status that says why, anonymous or logged in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedInputTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBodyThatIsNotMultipartIsABadRequestEverywhere() throws Exception {
        for (var path : new String[] {"/", "/api/public/items", "/api/cases"}) {
            for (var method : new String[] {"POST", "PUT"}) {
                var response = send(method, path, "multipart/form-data", "x=1");
                assertThat(response.statusCode()).as("%s %s", method, path).isEqualTo(400);
                if (path.startsWith("/api/")) {
                    assertThat(response.headers().firstValue("Content-Type"))
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(json.readTree(response.body()).get("detail").asText())
                            .contains("multipart");
                } else {
                    // a page gets the HTML error page, never a stack trace
                    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
                }
            }
        }
        var truncated = send(
                "POST",
                "/api/public/items",
                "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nxx");
        assertThat(truncated.statusCode()).isEqualTo(400);
        // a JSON body sent as multipart, by an officer with the CSRF token: the case API takes JSON only
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var jsonAsMultipart = officer.send(
                HttpRequest.newBuilder(officer.uri("/api/cases"))
                        .header("Content-Type", "multipart/form-data; boundary=abc")
                        .header("X-CSRF-TOKEN", officer.csrfToken())
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"procedure\":\"GENERAL_PENALTY\",\"title\":\"x\",\"parties\":[]}")),
                false);
        assertThat(jsonAsMultipart.statusCode()).as(jsonAsMultipart.body()).isEqualTo(415);
        assertThat(jsonAsMultipart.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aFileNameWithAControlCharacterIsRefusedNamingThePart() throws Exception {
        for (var fileName : new String[] {"a\u0000b.xlsx", "a\u0001b.xlsx", "a\tb.xlsx", "a\u007fb.xlsx"}) {
            var response = send(
                    "POST",
                    "/api/public/items",
                    "multipart/form-data; boundary=abc",
                    "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\n\r\nxx\r\n--abc--\r\n");
            assertThat(response.statusCode()).as(fileName).isEqualTo(400);
            var problem = json.readTree(response.body());
            assertThat(problem.get("detail").asText()).contains("名称含有控制字符");
            if (fileName.indexOf(0) < 0) {
                // Tomcat stops at a NUL before it names the part; the other controls are found with the part's name
                assertThat(problem.get("field").asText()).as(fileName).isEqualTo("file");
            }
        }
        // a raw line break ends the part's header line: the part is read with what came before it, and the request
        // goes on to the door, which refuses a POST without its CSRF token (no server error)
        var split = send(
                "POST",
                "/api/public/items",
                "multipart/form-data; boundary=abc",
                "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\nb.xlsx\"\r\n\r\nxx\r\n--abc--\r\n");
        assertThat(split.statusCode()).isEqualTo(403);
        assertThat(split.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aMultipartBodyOverTheLimitIsTooLarge() throws Exception {
        // 20 MB is the request limit (spring.servlet.multipart.max-request-size); half a megabyte more
        var body = "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n\r\n"
                + "x".repeat(20 * 1024 * 1024 + 512 * 1024) + "\r\n--abc--\r\n";
        var response = send("POST", "/api/public/items", "multipart/form-data; boundary=abc", body);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("detail").asText()).isNotBlank();
    }

    @Test
    void aWildcardContentTypeIsUnsupported() throws Exception {
        var response = send("POST", "/api/cases", "application/*", "{}");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(send("POST", "/api/cases", "no/such/type", "{}").statusCode())
                .isEqualTo(415);
    }

    @Test
    void aNulByteInASearchIsRefusedNamingTheParameter() throws Exception {
        var api = send("GET", "/api/public/items?q=%00", null, "");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(json.readTree(api.body()).get("field").asText()).isEqualTo("q");
        assertThat(send("GET", "/portal/items?q=a%00b", null, "").statusCode()).isEqualTo(400);
        // tabs and line breaks are text, not control bytes
        assertThat(send("GET", "/api/public/items?q=%E5%8C%BB%0A", null, "").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDateNoPeriodCanBeCountedFromIsABadRequest() throws Exception {
        var response = send("GET", "/api/public/calendar/add-working-days?from=%2B999999999-12-31&days=5", null, "");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asText()).contains("日期超出");
    }

    @Test
    void aFarDateInAListsFilterIsAnsweredWithTheListNeverAServerError() throws Exception {
        var far = "%2B999999999-12-31";
        var supervisor = StaffClient.loggedIn(port, "city-supervisor");
        supervisor.get("/console");
        var answers = new java.util.LinkedHashMap<String, Integer>();
        for (var path : new String[] {
            "/api/public/results?from=" + far, "/api/public/results?to=" + far, "/portal/results?from=" + far
        }) {
            answers.put(path, send("GET", path, null, "").statusCode());
        }
        for (var path : new String[] {
            "/api/reviews/statistics?from=" + far,
            "/console/reviews/statistics?from=" + far,
            "/api/supervision/flags?from=" + far,
            "/console/supervision/flags?to=" + far
        }) {
            var response = path.startsWith("/api/") ? supervisor.getJson(path) : supervisor.get(path);
            answers.put(path, response.statusCode());
            assertThat(response.body()).as(path).doesNotContain("Exception");
        }
        // a far date is a filter like any other here (it selects nothing beyond it): the list, never a server error
        assertThat(answers)
                .allSatisfy((path, status) -> assertThat(status).as(path).isEqualTo(200));
    }

    @Test
    void aPartyAddressLongerThanTheRecordHoldsIsAFieldError() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var response = officer.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"地址过长",
                 "parties":[{"kind":"ORGANISATION","name":"某诊所","identity":"91350100M000100Y43","address":"%s"}]}
                """
                        .formatted("曲".repeat(201)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("field").asText()).isEqualTo("parties[0].address");
    }
}
