package org.sunlight.cases;

import java.time.LocalDateTime;

/**
 * Checks a structured 现场检查笔录 before the act is taken (行政处罚法 第五十五条, 第四十二条): place, time, the two
 * officers, the persons present, what was inspected and found, the signature or the refusal noted. A record refused
 * names the field at fault and changes nothing.
 */
class SiteRecords {

    private final TranscriptChecks checks;

    SiteRecords(TranscriptChecks checks) {
        this.checks = checks;
    }

    void check(CaseState state, SiteRecord record, LocalDateTime now) {
        checks.text("siteRecord.place", record.place(), SiteRecord.PLACE_MAX, true);
        checks.span("siteRecord", record.startedAt(), record.endedAt(), now);
        checks.officers(
                state, "siteRecord.inspectorId", record.inspectorId(), "siteRecord.recorderId", record.recorderId());
        var present = record.present();
        if (present == null || present.isEmpty()) {
            throw new CaseRefusals.InvalidField("siteRecord.present[0].name", "case.site-record.no-one-present");
        }
        if (present.size() > SiteRecord.PRESENT_MAX) {
            throw new CaseRefusals.InvalidField(
                    "siteRecord.present", "case.site-record.too-many-present", SiteRecord.PRESENT_MAX);
        }
        for (int i = 0; i < present.size(); i++) {
            var person = present.get(i);
            var row = "siteRecord.present[" + i + "]";
            checks.text(row + ".name", person == null ? null : person.name(), SiteRecord.NAME_MAX, true, i + 1);
            checks.text(row + ".idNumber", person.idNumber(), SiteRecord.ID_NUMBER_MAX, false, i + 1);
            checks.text(row + ".role", person.role(), SiteRecord.ROLE_MAX, true, i + 1);
        }
        checks.text("siteRecord.inspected", record.inspected(), SiteRecord.INSPECTED_MAX, true);
        checks.text("siteRecord.findings", record.findings(), SiteRecord.FINDINGS_MAX, true);
        checks.signature("siteRecord", record.signed(), record.refusalReason(), SiteRecord.REFUSAL_MAX);
    }
}
