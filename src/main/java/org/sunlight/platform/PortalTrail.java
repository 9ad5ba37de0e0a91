package org.sunlight.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a portal page sits (当前位置, issue 18, point 11): 首页 › the section › 正文, from the page's address, for the
 * portal header of every page under {@code /portal/}. A section is named by {@code portal.section.<slug>} (the home
 * page's names) or {@code portal.trail.<slug>}; a known sub-page by {@code portal.trail.<segment>}; any other page under
 * a section is its 正文. Templates read it as {@code @portalTrail.current()}.
 */
@Component("portalTrail")
public class PortalTrail {

    /** Sections that are a part of the portal without a page of their own: named, not linked. */
    private static final List<String> WITHOUT_PAGE = List.of("audit");

    /**
     * One step of the trail.
     *
     * @param href null for the page itself
     */
    public record Crumb(String label, String href) {}

    private final MessageSource messages;

    PortalTrail(MessageSource messages) {
        this.messages = messages;
    }

    /** The trail of the page being answered; empty off the portal's sections (the home page, the console). */
    public List<Crumb> current() {
        return current(null);
    }

    /**
     * The trail of the page being answered, for a page of one unit's portal ({@code /u/{unitCode}/…}) with the unit
     * named after 首页 and linked to the unit's home page.
     *
     * @param unitName the unit's name, null off a unit's portal
     */
    public List<Crumb> current(String unitName) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return List.of();
        }
        var request = attributes.getRequest();
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return of(path, unitName, LocaleContextHolder.getLocale());
    }

    List<Crumb> of(String path, Locale locale) {
        return of(path, null, locale);
    }

    List<Crumb> of(String path, String unitName, Locale locale) {
        var unit = java.util.regex.Pattern.compile("^/u/([^/]+)(/.*)?$").matcher(path);
        if (unitName != null && unit.matches()) {
            var base = "/u/" + unit.group(1);
            var rest = unit.group(2) == null ? "" : unit.group(2);
            var inUnit = of(rest, locale);
            var trail = new ArrayList<Crumb>();
            trail.add(new Crumb(text("portal.trail.home", locale), "/"));
            trail.add(new Crumb(unitName, inUnit.isEmpty() ? null : base));
            for (var crumb : inUnit.subList(Math.min(1, inUnit.size()), inUnit.size())) {
                trail.add(new Crumb(crumb.label(), crumb.href() == null ? null : base + crumb.href()));
            }
            return trail;
        }
        if (!path.startsWith("/portal/")) {
            return List.of();
        }
        var segments = java.util.Arrays.stream(
                        path.substring("/portal/".length()).split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
        if (segments.isEmpty()) {
            return List.of();
        }
        var trail = new ArrayList<Crumb>();
        trail.add(new Crumb(text("portal.trail.home", locale), "/"));
        var section = segments.get(0);
        var sectionLabel = label(section, locale);
        if (sectionLabel == null) {
            trail.add(new Crumb(text("portal.trail.content", locale), null));
            return trail;
        }
        boolean last = segments.size() == 1;
        trail.add(new Crumb(sectionLabel, last || WITHOUT_PAGE.contains(section) ? null : "/portal/" + section));
        if (!last) {
            var sub = message("portal.trail." + segments.get(1), locale);
            trail.add(
                    new Crumb(segments.size() == 2 && sub != null ? sub : text("portal.trail.content", locale), null));
        }
        return trail;
    }

    private String label(String slug, Locale locale) {
        var own = message("portal.trail." + slug, locale);
        return own != null ? own : message("portal.section." + slug, locale);
    }

    private String message(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException missing) {
            return null;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
