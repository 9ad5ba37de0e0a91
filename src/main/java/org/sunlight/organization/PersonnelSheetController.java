package org.sunlight.organization;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The personnel list as Excel: administrators export their scope's officers and import many at once (D5). */
@Controller
@RequestMapping("/admin/officers/sheet")
class PersonnelSheetController {

    private final PersonnelSheets sheets;
    private final MessageSource messages;
    private final Clock clock;

    PersonnelSheetController(PersonnelSheets sheets, MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    ResponseEntity<byte[]> export(@AuthenticationPrincipal StaffUser user) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("行政执法人员资格清单.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(sheets.export(user, LocalDate.now(clock)));
    }

    @GetMapping("/import")
    String importPage() {
        return "admin/personnel-import";
    }

    @PostMapping("/import")
    String importSheet(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(value = "file", required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        PersonnelSheets.Outcome outcome;
        if (file == null || file.isEmpty()) {
            outcome = new PersonnelSheets.Outcome(
                    0, 0, java.util.List.of(new PersonnelSheets.Problem(0, null, "personnel.import.empty", "")));
        } else {
            try (var in = file.getInputStream()) {
                outcome = sheets.importSheet(user, in);
            }
        }
        if (!outcome.succeeded()) {
            model.addAttribute("problems", outcome.problems());
            model.addAttribute("fileName", file == null ? "" : file.getOriginalFilename());
            return "admin/personnel-import";
        }
        redirect.addFlashAttribute(
                "success",
                messages.getMessage(
                        "personnel.import.done",
                        new Object[] {outcome.added(), outcome.updated()},
                        LocaleContextHolder.getLocale()));
        return "redirect:/admin/officers";
    }
}
