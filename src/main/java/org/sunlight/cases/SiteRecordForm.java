package org.sunlight.cases;

import java.io.Serializable;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The 现场检查笔录 part of an inspecting act's form on the case page: the inputs are named {@code siteRecord.place},
 * {@code siteRecord.present[0].name} …, as the refusals name the field at fault. Only a form that says it carries a
 * record ({@code siteRecord.recorded}) gives one.
 */
public class SiteRecordForm extends TranscriptForm {

    private UUID inspectorId;
    /** The rows by their number on the page, in order: a map, so that no number makes the binding fail. */
    private SortedMap<Integer, PersonRow> present = new TreeMap<>();

    private String inspected;
    private String findings;

    /** The record as typed (blank rows kept, so that the refusal names the row), or null when the form has none. */
    SiteRecord siteRecord() {
        if (!recorded) {
            return null;
        }
        return new SiteRecord(
                place,
                startedAt,
                endedAt,
                inspectorId,
                recorderId,
                present.values().stream()
                        .map(row -> row == null
                                ? new SiteRecord.Person(null, null, null)
                                : new SiteRecord.Person(row.getName(), row.getIdNumber(), row.getRole()))
                        .toList(),
                inspected,
                findings,
                signed,
                refusalReason);
    }

    /** One person present as typed. */
    public static class PersonRow implements Serializable {
        private String name;
        private String idNumber;
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    public UUID getInspectorId() {
        return inspectorId;
    }

    public void setInspectorId(UUID inspectorId) {
        this.inspectorId = inspectorId;
    }

    public SortedMap<Integer, PersonRow> getPresent() {
        return present;
    }

    public void setPresent(SortedMap<Integer, PersonRow> present) {
        this.present = present;
    }

    public String getInspected() {
        return inspected;
    }

    public void setInspected(String inspected) {
        this.inspected = inspected;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
