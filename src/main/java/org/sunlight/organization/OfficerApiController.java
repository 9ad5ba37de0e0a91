package org.sunlight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** Officers within the caller's data scope; any other unit's officer is answered as unknown (404). */
@RestController
@RequestMapping("/api/officers")
class OfficerApiController {

    private final Organization organization;
    private final Officers officers;
    private final MessageSource messages;
    private final Clock clock;

    OfficerApiController(Organization organization, Officers officers, MessageSource messages, Clock clock) {
        this.organization = organization;
        this.officers = officers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    PageOf<OfficerView> list(
            @AuthenticationPrincipal StaffUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return officers.search(organization.visibleUnitIds(user), q, PageQuery.of(page, size))
                .map(officer -> OfficerView.of(officer, LocalDate.now(clock)));
    }

    @GetMapping("/{id}")
    OfficerView one(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id) {
        return OfficerView.of(organization.officerVisibleTo(user, id), LocalDate.now(clock));
    }

    @GetMapping("/{id}/certificate-check")
    CheckView check(
            @AuthenticationPrincipal StaffUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) EnforcementCategory category) {
        var officer = organization.officerVisibleTo(user, id);
        var check = organization.checkCertificate(officer.id(), date == null ? LocalDate.now(clock) : date, category);
        var reason = check.refusalKey() == null
                ? null
                : messages.getMessage(check.refusalKey(), null, LocaleContextHolder.getLocale());
        return new CheckView(
                check.officerId(),
                check.officerName(),
                check.certificateNo(),
                check.day(),
                check.category(),
                check.status(),
                check.categoryCovered(),
                check.mayAct(),
                reason);
    }

    /** The answer to "may this officer act?", with the reason in words when they may not. */
    record CheckView(
            UUID officerId,
            String officerName,
            String certificateNo,
            LocalDate day,
            EnforcementCategory category,
            CertificateStatus status,
            boolean categoryCovered,
            boolean mayAct,
            String reason) {}

    record OfficerView(
            UUID id,
            UUID unitId,
            UUID bodyId,
            String name,
            String position,
            String certificateNo,
            Set<EnforcementCategory> categories,
            String region,
            LocalDate issuedOn,
            LocalDate expiresOn,
            AnnualReviewStatus annualReviewStatus,
            Integer annualReviewYear,
            boolean revoked,
            CertificateStatus certificateStatus,
            boolean active) {

        static OfficerView of(Officer officer, LocalDate today) {
            var c = officer.certificate();
            return new OfficerView(
                    officer.id(),
                    officer.unitId(),
                    officer.bodyId(),
                    officer.name(),
                    officer.position(),
                    c.certificateNo(),
                    c.categories(),
                    c.region(),
                    c.issuedOn(),
                    c.expiresOn(),
                    c.annualReviewStatus(),
                    c.annualReviewYear(),
                    c.revoked(),
                    c.statusOn(today),
                    officer.active());
        }
    }
}
