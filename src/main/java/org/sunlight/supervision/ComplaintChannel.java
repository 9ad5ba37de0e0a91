package org.sunlight.supervision;

/** How a complaint reached the unit: the portal's form, or a channel staff register it from. */
enum ComplaintChannel {
    ONLINE,
    HOTLINE,
    EMAIL,
    LETTER,
    VISIT;

    public String labelKey() {
        return "supervision.channel." + name();
    }
}
