package org.sunlight.catalog;

import java.math.BigDecimal;

/**
 * An item of the published random-inspection item list (随机抽查事项清单, D3).
 *
 * @param ratio the published inspection ratio, in per cent
 */
public record RandomInspectionItem(
        String code,
        String name,
        String inspectingBody,
        String legalBasis,
        String object,
        String content,
        String method,
        BigDecimal ratio,
        String frequency) {}
