package org.sunlight.cases;

/**
 * What a unit's penalty decisions name besides the case (行政处罚法 第五十九条第一款第四项、第五项, 第六十七条): where the fine
 * is paid (罚缴分离: the bank and the electronic payment channel), and the organ of reconsideration and the court the
 * party may turn to. Configured per unit by its division code ({@code sunlight.cases.decision-particulars.<code>}).
 *
 * @param bank the bank that collects the unit's fines
 * @param electronicChannel the electronic payment channel, or null where there is none
 * @param reconsiderationOrgan the organ of 行政复议 (行政复议法 第二十四条: the people's government of the unit's level)
 * @param court the people's court of the unit's seat (行政诉讼法 第十八条)
 */
public record DecisionParticulars(String bank, String electronicChannel, String reconsiderationOrgan, String court) {}
