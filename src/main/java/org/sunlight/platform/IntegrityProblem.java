package org.sunlight.platform;

/**
 * Something a verification found wrong.
 *
 * @param check the {@link IntegrityCheck#name()} that found it
 * @param item the record at fault, by name (e.g. "审计日志 #1042", a document's 文号, a file's SHA-256)
 * @param kind what is wrong
 * @param detail what was expected and what was found
 */
public record IntegrityProblem(String check, String item, Kind kind, String detail) {

    public enum Kind {
        CHANGED,
        MISSING,
        OUT_OF_ORDER,
        UNEXPECTED
    }
}
