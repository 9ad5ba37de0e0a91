package org.sunlight.supervision;

import java.util.UUID;

/** Drawing case files for a sampled evaluation: the unit, the year they ended in, how many, and a seed if given. */
public class SampleForm {

    private UUID unitId;
    private Integer year;
    private Integer size;
    private Long seed;

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}
