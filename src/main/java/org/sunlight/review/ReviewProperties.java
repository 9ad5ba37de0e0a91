package org.sunlight.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeLimitDays the working days a reviewer has for an opinion (the review flow's time limit, L4)
 * @param reviewerShare the share of a unit's certified officers its reviewers should reach, in percent (L1)
 */
@ConfigurationProperties("sunlight.review")
record ReviewProperties(@DefaultValue("5") int timeLimitDays, @DefaultValue("5") int reviewerShare) {}
