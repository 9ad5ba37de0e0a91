package org.sunlight.cases;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The 现场检查笔录 as the officers write it on the spot (行政处罚法 第五十五条: 检查应当制作笔录; 第四十二条: two
 * officers): where and when, the officer who inspected and the one who recorded, the persons present and their role,
 * what was inspected and what was found, and the party's signature or the refusal with its reason.
 *
 * @param place where the inspection was held
 * @param startedAt when it began (local time of the unit)
 * @param endedAt when it ended: after the start, not later than now
 * @param inspectorId the case officer who inspected
 * @param recorderId the case officer who recorded, another than the one who inspected
 * @param present the persons present (在场人员), at least one
 * @param inspected what was inspected (检查内容)
 * @param findings what was found (检查情况), as seen, without judging
 * @param signed the party (or the person present for it) checked the record and signed it; false when they refused
 * @param refusalReason why the party refused to sign, as the officers noted it; only with a refusal
 */
public record SiteRecord(
        String place,
        LocalDateTime startedAt,
        LocalDateTime endedAt,
        UUID inspectorId,
        UUID recorderId,
        List<Person> present,
        String inspected,
        String findings,
        Boolean signed,
        String refusalReason) {

    /** One person present: name, ID number (or null) and role (负责人, 员工, 见证人 …). */
    public record Person(String name, String idNumber, String role) {}

    public static final int PLACE_MAX = 200;
    public static final int NAME_MAX = 100;
    public static final int ID_NUMBER_MAX = 40;
    public static final int ROLE_MAX = 100;
    public static final int PRESENT_MAX = 50;
    public static final int INSPECTED_MAX = 2000;
    public static final int FINDINGS_MAX = 10000;
    public static final int REFUSAL_MAX = 500;
}
