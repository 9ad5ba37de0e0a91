package org.sunlight.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.sunlight.cases.ActionGuard;
import org.sunlight.cases.ActionTrait;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.GuardedAction;
import org.sunlight.catalog.Catalog;
import org.sunlight.catalog.RecordingRequirement;
import org.sunlight.evidence.EvidenceRefusals.RecordingRequired;

/**
 * 执法全过程记录: a step that the unit's published recording requirements (音像记录事项清单) want on audio or video is
 * not taken until a recording is attached to the case for that action, unless the officer writes why there is none
 * (the device failed, the party refused…); such a reason is kept and shown to supervisors. The recordings attached
 * for the action are marked as recording the act, so the next such act needs its own.
 */
@Component
class RecordingGuard implements ActionGuard {

    /**
     * The recorded enforcement steps (the transitions marked {@link org.sunlight.cases.ActionTrait#RECORDED_STEP}), each
     * with the words by which the requirement list names
     * the step (units word their lists alike but not always identically).
     */
    static final Map<CaseAction, List<String>> STEPS = Map.ofEntries(
            Map.entry(CaseAction.INQUIRE, List.of("调查询问", "询问")),
            Map.entry(CaseAction.INSPECT_SITE, List.of("现场检查", "勘验")),
            Map.entry(CaseAction.START_INSPECTION, List.of("现场检查", "勘验")),
            Map.entry(CaseAction.EXAMINE_SITE, List.of("现场检查", "勘验", "现场核查")),
            Map.entry(CaseAction.VERIFY_RECTIFICATION, List.of("现场检查", "勘验")),
            Map.entry(CaseAction.TAKE_SAMPLES, List.of("抽样取证", "抽样")),
            Map.entry(CaseAction.PRESERVE_EVIDENCE, List.of("先行登记保存")),
            Map.entry(CaseAction.HOLD_HEARING, List.of("听证")),
            Map.entry(CaseAction.SEIZE, List.of("行政强制", "查封", "扣押")),
            Map.entry(CaseAction.SERVE, List.of("送达")));

    private final Catalog catalog;
    private final EvidenceRows rows;
    private final MessageSource messages;
    private final Clock clock;
    private final org.sunlight.platform.ColumnLengths lengths;

    RecordingGuard(
            Catalog catalog,
            EvidenceRows rows,
            MessageSource messages,
            Clock clock,
            org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.catalog = catalog;
        this.rows = rows;
        this.messages = messages;
        this.clock = clock;
    }

    /** The requirement the unit publishes for the action, when the action is a recorded step. */
    Optional<RecordingRequirement> requirement(UUID unitId, CaseAction action) {
        var words = STEPS.get(action);
        if (words == null) {
            return Optional.empty();
        }
        var requirements = catalog.recordingRequirements(unitId);
        for (var word : words) {
            var found = requirements.stream()
                    .filter(r -> r.name() != null && r.name().contains(word))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    @Override
    public void check(GuardedAction action) {
        if (!action.transition().is(ActionTrait.RECORDED_STEP)) {
            return;
        }
        var requirement = requirement(action.unitId(), action.action()).filter(RecordingRequirement::needsAudioOrVideo);
        if (requirement.isEmpty()) {
            return;
        }
        var now = clock.instant();
        if (rows.takeRecordings(action.caseId(), action.action().id(), now) > 0) {
            return;
        }
        var reason = action.input() == null ? null : action.input().reason();
        if (reason != null && !reason.isBlank()) {
            if (!lengths.fits("evidence.recording_exemption.reason", reason.strip())) {
                throw new EvidenceRefusals.InvalidField(
                        "reason", "evidence.field.reason", lengths.max("evidence.recording_exemption.reason"));
            }
            rows.insertExemption(new RecordingExemption(
                    UUID.randomUUID(),
                    action.caseId(),
                    action.unitId(),
                    action.action().id(),
                    action.stage(),
                    requirement.get().name(),
                    reason.strip(),
                    action.actor().getUsername(),
                    now));
            return;
        }
        throw new RecordingRequired(
                label(action.action().labelKey(), action.action().id()),
                requirement.get().name(),
                requirement.get().method());
    }

    private String label(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
