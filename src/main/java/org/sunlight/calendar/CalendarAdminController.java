package org.sunlight.calendar;

import java.io.IOException;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the loaded notices and upload next year's. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarAdminController {

    private final WorkingDays workingDays;
    private final CalendarDays days;

    CalendarAdminController(WorkingDays workingDays, CalendarDays days) {
        this.workingDays = workingDays;
        this.days = days;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        var years = days.years();
        model.addAttribute("years", years);
        var shown = year != null
                ? year
                : years.isEmpty() ? null : years.get(years.size() - 1).year();
        if (shown != null) {
            model.addAttribute("shownYear", shown);
            model.addAttribute("days", days.daysOf(shown));
        }
        return "calendar/admin";
    }

    @PostMapping
    String upload(
            @RequestParam("file") MultipartFile file, Principal principal, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("problems", java.util.List.of(new ImportProblem(0, "calendar.import.empty", "")));
            return show(null, model);
        }
        var source = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        WorkingDays.ImportResult result;
        try (var in = file.getInputStream()) {
            result = workingDays.importNotice(in, source, principal.getName());
        }
        if (!result.succeeded()) {
            model.addAttribute("problems", result.problems());
            model.addAttribute("fileName", source);
            return show(null, model);
        }
        redirect.addFlashAttribute("loadedYears", result.years());
        return "redirect:/admin/calendar";
    }
}
