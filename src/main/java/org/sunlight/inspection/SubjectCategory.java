package org.sunlight.inspection;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of objects of the national health supervision random-inspection plan (国家随机监督抽查计划), each
 * with the Chinese name officials write in their sheets.
 */
public enum SubjectCategory {
    PUBLIC_PLACE("公共场所"),
    DRINKING_WATER("生活饮用水"),
    SCHOOL("学校卫生"),
    DISINFECTION_PRODUCT("消毒产品"),
    MEDICAL_INSTITUTION("医疗机构"),
    OCCUPATIONAL_HEALTH("职业卫生"),
    RADIOLOGICAL_HEALTH("放射卫生"),
    INFECTIOUS_DISEASE("传染病防治"),
    MATERNAL_CHILD_HEALTH("母婴保健"),
    BLOOD_SAFETY("采供血"),
    CHILDCARE("托幼机构卫生保健"),
    WATER_PRODUCT("涉水产品");

    private final String chinese;

    SubjectCategory(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public String labelKey() {
        return "inspection.category." + name();
    }

    /** The category a sheet names, by its Chinese name or its code name. */
    static Optional<SubjectCategory> parse(String text) {
        var value = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(category ->
                        category.chinese.equals(value) || category.name().equals(value))
                .findFirst();
    }
}
