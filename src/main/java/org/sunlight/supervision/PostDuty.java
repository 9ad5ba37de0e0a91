package org.sunlight.supervision;

import java.util.UUID;

/** One line of the powers-to-posts list (A2): an organ's post, its powers and duties at a stage, its liability. */
record PostDuty(
        UUID id,
        UUID unitId,
        String organ,
        String post,
        ResponsibilityStage stage,
        String powers,
        String duties,
        String liability) {}
