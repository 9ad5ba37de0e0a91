package org.sunlight.organization;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The unit a portal page under {@code /u/{unitCode}/…} belongs to (issue 18, point 11): every such page's model holds
 * {@code portalUnit} (named in the header and the breadcrumbs) and {@code portalBase} ({@code /u/370881}, the prefix
 * its links keep, so that a visitor stays in the unit's portal); elsewhere {@code portalBase} is empty. An unknown unit
 * code answers 404 before the page is built.
 */
@ControllerAdvice
class PortalUnitAdvice {

    private final Organization organization;

    PortalUnitAdvice(Organization organization) {
        this.organization = organization;
    }

    @ModelAttribute
    void portalUnit(HttpServletRequest request, Model model) {
        var code = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                ? variables.get("unitCode")
                : null;
        if (code instanceof String unitCode && request.getRequestURI().startsWith(request.getContextPath() + "/u/")) {
            var unit = organization.portalUnit(unitCode);
            model.addAttribute("portalUnit", unit);
            model.addAttribute("portalBase", "/u/" + unit.divisionCode());
        } else {
            model.addAttribute("portalBase", "");
        }
    }
}
