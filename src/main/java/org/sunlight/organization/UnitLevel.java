package org.sunlight.organization;

/** The administrative level of a unit. */
public enum UnitLevel {
    PROVINCE,
    CITY,
    COUNTY;

    /** Staff of city and province units also see and act on their subordinate units' records. */
    public boolean seesSubordinates() {
        return this != COUNTY;
    }

    /** The level a unit directly below this one has, or null at the bottom. */
    public UnitLevel below() {
        return switch (this) {
            case PROVINCE -> CITY;
            case CITY -> COUNTY;
            case COUNTY -> null;
        };
    }

    public String labelKey() {
        return "unit.level." + name();
    }
}
