package org.sunlight.evidence;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.DocumentKind;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageQuery;

/** The evidence of a case on the console: its files, the upload, the viewer; the reasons given for missing recordings. */
@Controller
class EvidenceConsoleController {

    private final Evidence evidence;
    private final CaseManagement cases;
    private final RecordingGuard guard;
    private final Devices devices;
    private final EvidenceRows rows;
    private final org.sunlight.organization.Organization organization;
    private final java.time.Clock clock;

    EvidenceConsoleController(
            Evidence evidence,
            CaseManagement cases,
            RecordingGuard guard,
            Devices devices,
            EvidenceRows rows,
            org.sunlight.organization.Organization organization,
            java.time.Clock clock) {
        this.evidence = evidence;
        this.clock = clock;
        this.cases = cases;
        this.guard = guard;
        this.devices = devices;
        this.rows = rows;
        this.organization = organization;
    }

    @GetMapping("/console/cases/{id}/evidence")
    String ofCase(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        evidence.visibleCase(user, id);
        var kase = cases.view(user, id);
        var files = evidence.files(user, id);
        model.addAttribute("kase", kase);
        model.addAttribute("files", files);
        model.addAttribute("steps", steps(kase, files));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        model.addAttribute("actions", kase.actions());
        model.addAttribute("devices", devices.usable(user));
        model.addAttribute("exemptions", evidence.exemptionsOfCase(user, id));
        model.addAttribute("canUpload", user.hasRole(Role.OFFICER) || user.hasRole(Role.LEADER));
        return "evidence/case";
    }

    /** The part of the case page that says which recordings the next steps need. */
    @GetMapping("/console/cases/{id}/evidence/summary")
    String summary(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        evidence.visibleCase(user, id);
        var kase = cases.view(user, id);
        var files = evidence.files(user, id);
        model.addAttribute("kase", kase);
        model.addAttribute("files", files);
        model.addAttribute("steps", steps(kase, files));
        model.addAttribute("today", java.time.LocalDate.now(clock));
        return "evidence/summary :: summary";
    }

    private List<RecordedStep> steps(org.sunlight.cases.CaseView kase, List<EvidenceFile> files) {
        var procedure = org.sunlight.cases.Procedures.of(kase.procedure());
        return kase.actions().stream()
                .map(action -> guard.requirement(kase.unitId(), action)
                        .filter(org.sunlight.catalog.RecordingRequirement::needsAudioOrVideo)
                        .map(requirement -> new RecordedStep(
                                action.id(),
                                requirement.name(),
                                requirement.method(),
                                files.stream()
                                        .filter(f -> action.id().equals(f.action())
                                                && f.actTakenAt() == null
                                                && f.isRecording())
                                        .count(),
                                procedure
                                        .transition(kase.stage(), action)
                                        .map(t -> t.documents().contains(DocumentKind.INQUIRY_RECORD)
                                                || t.documents().contains(DocumentKind.SITE_RECORD))
                                        .orElse(false)))
                        .orElse(null))
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    @GetMapping("/console/evidence/{id}")
    String file(@AuthenticationPrincipal StaffUser user, @PathVariable UUID id, Model model) {
        var file = evidence.file(user, id);
        model.addAttribute("file", file);
        return "evidence/file";
    }

    @GetMapping("/console/evidence/exemptions")
    String exemptions(
            @AuthenticationPrincipal StaffUser user, @RequestParam(required = false) Integer page, Model model) {
        if (!(user.hasRole(Role.SUPERVISOR) || user.hasRole(Role.LEADER))) {
            throw new NotFound("exemptions");
        }
        model.addAttribute("exemptions", rows.exemptions(organization.visibleUnitIds(user), PageQuery.of(page, null)));
        model.addAttribute("pageUrl", "/console/evidence/exemptions");
        return "evidence/exemptions";
    }
}
