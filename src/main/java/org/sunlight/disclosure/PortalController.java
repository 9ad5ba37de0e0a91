package org.sunlight.disclosure;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public portal's home: the "行政执法公示" column with every section the documents require. A section with
 * nothing published yet says so; it never shows sample content.
 */
@Controller
class PortalController {

    /** The sections of the column, in the order the documents list them (D2–D13). */
    static final List<String> SECTIONS = List.of(
            "items",
            "random-inspection-items",
            "bodies",
            "officers",
            "service-guides",
            "procedure-charts",
            "rights-notice",
            "results",
            "random-inspection-results",
            "annual-reports");

    private final String portalName;

    PortalController(@Value("${sunlight.portal.name:山东省卫生健康委员会}") String portalName) {
        this.portalName = portalName;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("portalName", portalName);
        model.addAttribute("sections", SECTIONS);
        return "portal/home";
    }
}
