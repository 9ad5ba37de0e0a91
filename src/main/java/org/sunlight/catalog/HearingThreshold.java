package org.sunlight.catalog;

import java.math.BigDecimal;

/** The amounts from which a party may ask for a hearing (行政处罚法 第六十三条 "较大数额"), with their basis. */
public record HearingThreshold(BigDecimal fine, BigDecimal confiscation, String legalBasis) {}
