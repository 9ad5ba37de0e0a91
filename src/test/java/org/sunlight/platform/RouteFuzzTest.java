package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.sunlight.Application;
import org.sunlight.Routes;
import org.sunlight.StaffClient;

/**
 * Issue 14, item 5: malformed requests to every route of the route table — junk in the path's variables, junk and
 * known parameters, malformed bodies and content types, odd headers — from anonymous callers, an officer and an
 * administrator. No answer may be a server error, show a stack trace, or echo the markup it was sent unescaped.
 *
 * <p>Deterministic: jqwik's seed is fixed and each try draws its requests from a {@link Random} seeded by the try's
 * number, and the routes are taken in the table's order, one after another, so that every route gets its share.
 * Bounded: {@code -Dsunlight.fuzz.requests} requests in all (CI: 1,500, a few minutes on a loaded machine), at least one
 * a route.
 */
class RouteFuzzTest {

    private static final int REQUESTS = Integer.getInteger("sunlight.fuzz.requests", 1500);
    private static final int TRIES = 50;
    private static final java.util.concurrent.atomic.AtomicInteger SENT =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String MARKUP = "<script>alert('sunlight')</script>";
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat [a-z]+\\.|\\bat org\\.(sunlight|springframework)\\.|java\\.lang\\.[A-Za-z]+Exception");

    private static final List<String> JUNK = List.of(
            "",
            " ",
            "%00",
            "a%00b",
            "%0d%0aX-Injected:%201",
            "..%2f..%2fetc%2fpasswd",
            "%E2%80%AEgnp.exe",
            "'%20OR%201=1--",
            "-1",
            "0",
            "99999999999999999999999",
            "1e400",
            "NaN",
            "+999999999-12-31",
            "-999999999-01-01",
            "2026-02-30",
            "null",
            "true",
            "%F0%9F%98%80",
            "%C0%AF",
            "%25",
            "x".repeat(3000),
            URLEncoder.encode(MARKUP, StandardCharsets.UTF_8),
            "00000000-0000-4000-8000-000000000000",
            "not-a-uuid");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "application/json; charset=UTF-8",
            "application/*",
            "*/*",
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data",
            "multipart/form-data; boundary=xyz",
            "multipart/form-data; boundary=",
            "application/xml",
            "application/offset+octet-stream",
            "application/json; charset=nonsense",
            "garbage",
            ";;;");

    private static final List<String> BODIES = List.of(
            "",
            "{}",
            "[]",
            "null",
            "{",
            "{\"a\":",
            "x=1",
            "\"" + MARKUP + "\"",
            "{\"title\":\"" + MARKUP + "\",\"name\":\"" + MARKUP + "\"}",
            "{\"fine\":1e400,\"amount\":-0.001,\"size\":99999999999999999999}",
            "{\"procedure\":\"NO_SUCH\",\"parties\":[{}]}",
            "{\"from\":\"+999999999-12-31\",\"date\":\"2026-02-30\"}",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
            "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u202egnp.exe\"\r\n\r\nabc\r\n--xyz--",
            "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a",
            "\u0000\u0001\u0002\u00ff",
            "{\"a\":\"\u0000\"}");

    private static final List<String[]> HEADERS = List.of(
            new String[] {"Accept", "application/json"},
            new String[] {"Accept", "text/html"},
            new String[] {"Accept", "*/*"},
            new String[] {"Accept", "image/png"},
            new String[] {"Accept", "garbage"},
            new String[] {"Range", "bytes=0-"},
            new String[] {"Range", "bytes=-1-2"},
            new String[] {"Range", "bytes=99999999999999999999-"},
            new String[] {"Upload-Offset", "-1"},
            new String[] {"Upload-Offset", "99999999999999999999"},
            new String[] {"If-None-Match", "\"" + MARKUP + "\""},
            new String[] {"Accept-Language", "xx-ZZ;q=nonsense"},
            new String[] {"Idempotency-Key", MARKUP});

    /** How many answers of each status the run got: printed at the end, to show the requests reach the controllers. */
    private static final java.util.Map<Integer, Integer> STATUSES = new java.util.concurrent.ConcurrentSkipListMap<>();

    private static ConfigurableApplicationContext context;
    private static List<Routes.Route> routes;
    private static List<StaffClient> callers;

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .properties("spring.main.banner-mode=off", "server.port=0")
                .run();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        routes = Routes.mapped(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class));
        assertThat(Math.max(1, REQUESTS / TRIES) * TRIES)
                .as("at least one malformed request for every route of the table")
                .isGreaterThanOrEqualTo(routes.size());
        var anonymous = StaffClient.anonymous(port);
        anonymous.get("/login");
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console");
        callers = List.of(anonymous, officer, admin);
    }

    /** The context is this class's own: closed with it, so that its scheduled work ends before other tests run. */
    @AfterContainer
    static void close() {
        System.out.println("RouteFuzzTest answers by status: " + STATUSES);
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Property(tries = TRIES, seed = "20261207")
    void noMalformedRequestGetsAServerErrorAStackTraceOrAnUnescapedEcho(@ForAll int seed) {
        var random = new Random(seed);
        var failures = new ArrayList<String>();
        for (int i = 0; i < Math.max(1, REQUESTS / TRIES); i++) {
            // the routes in turn, so that every route of the table gets REQUESTS / routes requests or more
            var route = routes.get(SENT.getAndIncrement() % routes.size());
            var caller = callers.get(random.nextInt(callers.size()));
            var request = request(random, route, caller);
            var response = caller.send(request.builder(), false);
            STATUSES.merge(response.statusCode(), 1, Integer::sum);
            var problem = judge(response);
            if (problem != null) {
                failures.add(route + " " + request.description() + " -> " + problem);
            }
        }
        assertThat(failures).isEmpty();
    }

    private record Fuzzed(HttpRequest.Builder builder, String description) {}

    private static Fuzzed request(Random random, Routes.Route route, StaffClient caller) {
        var path = random.nextInt(3) == 0
                ? Routes.withVariables(route.pattern(), pick(random, JUNK))
                : Routes.concrete(route.pattern());
        var query = new StringBuilder();
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            var name = !route.parameters().isEmpty() && random.nextBoolean()
                    ? pick(random, route.parameters())
                    : pick(random, List.of("q", "page", "size", "from", "to", "unit", "format", "%00", MARKUP));
            query.append(i == 0 ? "?" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(pick(random, JUNK));
        }
        var uri = path + query;
        var builder = HttpRequest.newBuilder(caller.uri(uri.replace(" ", "%20")));
        var description = new StringBuilder(uri.length() > 200 ? uri.substring(0, 200) + "…" : uri);
        int headers = random.nextInt(3);
        for (int i = 0; i < headers; i++) {
            var header = HEADERS.get(random.nextInt(HEADERS.size()));
            builder.setHeader(header[0], header[1]);
            description
                    .append(" [")
                    .append(header[0])
                    .append(": ")
                    .append(header[1])
                    .append(']');
        }
        if (route.method().equals("GET")) {
            return new Fuzzed(builder.GET(), description.toString());
        }
        var type = pick(random, CONTENT_TYPES);
        var body = pick(random, BODIES);
        builder.setHeader("Content-Type", type);
        if (random.nextInt(4) != 0 && caller.csrfToken() != null) {
            builder.setHeader("X-CSRF-TOKEN", caller.csrfToken());
        }
        description
                .append(" [Content-Type: ")
                .append(type)
                .append("] ")
                .append(body.length() > 80 ? body.substring(0, 80) : body);
        return new Fuzzed(
                builder.method(route.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                description.toString());
    }

    /** What is wrong with the answer, or null. */
    private static String judge(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            return "server error " + response.statusCode();
        }
        var body = response.body() == null ? "" : response.body();
        if (STACK_TRACE.matcher(body).find()) {
            return "a stack trace in the answer";
        }
        var type = response.headers().firstValue("Content-Type").orElse("");
        if (type.startsWith("text/html") && body.contains(MARKUP)) {
            return "the markup sent echoed unescaped";
        }
        return null;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
