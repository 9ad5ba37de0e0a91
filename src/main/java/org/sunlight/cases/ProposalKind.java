package org.sunlight.cases;

import org.sunlight.organization.EnforcementCategory;

/**
 * The kinds of decision a case may propose: the penalties of 行政处罚法 第九条, the licensing decisions of 行政许可法
 * 第三十八条, and the seizure of 行政强制法 第九条.
 */
public enum ProposalKind {
    WARNING(EnforcementCategory.PENALTY, false, "警告"),
    /** 通报批评 (第九条第一项). */
    CRITICISM(EnforcementCategory.PENALTY, false, "通报批评"),
    FINE(EnforcementCategory.PENALTY, true, "罚款"),
    /** 没收违法所得、没收非法财物: the amount is the value confiscated. */
    CONFISCATION(EnforcementCategory.PENALTY, true, "没收"),
    /** 暂扣许可证件、责令停产停业 (第九条第三项、第四项). */
    SUSPENSION(EnforcementCategory.PENALTY, false, "停产停业", "暂扣"),
    /** 降低资质等级 (第九条第三项). */
    DEMOTION(EnforcementCategory.PENALTY, false, "降低资质等级"),
    REVOCATION(EnforcementCategory.PENALTY, false, "吊销"),
    /** 限制开展生产经营活动 (第九条第四项). */
    RESTRICTION(EnforcementCategory.PENALTY, false, "限制开展生产经营活动"),
    /** 责令关闭 (第九条第四项). */
    CLOSURE(EnforcementCategory.PENALTY, false, "关闭"),
    /** 限制从业 (第九条第四项). */
    EMPLOYMENT_BAN(EnforcementCategory.PENALTY, false, "限制从业"),
    /**
     * 不予行政处罚 (第三十条、第三十一条、第三十三条): the outcome of a penalty case whose party is not punished, decided
     * with its ground; nothing to pay, nothing to hear.
     */
    NO_PENALTY(EnforcementCategory.PENALTY, false, "不予行政处罚", "不予处罚"),
    /** 准予行政许可 */
    LICENCE_GRANT(EnforcementCategory.LICENSING, false, "准予许可", "准予行政许可"),
    /** 不予行政许可 */
    LICENCE_REFUSAL(EnforcementCategory.LICENSING, false, "不予许可", "不予行政许可"),
    /** 准予变更行政许可 (第四十九条) */
    LICENCE_CHANGE(EnforcementCategory.LICENSING, false, "准予变更", "准予变更行政许可"),
    /** 不予变更行政许可 (第四十九条) */
    LICENCE_CHANGE_REFUSAL(EnforcementCategory.LICENSING, false, "不予变更", "不予变更行政许可"),
    /** 准予延续行政许可 (第五十条) */
    LICENCE_RENEWAL(EnforcementCategory.LICENSING, false, "准予延续", "准予延续行政许可"),
    /** 不予延续行政许可 (第五十条) */
    LICENCE_RENEWAL_REFUSAL(EnforcementCategory.LICENSING, false, "不予延续", "不予延续行政许可"),
    /** 查封、扣押场所、设施或者财物 */
    SEIZURE(EnforcementCategory.COERCION, false, "查封", "扣押");

    private final EnforcementCategory category;
    private final boolean carriesAmount;
    private final java.util.List<String> words;

    ProposalKind(EnforcementCategory category, boolean carriesAmount, String... words) {
        this.category = category;
        this.carriesAmount = carriesAmount;
        this.words = java.util.List.of(words);
    }

    /** The words by which review scope lists and documents name this kind of decision (吊销, 罚款 …). */
    public java.util.List<String> words() {
        return words;
    }

    /** The category of decision this kind belongs to: a licence is not proposed in a penalty case. */
    public EnforcementCategory category() {
        return category;
    }

    /** Whether the decision states an amount in yuan (a fine, the value confiscated); no other kind carries one. */
    public boolean carriesAmount() {
        return carriesAmount;
    }

    /**
     * The penalties for which the party may ask for a hearing whatever the amount (第六十三条第一款第三项、第四项:
     * 降低资质等级、吊销许可证件、责令停产停业、责令关闭、限制从业).
     */
    public boolean hearingWhateverTheAmount() {
        return this == SUSPENSION
                || this == DEMOTION
                || this == REVOCATION
                || this == CLOSURE
                || this == EMPLOYMENT_BAN;
    }

    /** Whether the kind punishes: every penalty of 第九条, not the decision not to punish. */
    public boolean punishes() {
        return category == EnforcementCategory.PENALTY && this != NO_PENALTY;
    }

    public String labelKey() {
        return "proposal." + name();
    }
}
