package org.sunlight;

import java.util.List;
import java.util.regex.Pattern;

/** What a visitor reads off a portal page's HTML, for the portal's HTTP tests. */
public final class PortalPages {

    private static final Pattern TRAIL = Pattern.compile("<nav class=\"breadcrumb\"[\\s\\S]*?</nav>");
    private static final Pattern STEP = Pattern.compile("<li>(?:<a[^>]*>|<span[^>]*>)([^<]+)<");

    private PortalPages() {}

    /** The labels of the page's 当前位置 trail, in order; empty when it has none. */
    public static List<String> trail(String body) {
        var nav = TRAIL.matcher(body);
        if (!nav.find()) {
            return List.of();
        }
        return STEP.matcher(nav.group()).results().map(match -> match.group(1)).toList();
    }
}
