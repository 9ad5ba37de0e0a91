package org.sunlight.cases;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;
import org.sunlight.platform.Retrievals;

/** Every case action over JSON: open a case, take an action, read a case with the actions open to the caller. */
@RestController
@RequestMapping("/api/cases")
class CaseApiController {

    private final CaseManagement cases;
    private final Retrievals retrievals;

    CaseApiController(CaseManagement cases, Retrievals retrievals) {
        this.cases = cases;
        this.retrievals = retrievals;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CaseView open(@AuthenticationPrincipal StaffUser user, @RequestBody OpenCase command) {
        return cases.open(user, command);
    }

    /** The cases the caller may read, narrowed by the same criteria as the console's search. */
    @GetMapping
    PageOf<CaseSummary> list(
            @AuthenticationPrincipal StaffUser user,
            @ModelAttribute CaseSearchForm search,
            BindingResult binding,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var malformed = CaseSearchForm.malformedField(binding);
        if (malformed != null) {
            throw new CaseRefusals.InvalidField(
                    malformed, "problem.field.malformed", malformed, binding.getFieldValue(malformed));
        }
        return cases.search(user, search.filter(), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    CaseView one(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            jakarta.servlet.http.HttpServletRequest request) {
        var view = cases.view(user, id);
        retrievals.opened("case", id, id, user.getUsername(), request);
        return view;
    }

    @PostMapping("/{id}/actions/{action}")
    CaseView act(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @PathVariable String action,
            @RequestBody(required = false) ActionInput input) {
        return cases.perform(user, id, action, input);
    }
}
