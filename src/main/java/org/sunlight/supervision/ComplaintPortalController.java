package org.sunlight.supervision;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.sunlight.platform.Refusal;

/**
 * The portal's complaints (投诉举报, A6): each unit's channels and scope, the online form (anonymous allowed, files
 * attached, a question against floods), the number and query code given back, and the progress query.
 */
@Controller
@RequestMapping("/portal/complaints")
class ComplaintPortalController {

    private final ComplaintDesk desk;
    private final ChannelDirectory channels;
    private final FloodGuard guard;
    private final SupervisionProperties properties;

    ComplaintPortalController(
            ComplaintDesk desk, ChannelDirectory channels, FloodGuard guard, SupervisionProperties properties) {
        this.desk = desk;
        this.channels = channels;
        this.guard = guard;
        this.properties = properties;
    }

    @InitBinder("form")
    void initBinder(WebDataBinder binder) {
        binder.setAllowedFields(
                "unitId",
                "anonymous",
                "complainantName",
                "complainantPhone",
                "officer",
                "caseReference",
                "facts",
                "challengeAnswer",
                "attachments");
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String initCreationForm(HttpSession session, Model model) {
        model.addAttribute("form", new ComplaintForm());
        return page(session, model);
    }

    @PostMapping
    String processCreationForm(
            @ModelAttribute("form") ComplaintForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        if (!Challenge.answered(session, form.getChallengeAnswer())) {
            result.rejectValue("challengeAnswer", "supervision.complaint.challenge.wrong");
        }
        var data = form.online(desk.today());
        for (var problem : desk.problems(data)) {
            if (!result.hasFieldErrors(problem.field())) {
                result.rejectValue(
                        problem.field(),
                        problem.messageKey(),
                        problem.arguments().toArray(),
                        null);
            }
        }
        var uploads = new ArrayList<ComplaintDesk.Upload>();
        var files = form.getAttachments() == null ? List.<MultipartFile>of() : form.getAttachments();
        for (var file : files) {
            if (file.isEmpty()
                    && (file.getOriginalFilename() == null
                            || file.getOriginalFilename().isEmpty())) {
                continue; // the file input left empty
            }
            uploads.add(new ComplaintDesk.Upload(
                    file.getOriginalFilename(),
                    file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
                    file.getSize(),
                    file::getInputStream));
        }
        if (result.hasErrors()) {
            return page(session, model);
        }
        try {
            desk.checkUploads(uploads);
            guard.admit(request.getRemoteAddr());
            var registered = desk.fileOnline(data, uploads, request.getRemoteAddr());
            model.addAttribute("registered", registered);
            return "supervision/portal-filed";
        } catch (ComplaintRefusals.TooMany refusal) {
            response.setStatus(refusal.status().value());
            result.reject(refusal.messageKey());
            return page(session, model);
        } catch (Refusal refusal) {
            if (refusal.field() != null) {
                result.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            } else {
                result.reject(refusal.messageKey(), refusal.arguments(), null);
            }
            return page(session, model);
        }
    }

    /** The progress of a complaint, for whoever holds its number and query code. */
    @GetMapping("/progress")
    String progress(
            @RequestParam(required = false) String number, @RequestParam(required = false) String code, Model model) {
        model.addAttribute("number", number == null ? "" : number.strip());
        if (number != null || code != null) {
            var found = desk.query(number, code);
            model.addAttribute("asked", true);
            found.ifPresent(complaint -> {
                model.addAttribute("complaint", complaint);
                model.addAttribute("feedback", desk.feedback(complaint.id()));
                model.addAttribute(
                        "unitName",
                        channels.of(complaint.unitId())
                                .map(ComplaintChannels::unitName)
                                .orElse(""));
            });
        }
        return "supervision/portal-progress";
    }

    private String page(HttpSession session, Model model) {
        var question = Challenge.pose(session);
        model.addAttribute("challengeA", question[0]);
        model.addAttribute("challengeB", question[1]);
        model.addAttribute("channels", channels.published());
        model.addAttribute("maxAttachments", properties.maxAttachments());
        model.addAttribute(
                "maxAttachmentMegabytes", properties.maxAttachmentSize().toMegabytes());
        return "supervision/portal";
    }
}
