package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A problem-detection model (R9): a named rule over the records, with its legal basis, that flags what breaks it. */
interface DetectionModel {

    /** UPPER_SNAKE name, also the key of its Chinese name ({@code supervision.model.<code>}). */
    String code();

    /** The law or document the rule rests on. */
    String basis();

    /** What it flags today among the units' records. */
    List<Flag> run(Set<UUID> units, LocalDate today);

    default String labelKey() {
        return "supervision.model." + code();
    }
}
