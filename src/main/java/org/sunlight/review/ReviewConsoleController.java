package org.sunlight.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Refusal;
import org.sunlight.records.Records;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The review office's screens: the queue by due date, a case's review page (package versions side by side, the
 * documents, assignment, the checklist and opinion form), the printable 法制审核意见书, staffing and statistics.
 */
@Controller
@RequestMapping("/console/reviews")
class ReviewConsoleController {

    private final LegalReviews reviews;
    private final Reviews store;
    private final ReviewStaffing staffing;
    private final Organization organization;
    private final Records records;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    ReviewConsoleController(
            LegalReviews reviews,
            Reviews store,
            ReviewStaffing staffing,
            Organization organization,
            Records records,
            ITemplateEngine templates,
            MessageSource messages,
            Clock clock) {
        this.reviews = reviews;
        this.store = store;
        this.staffing = staffing;
        this.organization = organization;
        this.records = records;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String queue(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(defaultValue = "open") String tab,
            @RequestParam(required = false) Integer page,
            Model model) {
        var query = PageQuery.of(page, 20);
        var shown =
                switch (tab) {
                    case "mine" -> reviews.queue(user, true, query);
                    case "answered" -> reviews.answered(user, query);
                    default -> reviews.queue(user, false, query);
                };
        model.addAttribute("tab", Set.of("mine", "answered").contains(tab) ? tab : "open");
        model.addAttribute("submissions", shown);
        model.addAttribute("unitNames", unitNames(user));
        model.addAttribute("today", LocalDate.now(clock));
        return "review/queue";
    }

    @GetMapping("/cases/{caseId}")
    String review(@AuthenticationPrincipal StaffUser user, @PathVariable UUID caseId, Model model) {
        page(user, caseId, model);
        return "review/review";
    }

    private void page(StaffUser user, UUID caseId, Model model) {
        var history = reviews.history(user, caseId);
        model.addAttribute("history", history);
        model.addAttribute("elements", reviews.elements(history.kase().unitId()));
        // the case waits for the opinion in whichever stage its procedure sends it to the review (法制审核, the
        // emergency seizure's, a licence change's or renewal's): the stage the reviewer's outcome steps leave from
        model.addAttribute(
                "awaitingOpinion", history.kase().actions().contains(org.sunlight.cases.CaseAction.REVIEW_AGREED));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "unitName",
                organization.unit(history.kase().unitId()).map(Unit::name).orElse(""));
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", Map.of());
            model.addAttribute("comments", Map.of());
        }
    }

    @PostMapping("/{id}/assignment")
    String assign(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String reviewer,
            RedirectAttributes redirect) {
        var submission = reviews.visible(user, id);
        try {
            reviews.assign(user, id, reviewer);
            redirect.addFlashAttribute("success", text("review.assign.done"));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
        }
        return "redirect:/console/reviews/cases/" + submission.caseId();
    }

    /** The opinion form: a pass or problem per element ({@code pass-CODE}, {@code comment-CODE}), verdict and text. */
    @PostMapping("/{id}/opinion")
    String opinion(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) Verdict verdict,
            @RequestParam(defaultValue = "false") boolean suspectedCrime,
            @RequestParam(required = false) String text,
            @RequestParam Map<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        var submission = reviews.visible(user, id);
        var answers = new HashMap<String, String>();
        var comments = new HashMap<String, String>();
        var checklist = new ArrayList<OpinionInput.Answer>();
        for (var element : reviews.elements(submission.unitId())) {
            var pass = form.get("pass-" + element.code());
            var comment = form.getOrDefault("comment-" + element.code(), "");
            answers.put(element.code(), pass);
            comments.put(element.code(), comment);
            checklist.add(new OpinionInput.Answer(
                    element.code(), pass == null || pass.isBlank() ? null : Boolean.valueOf(pass), comment));
        }
        try {
            reviews.writeOpinion(user, id, new OpinionInput(verdict, suspectedCrime, text, checklist));
            redirect.addFlashAttribute("success", text("review.opinion.done"));
            return "redirect:/console/reviews/cases/" + submission.caseId();
        } catch (NotFound notFound) {
            throw notFound;
        } catch (Refusal refusal) {
            // the page again with what the reviewer wrote, and the field at fault
            model.addAttribute("failure", text(refusal.messageKey(), refusal.arguments()));
            model.addAttribute("failureField", refusal.field());
            model.addAttribute("answers", answers);
            model.addAttribute("comments", comments);
            model.addAttribute("givenVerdict", verdict);
            model.addAttribute("givenCrime", suspectedCrime);
            model.addAttribute("givenText", text);
            page(user, submission.caseId(), model);
            return "review/review";
        }
    }

    /** The written opinion as the 法制审核意见书, printed to PDF. */
    @GetMapping("/{id}/opinion.pdf")
    ResponseEntity<byte[]> opinionPdf(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        var submission = reviews.visible(user, id);
        var opinion = reviews.opinion(id).orElseThrow(() -> new NotFound("opinion"));
        var context = new Context(Locale.SIMPLIFIED_CHINESE);
        context.setVariable("submission", submission);
        context.setVariable("opinion", opinion);
        context.setVariable(
                "unitName",
                organization.unit(submission.unitId()).map(Unit::name).orElse(""));
        var html = templates
                .process("review/opinion-document", Set.of("document"), context)
                .strip();
        var title = text("review.document.title");
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(title + "-" + submission.version() + ".pdf", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(records.printPdf(title, html));
    }

    @GetMapping("/staffing")
    String staffing(@AuthenticationPrincipal StaffUser user, Model model) {
        model.addAttribute("units", staffing.of(user));
        model.addAttribute("share", staffing.share());
        return "review/staffing";
    }

    @GetMapping("/statistics")
    String statistics(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer year, Model model) {
        var today = LocalDate.now(clock);
        int shown = year == null || year < 2000 || year > today.getYear() ? today.getYear() : year;
        var from = LocalDate.of(shown, 1, 1);
        var to = LocalDate.of(shown, 12, 31);
        model.addAttribute("year", shown);
        model.addAttribute("rows", store.statistics(organization.visibleUnitIds(user), from, to));
        model.addAttribute("unitNames", unitNames(user));
        return "review/statistics";
    }

    private Map<UUID, String> unitNames(StaffUser user) {
        return organization.visibleUnits(user).stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
