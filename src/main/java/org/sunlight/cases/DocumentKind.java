package org.sunlight.cases;

/** The enforcement documents (执法文书) the procedures produce (R2). */
public enum DocumentKind {
    CLUE_REGISTRATION,
    FILING_REPORT,
    SITE_RECORD,
    INQUIRY_RECORD,
    SAMPLING_RECORD,
    EVIDENCE_PRESERVATION_DECISION,
    SUPERVISION_OPINION,
    DISCUSSION_RECORD,
    COLLECTIVE_DISCUSSION_RECORD,
    ADVANCE_NOTICE,
    STATEMENT_RECORD,
    HEARING_NOTICE,
    HEARING_RECORD,
    PENALTY_DECISION,
    ON_THE_SPOT_DECISION,
    SERVICE_RECEIPT,
    CLOSING_REPORT,
    EXTENSION_APPROVAL,
    ACCEPTANCE_NOTICE,
    NON_ACCEPTANCE_NOTICE,
    LICENSING_DECISION,
    SEIZURE_DECISION,
    SEIZURE_LIST,
    RELEASE_DECISION,
    TRANSFER_LETTER,
    ON_THE_SPOT_FILING,
    RECUSAL_DECISION,
    CASE_WITHDRAWAL_APPROVAL,
    CASE_TRANSFER_LETTER,
    /** 不予行政处罚决定书 (行政处罚法 第五十七条第一款第二项). */
    NO_PENALTY_DECISION,
    /** 催告书 (行政强制法 第三十五条、第五十四条). */
    PAYMENT_REMINDER,
    /** 强制执行申请书 (行政强制法 第五十五条). */
    ENFORCEMENT_APPLICATION,
    /** 终结执行审批表 (行政强制法 第四十条). */
    EXECUTION_END_APPROVAL;

    public String labelKey() {
        return "document." + name();
    }
}
