package org.sunlight.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** Problem detection (R9) as JSON: each model with its counts; a page of a model's flags and their answers; answering a flag. */
@RestController
class FlagApiController {

    private final DetectionModels models;
    private final FlagAnswers answers;
    private final Organization organization;
    private final StoredFlags stored;

    FlagApiController(DetectionModels models, FlagAnswers answers, Organization organization, StoredFlags stored) {
        this.models = models;
        this.answers = answers;
        this.organization = organization;
        this.stored = stored;
    }

    record FlagJson(
            String model,
            UUID unitId,
            String subject,
            String recordId,
            String detail,
            java.time.LocalDate firstFlaggedOn,
            AnswerJson answer) {}

    record AnswerJson(FlagDecision decision, String reason, String answeredBy, java.time.Instant answeredAt) {}

    record ModelJson(String code, String basis, long total, long open, long unanswered) {}

    record PageJson(
            String code,
            String basis,
            int page,
            int pages,
            int pageSize,
            long total,
            java.time.Instant lastRun,
            List<FlagJson> flags) {}

    /** Each model with its counts in the units the supervisor sees (open: not dismissed). */
    @GetMapping("/api/supervision/flags")
    List<ModelJson> flagsJson(@AuthenticationPrincipal StaffUser user) {
        var counts = stored.counts(organization.visibleUnitIds(user));
        return models.all().stream()
                .map(m -> {
                    var c = counts.get(m.code());
                    return new ModelJson(m.code(), m.basis(), c.total(), c.open(), c.unanswered());
                })
                .toList();
    }

    /**
     * A page (from 1, 50 a page) of one model's flags, optionally of one unit, by answer, and first raised from and to
     * a day.
     */
    @GetMapping("/api/supervision/flags/{model}")
    PageJson flagPageJson(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable("model") String model,
            @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "answer", required = false) String answer,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "page", required = false) String page) {
        var form = new FlagFilterForm();
        form.setModel(model);
        form.setUnit(unit);
        form.setAnswer(answer);
        form.setFrom(from);
        form.setTo(to);
        form.setPage(page);
        var filter = form.resolve(models, organization.visibleUnitIds(user));
        var found = stored.page(filter);
        Map<String, FlagAnswers.Answer> given = answers.of(
                filter.model().code(),
                found.flags().stream().map(StoredFlags.StoredFlag::flag).toList());
        return new PageJson(
                filter.model().code(),
                filter.model().basis(),
                found.page() + 1,
                found.pages(),
                StoredFlags.PAGE_SIZE,
                found.total(),
                stored.lastRun(),
                found.flags().stream()
                        .map(kept -> {
                            var f = kept.flag();
                            var a = given.get(FlagAnswers.key(f.model(), f.recordId()));
                            return new FlagJson(
                                    f.model(),
                                    f.unitId(),
                                    f.subject(),
                                    f.recordId(),
                                    f.detail(),
                                    kept.firstFlaggedOn(),
                                    a == null
                                            ? null
                                            : new AnswerJson(a.decision(), a.reason(), a.answeredBy(), a.answeredAt()));
                        })
                        .toList());
    }

    @PostMapping("/api/supervision/flags/answers")
    ResponseEntity<AnswerJson> answerJson(@AuthenticationPrincipal StaffUser user, @RequestBody FlagAnswerForm body) {
        var a = answers.answer(user, body.getModel(), body.getRecordId(), body.getDecision(), body.getReason());
        return ResponseEntity.status(201)
                .body(new AnswerJson(a.decision(), a.reason(), a.answeredBy(), a.answeredAt()));
    }
}
