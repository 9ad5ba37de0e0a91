package org.sunlight.catalog;

/** The lists a unit publishes, each kept as versions. */
public enum ListKind {
    /** 行政执法事项清单 (D2) */
    ITEMS("items"),
    /** 随机抽查事项清单 (D3) */
    RANDOM_INSPECTION_ITEMS("random-inspection-items"),
    /** 行政执法服务指南 (D7) */
    SERVICE_GUIDES("service-guides");

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
