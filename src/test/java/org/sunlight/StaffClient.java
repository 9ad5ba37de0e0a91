package org.sunlight;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at a browser, without the browser: real HTTP against the running product, keeping cookies, following the
 * CSRF token of the pages it fetched as a browser form would.
 */
public final class StaffClient {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final CookieManager cookies;
    private String csrf;

    private StaffClient(int port) {
        this(port, new CookieManager(), null);
    }

    private StaffClient(int port, CookieManager cookies, String csrf) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.csrf = csrf;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The same person (the same cookies, the same CSRF token) reaching another node of the same deployment, as a load
     * balancer sends them there.
     */
    public StaffClient at(int port) {
        return new StaffClient(port, cookies, csrf);
    }

    public static StaffClient anonymous(int port) {
        return new StaffClient(port);
    }

    /** Logs in through the login form; fails the test if the product does not accept it. */
    public static StaffClient loggedIn(int port, String username) {
        var client = new StaffClient(port);
        var response = client.login(username, "Sunlight@2026");
        if (response.statusCode() != 302 || !location(response).endsWith("/console")) {
            throw new AssertionError(
                    "login of " + username + " failed: " + response.statusCode() + " " + location(response));
        }
        return client;
    }

    public HttpResponse<String> login(String username, String password) {
        get("/login");
        return postForm("/login", Map.of("username", username, "password", password));
    }

    public HttpResponse<String> get(String path) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .GET(),
                true);
    }

    public HttpResponse<String> getJson(String path) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "application/json")
                        .GET(),
                false);
    }

    /** Posts a form with the CSRF token of the last page fetched, as the browser would. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        return postFormWithoutToken(path, all);
    }

    /** Posts JSON to the API with the CSRF token of the last page fetched, as a page's script would. */
    public HttpResponse<String> postJson(String path, String json) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request, false);
    }

    /** A JSON POST carrying an {@code Idempotency-Key}, as a client that may retry after a lost answer sends it. */
    public HttpResponse<String> postJson(String path, String json, String idempotencyKey) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (csrf != null) {
            request.header("X-CSRF-TOKEN", csrf);
        }
        return send(request, false);
    }

    /** Uploads a file as the page's form does: multipart, with the page's CSRF token as a form field. */
    public HttpResponse<String> upload(String path, String fileName, String contentType, byte[] file) {
        var boundary = "----sunlight" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                true);
    }

    /**
     * Posts a multipart form as the page does: its fields, the page's CSRF token, and one file under the given field
     * name (none when {@code file} is null).
     */
    public HttpResponse<String> postMultipart(
            String path,
            Map<String, String> fields,
            String fileField,
            String fileName,
            String contentType,
            byte[] file) {
        var boundary = "----sunlight" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        var all = new LinkedHashMap<>(fields);
        if (csrf != null) {
            all.putIfAbsent("_csrf", csrf);
        }
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
                true);
    }

    /** Downloads a file, as bytes. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form and, as a browser does, opens the page it redirects to; returns that page (or the answer). */
    public HttpResponse<String> postFormAndFollow(String path, Map<String, String> fields) {
        var response = postForm(path, fields);
        var location = location(response);
        if (response.statusCode() / 100 == 3 && !location.isEmpty()) {
            return get(URI.create(base).resolve(location).getRawPath()
                    + (URI.create(base).resolve(location).getRawQuery() == null
                            ? ""
                            : "?" + URI.create(base).resolve(location).getRawQuery()));
        }
        return response;
    }

    /** Posts a form exactly as given, with no CSRF token unless the fields carry one. */
    public HttpResponse<String> postFormWithoutToken(String path, Map<String, String> fields) {
        var body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                true);
    }

    /** Sends a request built by the test, with the session cookie. */
    public HttpResponse<String> send(HttpRequest.Builder request, boolean remembersToken) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (remembersToken) {
                remember(response.body());
            }
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** The cookies the client holds, as a {@code Cookie} header, for requests sent outside it (a raw socket). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    public String csrfToken() {
        return csrf;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private void remember(String body) {
        if (body == null) {
            return;
        }
        var input = CSRF_INPUT.matcher(body);
        if (input.find()) {
            csrf = input.group(1);
            return;
        }
        var meta = CSRF_META.matcher(body);
        if (meta.find()) {
            csrf = meta.group(1);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static Map<String, String> form(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
