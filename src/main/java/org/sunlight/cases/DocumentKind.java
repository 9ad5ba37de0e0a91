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
    EXECUTION_END_APPROVAL,
    /** 延长查封（扣押）期限决定书: the one extension, its length, new end and reason, notified (行政强制法 第二十五条第二款). */
    SEIZURE_EXTENSION_DECISION,
    /** 检测（检验、检疫、技术鉴定）期间告知书 (行政强制法 第二十五条第三款). */
    TESTING_PERIOD_NOTICE,
    /** 当场实施行政强制措施报告 to the leader within 24 hours (行政强制法 第十九条). */
    EMERGENCY_REPORT,
    /** 查封（扣押）财物处理记录: confiscated or destroyed on the follow-up case's decision (行政强制法 第二十七条). */
    SEIZED_GOODS_HANDLING_RECORD,
    /** 先行登记保存证据审批表: the leader's approval given before (行政处罚法 第五十六条). */
    PRESERVATION_APPROVAL,
    /** 先行登记保存证据处理决定书 within 7 working days (行政处罚法 第五十六条). */
    PRESERVATION_HANDLING_DECISION,
    /** 补正材料通知书 (行政许可法 第三十二条第一款第四项). */
    CORRECTION_NOTICE,
    /** 延长行政许可期限告知书 (行政许可法 第四十二条). */
    LICENSING_EXTENSION_NOTICE,
    /** 行政许可期限扣除时间告知书 (行政许可法 第四十五条). */
    EXCLUDED_PERIOD_NOTICE,
    /** 行政许可听证告知书: the right to ask for a hearing within 5 days (行政许可法 第四十七条). */
    LICENSING_HEARING_RIGHTS_NOTICE,
    /** 行政许可听证通知书: the time and place, 7 days before, and who presides (行政许可法 第四十八条). */
    LICENSING_HEARING_NOTICE,
    /** 行政许可听证公告 (行政许可法 第四十六条). */
    LICENSING_HEARING_ANNOUNCEMENT,
    /** 听证笔录 of a licensing hearing, signed by the participants (行政许可法 第四十八条). */
    LICENSING_HEARING_RECORD,
    /** 准予变更行政许可决定书 (行政许可法 第四十九条). */
    LICENCE_CHANGE_DECISION,
    /** 不予变更行政许可决定书, with the reason (行政许可法 第四十九条、第三十八条第二款). */
    LICENCE_CHANGE_REFUSAL,
    /** 准予延续行政许可决定书 with the new term (行政许可法 第五十条). */
    LICENCE_RENEWAL_DECISION,
    /** 不予延续行政许可决定书, with the reason, before the term ends (行政许可法 第五十条、第三十八条第二款). */
    LICENCE_RENEWAL_REFUSAL;

    public String labelKey() {
        return "document." + name();
    }
}
