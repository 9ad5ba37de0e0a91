package org.sunlight.catalog;

/**
 * One entry of a unit's published 不予处罚、首违不罚、从轻、减轻、从重处罚清单: for an enforcement item and a circumstance
 * (情节) of its discretion standard, the outcome the unit applies when the conditions hold, with its legal basis.
 *
 * @param code the entry's code, e.g. 370881-SWBF-001
 * @param circumstance the circumstance of the discretion standard it applies to (轻微, 一般, 较重, 严重)
 * @param conditions when it applies (首次违法、危害后果轻微并及时改正 …)
 * @param measures what is done instead or besides (责令改正、批评教育 …), or empty
 * @param legalBasis 行政处罚法 第三十二条 or 第三十三条 (or 第四十九条 for 从重) and the health rule of the item
 */
public record PenaltyAdjustment(
        String code,
        String itemCode,
        String itemName,
        String circumstance,
        Outcome outcome,
        String conditions,
        String measures,
        String legalBasis) {

    /** What the entry lets the unit do, as the list names it. */
    public enum Outcome {
        /** 第三十三条第一款、第二款: not punished (轻微违法、及时改正、没有造成危害后果; 无主观过错). */
        NO_PENALTY("不予处罚", "第三十三条"),
        /** 第三十三条第一款: 初次违法且危害后果轻微并及时改正 (首违不罚, 免予处罚). */
        FIRST_OFFENCE("首违不罚", "第三十三条"),
        /** 第三十二条: punished more lightly, within the range. */
        LIGHTER("从轻处罚", "第三十二条"),
        /** 第三十二条: punished below the range. */
        REDUCED("减轻处罚", "第三十二条"),
        /** 第四十九条 and the health rules: punished more heavily, within the range. */
        HEAVIER("从重处罚", null);

        private final String label;
        private final String article;

        Outcome(String label, String article) {
            this.label = label;
            this.article = article;
        }

        /** As the list writes it. */
        public String label() {
            return label;
        }

        /** The article of 行政处罚法 an entry of this outcome must cite, or null when the health rules may carry it. */
        String article() {
            return article;
        }

        /** Whether the outcome spares the party a penalty. */
        public boolean noPenalty() {
            return this == NO_PENALTY || this == FIRST_OFFENCE;
        }

        static String[] labels() {
            return java.util.Arrays.stream(values()).map(Outcome::label).toArray(String[]::new);
        }

        static Outcome ofLabel(String label) {
            for (var outcome : values()) {
                if (outcome.label.equals(label)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("not an outcome: " + label);
        }
    }
}
