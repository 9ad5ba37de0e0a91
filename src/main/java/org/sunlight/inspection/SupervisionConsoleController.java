package org.sunlight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.organization.StaffUser;

/** The supervision view of the unit's double-random year (S1 point 7). */
@Controller
@RequestMapping("/console/inspection/supervision")
class SupervisionConsoleController {

    /** The default span of "not inspected for N years". */
    static final int DEFAULT_YEARS = 3;

    private final InspectionSupervision supervision;
    private final Clock clock;

    SupervisionConsoleController(InspectionSupervision supervision, Clock clock) {
        this.supervision = supervision;
        this.clock = clock;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String years,
            Model model) {
        var today = LocalDate.now(clock);
        int y = today.getYear();
        int n = DEFAULT_YEARS;
        if (year != null && !year.isBlank()) {
            var parsed = whole(year.strip(), 2000, 2100);
            if (parsed == null) {
                model.addAttribute("yearError", "inspection.supervision.year.invalid");
            } else {
                y = parsed;
            }
        }
        if (years != null && !years.isBlank()) {
            var parsed = whole(years.strip(), 1, 20);
            if (parsed == null) {
                model.addAttribute("yearsError", "inspection.supervision.years.invalid");
            } else {
                n = parsed;
            }
        }
        model.addAttribute("yearText", year == null ? String.valueOf(y) : year);
        model.addAttribute("yearsText", years == null ? String.valueOf(n) : years);
        model.addAttribute("view", supervision.of(user.getUnitId(), y, n, today));
        return "inspection/supervision";
    }

    /** A whole number within bounds, exactly as written, or null. */
    private static Integer whole(String text, int min, int max) {
        if (!text.matches("\\d{1,4}")) {
            return null;
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? null : value;
    }
}
