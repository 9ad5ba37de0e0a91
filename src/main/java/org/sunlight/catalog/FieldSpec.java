package org.sunlight.catalog;

/**
 * One column of a list: its name in JSON and code, its Chinese header as officials fill it in, its type, and whether it
 * must be filled.
 */
record FieldSpec(String name, String header, FieldType type, boolean required, int maxLength) {

    static FieldSpec required(String name, String header, FieldType type, int maxLength) {
        return new FieldSpec(name, header, type, true, maxLength);
    }

    static FieldSpec optional(String name, String header, FieldType type, int maxLength) {
        return new FieldSpec(name, header, type, false, maxLength);
    }

    public String labelKey() {
        return "field." + name;
    }

    public boolean multiline() {
        return type == FieldType.LONG_TEXT || type == FieldType.LEGAL_BASIS;
    }
}
