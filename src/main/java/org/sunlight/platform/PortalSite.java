package org.sunlight.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What every page's footer states about the site (政府网站 conventions, issue 18, point 11): the sponsoring organ
 * (主办单位), the government website code (网站标识码) and the ICP filing number (ICP 备案号), set per deployment as
 * {@code sunlight.portal.sponsor}, {@code sunlight.portal.site-code} and {@code sunlight.portal.icp-number}. Templates
 * read it as {@code @portalSite}; a value not set is not shown.
 */
@Component("portalSite")
@ConfigurationProperties("sunlight.portal")
public class PortalSite {

    /** The demo's commission sponsors the demo site. */
    private String sponsor = "山东省卫生健康委员会";

    private String siteCode = "";
    private String icpNumber = "";

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor == null ? "" : sponsor.strip();
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode == null ? "" : siteCode.strip();
    }

    public String getIcpNumber() {
        return icpNumber;
    }

    public void setIcpNumber(String icpNumber) {
        this.icpNumber = icpNumber == null ? "" : icpNumber.strip();
    }
}
