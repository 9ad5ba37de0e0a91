package org.sunlight.platform;

/**
 * One cell of a CSV file the product writes for the public, quoted by RFC 4180 and safe to open in a spreadsheet: a
 * value that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read by Excel,
 * WPS or LibreOffice as a formula (CSV injection, OWASP), so it is written with a leading apostrophe, which the
 * spreadsheets show as text. Nothing else changes.
 */
public final class CsvCell {

    private CsvCell() {}

    /** The value quoted, with {@code '} before a leading formula character; null is an empty cell. */
    public static String quote(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
