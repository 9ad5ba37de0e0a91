package org.sunlight.platform;

/**
 * File names as people send them. A name is shown on pages, in case files and in downloads, so it must show what it
 * is: a right-to-left override (U+202E) turns "a\u202Egnp.exe" into "aexe.png" on screen, and zero-width characters
 * make two names look alike. Such names are refused with the field named, never silently cleaned (exact or refused).
 */
public final class FileNames {

    private FileNames() {}

    /** Whether the name has no control character and no invisible formatting character (Unicode category Cf). */
    public static boolean showsWhatItSays(String name) {
        return name.codePoints().noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }
}
