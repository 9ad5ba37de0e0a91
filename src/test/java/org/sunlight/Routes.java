package org.sunlight;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's route table as the route-policy and fuzz tests walk it. */
public final class Routes {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^{}]*)?}");

    /** One mapped route: method, pattern, and the names of its query/form parameters. */
    public record Route(String method, String pattern, List<String> parameters) {
        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private Routes() {}

    /** Every route, by "METHOD pattern" (a mapping without a method is taken as GET and POST). */
    public static List<Route> mapped(RequestMappingHandlerMapping mappings) {
        var routes = new TreeMap<String, Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods().stream()
                    .map(Enum::name)
                    .toList();
            if (methods.isEmpty()) {
                methods = List.of("GET", "POST");
            }
            var parameters = parameters(handler);
            for (var pattern : info.getPatternValues()) {
                for (var method : methods) {
                    routes.putIfAbsent(method + " " + pattern, new Route(method, pattern, parameters));
                }
            }
        });
        return List.copyOf(routes.values());
    }

    private static List<String> parameters(HandlerMethod handler) {
        var names = new ArrayList<String>();
        for (var parameter : handler.getMethodParameters()) {
            var annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                var name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The route's pattern with made-up values: identifiers of records that do not exist, names no list has, so that an
     * allowed caller reaches the controller and changes nothing.
     */
    public static String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value =
                    switch (matcher.group(1)) {
                        case "slug", "code", "certificateNo", "group" -> "none-such";
                        case "name" -> "snapshot";
                        case "action" -> "file";
                        case "year" -> "2025";
                        case "index", "number" -> "999999999";
                        default -> "00000000-0000-4000-8000-000000000000";
                    };
            matcher.appendReplacement(out, value);
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The pattern's variables replaced by the value given, as a fuzzer puts junk into a path. */
    public static String withVariables(String pattern, String value) {
        return VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(value));
    }

    /**
     * Sends a request as a browser or an API client would, with the caller's CSRF token and an empty body ({@code {}}
     * on the API, only the token on a form), without following a redirect.
     */
    public static java.net.http.HttpResponse<String> send(
            StaffClient client, org.springframework.http.HttpMethod method, String path) {
        var api = path.startsWith("/api/");
        var request = java.net.http.HttpRequest.newBuilder(client.uri(path))
                .header("Accept", api ? "application/json" : "text/html");
        if (method == org.springframework.http.HttpMethod.GET) {
            return client.send(request.GET(), false);
        }
        if (api) {
            request.header("Content-Type", "application/json").header("X-CSRF-TOKEN", client.csrfToken());
            return client.send(
                    request.method(method.name(), java.net.http.HttpRequest.BodyPublishers.ofString("{}")), false);
        }
        request.header("Content-Type", "application/x-www-form-urlencoded");
        return client.send(
                request.method(
                        method.name(),
                        java.net.http.HttpRequest.BodyPublishers.ofString("_csrf=" + client.csrfToken())),
                false);
    }
}
