package org.sunlight.catalog;

import java.util.List;

/**
 * One column of a list: its name in JSON and code, its Chinese header as officials fill it in, its type, whether it
 * must be filled, and for a choice the values it allows.
 */
record FieldSpec(String name, String header, FieldType type, boolean required, int maxLength, List<String> choices) {

    FieldSpec {
        choices = List.copyOf(choices);
    }

    static FieldSpec required(String name, String header, FieldType type, int maxLength) {
        return new FieldSpec(name, header, type, true, maxLength, List.of());
    }

    static FieldSpec optional(String name, String header, FieldType type, int maxLength) {
        return new FieldSpec(name, header, type, false, maxLength, List.of());
    }

    static FieldSpec choice(String name, String header, boolean required, String... choices) {
        return new FieldSpec(name, header, FieldType.CHOICE, required, 20, List.of(choices));
    }

    public String labelKey() {
        return "field." + name;
    }

    public boolean multiline() {
        return type == FieldType.LONG_TEXT || type == FieldType.LEGAL_BASIS;
    }
}
