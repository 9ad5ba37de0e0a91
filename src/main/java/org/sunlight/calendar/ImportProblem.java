package org.sunlight.calendar;

/**
 * A problem on one line of an uploaded file.
 *
 * @param line the line number, counting the header as line 1; 0 for the file as a whole
 * @param messageKey what is wrong, as a key in the message bundles
 * @param value the offending text (or the earlier line, for a duplicate)
 * @param limit the most characters the field holds, for a value too long; else null
 */
public record ImportProblem(int line, String messageKey, String value, Integer limit) {

    public ImportProblem(int line, String messageKey, String value) {
        this(line, messageKey, value, null);
    }
}
