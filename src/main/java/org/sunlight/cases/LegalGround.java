package org.sunlight.cases;

import java.util.Set;

/**
 * Why a case is not punished (行政处罚法 第三十条、第三十一条、第三十三条) or punished more lightly (第三十条、第三十一条、
 * 第三十二条): the ground a proposal states, printed on its document with the article it rests on.
 */
public enum LegalGround {
    /** 第三十条: a minor under fourteen is not punished. */
    UNDER_FOURTEEN(true, "第三十条"),
    /** 第三十一条: a person with a mental illness or intellectual disability, unable to recognise or control the act. */
    NO_CAPACITY(true, "第三十一条"),
    /** 第三十三条第一款: the offence is slight, was corrected in time and caused no harm. */
    SLIGHT_AND_CORRECTED(true, "第三十三条第一款"),
    /** 第三十三条第一款: a first offence with slight harm, corrected in time (首违不罚). */
    FIRST_OFFENCE(true, "第三十三条第一款"),
    /** 第三十三条第二款: the party proves it had no subjective fault. */
    NO_FAULT(true, "第三十三条第二款"),
    /** 第三十条: a minor of fourteen to eighteen is punished more lightly. */
    MINOR(false, "第三十条"),
    /** 第三十一条: a person who has not wholly lost the ability to recognise or control the act. */
    DIMINISHED_CAPACITY(false, "第三十一条"),
    /** 第三十二条第一项: the party eliminated or reduced the harm of its own accord. */
    HARM_REDUCED(false, "第三十二条第一项"),
    /** 第三十二条第二项: the party acted under another's coercion or deceit. */
    COERCED(false, "第三十二条第二项"),
    /** 第三十二条第三项: the party confessed an offence the organ did not know of. */
    CONFESSED(false, "第三十二条第三项"),
    /** 第三十二条第四项: the party helped the investigation with meritorious conduct. */
    MERITORIOUS(false, "第三十二条第四项"),
    /** 第三十二条第五项: another law, regulation or rule that says so. */
    OTHER_PROVISION(false, "第三十二条第五项");

    /** The grounds that concern a natural person only (第三十条、第三十一条). */
    static final Set<LegalGround> PERSONAL = Set.of(UNDER_FOURTEEN, NO_CAPACITY, MINOR, DIMINISHED_CAPACITY);

    private final boolean noPenalty;
    private final String article;

    LegalGround(boolean noPenalty, String article) {
        this.noPenalty = noPenalty;
        this.article = article;
    }

    /** Whether the ground lets the case go unpunished; otherwise it lets the penalty be lighter. */
    public boolean noPenalty() {
        return noPenalty;
    }

    /** The article of 行政处罚法 it rests on. */
    public String article() {
        return article;
    }

    public String labelKey() {
        return "ground." + name();
    }
}
