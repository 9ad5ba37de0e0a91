package org.sunlight.platform;

/**
 * A line on a staff member's console that asks for attention (a missing calendar, an overdue deadline).
 *
 * @param level how urgent it is
 * @param messageKey the text, as a key in the message bundles
 * @param arguments the values the text names
 * @param link where to go to deal with it, or null
 */
public record DashboardNotice(Level level, String messageKey, Object[] arguments, String link) {

    public enum Level {
        INFO,
        WARNING,
        DANGER
    }
}
