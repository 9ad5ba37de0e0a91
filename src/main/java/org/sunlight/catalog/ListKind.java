package org.sunlight.catalog;

/** The lists a unit publishes, each kept as versions. */
public enum ListKind {
    /** 行政执法事项清单 (D2) */
    ITEMS("items"),
    /** 随机抽查事项清单 (D3) */
    RANDOM_INSPECTION_ITEMS("random-inspection-items"),
    /** 行政执法主体资格清单 (D4), drawn from the unit's registry of bodies and checked before publication */
    BODIES("bodies"),
    /** 行政执法服务指南 (D7) */
    SERVICE_GUIDES("service-guides"),
    /** 权利告知书: the party's rights (D8) */
    RIGHTS_NOTICE("rights-notice"),
    /** 岗位信息公示牌 of the service windows (D9) */
    WINDOW_BOARDS("window-boards"),
    /** 委托执法目录: entrusted organisations and their agreements (D4, A3) */
    ENTRUSTMENTS("entrustments"),
    /** 行政处罚裁量基准 (A4) */
    DISCRETION_STANDARDS("discretion-standards"),
    /** 重大执法决定法制审核目录清单 (L2) */
    REVIEW_SCOPE_RULES("review-scope-rules"),
    /** 重大执法决定法制审核要素清单 (L3) */
    REVIEW_ELEMENTS("review-elements"),
    /** 音像记录事项清单 (R3) */
    RECORDING_REQUIREMENTS("recording-requirements"),
    /** 听证标准: the amounts from which a party may ask for a hearing, set by the province (行政处罚法 第六十三条) */
    HEARING_THRESHOLDS("hearing-thresholds"),
    /**
     * 不予处罚、首违不罚（免予处罚）、从轻、减轻、从重处罚清单: for an item and circumstance, the outcome the unit applies
     * (行政处罚法 第三十二条、第三十三条), published beside the discretion standards.
     */
    PENALTY_ADJUSTMENTS("penalty-adjustments");

    private final String slug;

    ListKind(String slug) {
        this.slug = slug;
    }

    /** The name of the list in URLs. */
    public String slug() {
        return slug;
    }

    public String labelKey() {
        return "list." + slug;
    }

    public static ListKind fromSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        return null;
    }
}
