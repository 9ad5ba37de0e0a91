package org.sunlight.catalog;

import java.math.BigDecimal;

/**
 * One line of the unit's published review scope list (重大执法决定法制审核目录清单, L2): when a decision is major.
 *
 * @param partyType 不限, 公民 or 法人或其他组织
 * @param amountThreshold the amount from which the rule applies, or null
 * @param decisionKind the kinds of decision it names (吊销许可证件 …), or empty
 */
public record ReviewScopeRule(
        String code,
        String name,
        String category,
        String partyType,
        BigDecimal amountThreshold,
        String decisionKind,
        boolean afterHearing,
        boolean complex) {}
