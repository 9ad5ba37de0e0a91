package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 4: with {@code sunlight.security.tls=true} (the product behind a proxy that ends TLS) every answer
 * carries Strict-Transport-Security and the session cookie is {@code Secure}, though the request reaching the product
 * is plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sunlight.security.tls=true")
class TlsSettingHttpTest {

    @LocalServerPort
    int port;

    @Test
    void behindTlsEveryAnswerCarriesHstsAndTheSessionCookieIsSecure() {
        var login = StaffClient.anonymous(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
        var cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .findFirst();
        assertThat(cookie)
                .hasValueSatisfying(value -> assertThat(value).contains("Secure", "HttpOnly", "SameSite=Lax"));
        assertThat(StaffClient.anonymous(port)
                        .getJson("/api/public/items")
                        .headers()
                        .firstValue("Strict-Transport-Security"))
                .isPresent();
    }
}
