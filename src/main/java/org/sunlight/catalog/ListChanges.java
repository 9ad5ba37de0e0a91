package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

/** What changed from one version of a list to the next, entry by entry and field by field (变更记录). */
record ListChanges(List<Entry> added, List<Entry> removed, List<ChangedEntry> changed) {

    /** An entry present in both versions whose fields differ. */
    record ChangedEntry(String key, String title, List<ChangedField> fields) {}

    record ChangedField(String field, String header, String before, String after) {}

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    static ListChanges between(ListSchema schema, List<Entry> before, List<Entry> after) {
        var old = new LinkedHashMap<String, Entry>();
        before.forEach(entry -> old.put(entry.key(), entry));
        var added = new ArrayList<Entry>();
        var changed = new ArrayList<ChangedEntry>();
        for (var entry : after) {
            var previous = old.remove(entry.key());
            if (previous == null) {
                added.add(entry);
                continue;
            }
            var fields = new ArrayList<ChangedField>();
            for (var field : schema.fields()) {
                var was = previous.get(field.name());
                var now = entry.get(field.name());
                if (!Objects.equals(was, now)) {
                    fields.add(new ChangedField(field.name(), field.header(), was, now));
                }
            }
            if (!fields.isEmpty()) {
                changed.add(new ChangedEntry(entry.key(), entry.get(schema.titleField()), fields));
            }
        }
        return new ListChanges(added, new ArrayList<>(old.values()), changed);
    }
}
