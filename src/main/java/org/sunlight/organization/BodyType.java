package org.sunlight.organization;

/** On what ground a body enforces (主体类别). */
public enum BodyType {
    /** 法定行政机关 */
    STATUTORY,
    /** 法律法规授权组织 */
    AUTHORIZED,
    /** 受委托组织 */
    ENTRUSTED;

    public String labelKey() {
        return "body-type." + name();
    }
}
