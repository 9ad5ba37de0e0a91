package org.sunlight.cases;

import org.sunlight.organization.EnforcementCategory;

/** The procedures the product runs, each defined in {@link Procedures}. */
public enum ProcedureKind {
    /** 行政处罚一般程序 */
    GENERAL_PENALTY("general-penalty", EnforcementCategory.PENALTY),
    /** 行政处罚简易程序（当场处罚，行政处罚法 第五十一条） */
    SIMPLE_PENALTY("simple-penalty", EnforcementCategory.PENALTY),
    /** 行政检查 */
    INSPECTION("inspection", EnforcementCategory.INSPECTION),
    /** 行政许可 */
    LICENSING("licensing", EnforcementCategory.LICENSING),
    /** 行政强制措施：查封、扣押 */
    COERCION("coercion", EnforcementCategory.COERCION);

    private final String slug;
    private final EnforcementCategory category;

    ProcedureKind(String slug, EnforcementCategory category) {
        this.slug = slug;
        this.category = category;
    }

    public String slug() {
        return slug;
    }

    /** The enforcement category officers' certificates must cover to act in this procedure. */
    public EnforcementCategory category() {
        return category;
    }

    public String labelKey() {
        return "procedure." + slug;
    }

    public static ProcedureKind fromSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
