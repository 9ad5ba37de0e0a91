package org.sunlight.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of supervision ({@code sunlight.supervision.*}).
 *
 * @param onlineComplaintsPerHour how many complaints one address may file on the portal within an hour (per node)
 * @param maxAttachments how many files one online complaint may carry
 * @param maxAttachmentSize the largest file an online complaint may carry
 * @param resultDays calendar days from acceptance within which the result is due: the 60 days of the petition rules
 *     (信访条例 2005 第三十三条, kept by 信访工作条例 2022), the seed setting no period of its own
 */
@ConfigurationProperties("sunlight.supervision")
record SupervisionProperties(
        @DefaultValue("5") int onlineComplaintsPerHour,
        @DefaultValue("3") int maxAttachments,
        @DefaultValue("5MB") DataSize maxAttachmentSize,
        @DefaultValue("60") int resultDays) {}
