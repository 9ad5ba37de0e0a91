package org.sunlight.evidence;

/** Where a device stands: in store, issued to an officer, under repair, or retired. */
public enum DeviceStatus {
    AVAILABLE,
    ISSUED,
    REPAIR,
    RETIRED;

    public String labelKey() {
        return "device.status." + name();
    }
}
