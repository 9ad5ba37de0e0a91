package org.sunlight.catalog;

import java.util.Map;

/**
 * One entry of a list: its key (the item code) and its fields by name, as entered (categories by their code name).
 */
record Entry(String key, Map<String, String> data) {

    Entry {
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data));
    }

    public String get(String field) {
        return data.getOrDefault(field, "");
    }
}
