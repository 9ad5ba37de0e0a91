package org.sunlight.organization;

/** What a staff member does in the product. */
public enum Role {
    /** 执法人员: opens cases, inspects, records, drafts documents. */
    OFFICER,
    /** 法制审核人员: reviews major decisions. */
    REVIEWER,
    /** 负责人: signs decisions, settles disagreements. */
    LEADER,
    /** 执法监督人员: evaluates case files, handles complaints, assesses. */
    SUPERVISOR,
    /** 系统管理员: keeps the lists, bodies, people, calendars. */
    ADMIN;

    /** The key of its Chinese name in the message bundles. */
    public String labelKey() {
        return "role." + name();
    }
}
