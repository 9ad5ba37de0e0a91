package org.sunlight.supervision;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;

/** Problem detection (R9) as JSON: each model with its flags and their answers; answering a flag. */
@RestController
class FlagApiController {

    private final DetectionModels models;
    private final FlagAnswers answers;
    private final Organization organization;
    private final ComplaintDesk desk;

    FlagApiController(DetectionModels models, FlagAnswers answers, Organization organization, ComplaintDesk desk) {
        this.models = models;
        this.answers = answers;
        this.organization = organization;
        this.desk = desk;
    }

    record FlagJson(String model, UUID unitId, String subject, String recordId, String detail, AnswerJson answer) {}

    record AnswerJson(FlagDecision decision, String reason, String answeredBy, java.time.Instant answeredAt) {}

    record ModelJson(String code, String basis, List<FlagJson> flags) {}

    @GetMapping("/api/supervision/flags")
    List<ModelJson> flagsJson(@AuthenticationPrincipal StaffUser user) {
        var units = organization.visibleUnitIds(user);
        Map<String, FlagAnswers.Answer> given = answers.of(units);
        return models.run(units, desk.today()).stream()
                .map(r -> new ModelJson(
                        r.model().code(),
                        r.model().basis(),
                        r.flags().stream()
                                .map(f -> {
                                    var a = given.get(FlagAnswers.key(f.model(), f.recordId()));
                                    return new FlagJson(
                                            f.model(),
                                            f.unitId(),
                                            f.subject(),
                                            f.recordId(),
                                            f.detail(),
                                            a == null
                                                    ? null
                                                    : new AnswerJson(
                                                            a.decision(), a.reason(), a.answeredBy(), a.answeredAt()));
                                })
                                .toList()))
                .toList();
    }

    @PostMapping("/api/supervision/flags/answers")
    ResponseEntity<AnswerJson> answerJson(@AuthenticationPrincipal StaffUser user, @RequestBody FlagAnswerForm body) {
        var a = answers.answer(user, body.getModel(), body.getRecordId(), body.getDecision(), body.getReason());
        return ResponseEntity.status(201)
                .body(new AnswerJson(a.decision(), a.reason(), a.answeredBy(), a.answeredAt()));
    }
}
