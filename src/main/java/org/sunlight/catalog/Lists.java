package org.sunlight.catalog;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.catalog.ListRefusals.ListNotEditable;
import org.sunlight.catalog.ListRefusals.NotAnAdministrator;
import org.sunlight.catalog.ListRefusals.NotTheUnitsReviewer;
import org.sunlight.catalog.ListRefusals.NothingToCheck;
import org.sunlight.catalog.ListRefusals.NothingToSubmit;
import org.sunlight.catalog.ListRefusals.ReturnReasonRequired;
import org.sunlight.catalog.ListRefusals.ReviewerIsSubmitter;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.NotFound;

/**
 * Keeping a unit's lists: an administrator drafts (by form or Excel), submits; a reviewer of the unit publishes it or
 * returns it with a reason. Every publication is a new version; the one before it stays readable.
 */
@Service
class Lists {

    private final ListVersions versions;
    private final EntryValidator validator;
    private final ListSpreadsheets spreadsheets;
    private final Organization organization;
    private final BodyRegistry bodyRegistry;
    private final ApplicationEventPublisher events;

    Lists(
            ListVersions versions,
            EntryValidator validator,
            ListSpreadsheets spreadsheets,
            Organization organization,
            BodyRegistry bodyRegistry,
            ApplicationEventPublisher events) {
        this.events = events;
        this.versions = versions;
        this.validator = validator;
        this.spreadsheets = spreadsheets;
        this.organization = organization;
        this.bodyRegistry = bodyRegistry;
    }

    /** The state of a unit's list as its staff see it. */
    record ListState(UUID unitId, ListKind kind, ListVersion published, ListVersion open, List<ListVersion> history) {}

    ListState state(StaffUser user, UUID unitId, ListKind kind) {
        requireVisible(user, unitId);
        return new ListState(
                unitId,
                kind,
                versions.published(unitId, kind).orElse(null),
                versions.open(unitId, kind).orElse(null),
                versions.history(unitId, kind));
    }

    /** The draft to edit: the open one, or a new one copying the published entries. */
    @Transactional
    ListVersion draft(StaffUser user, UUID unitId, ListKind kind) {
        requireAdmin(user, unitId);
        var open = versions.open(unitId, kind);
        if (open.isPresent()) {
            if (!open.get().editable()) {
                throw new ListNotEditable();
            }
            return open.get();
        }
        return versions.find(versions.createDraft(unitId, kind, user.getUsername()))
                .orElseThrow();
    }

    /** What an import did: the number of entries loaded, or every problem that stopped it. */
    record ImportOutcome(int entries, List<FieldProblem> problems) {
        boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /**
     * Replaces the draft's entries with the sheet's rows. Any bad row rejects the whole file, every bad row is named, and
     * nothing changes.
     */
    @Transactional
    ImportOutcome importSheet(StaffUser user, UUID unitId, ListKind kind, InputStream xlsx) {
        requireAdmin(user, unitId);
        var schema = ListSchema.of(kind);
        var sheet = spreadsheets.read(schema, xlsx);
        if (!sheet.problems().isEmpty()) {
            return new ImportOutcome(0, sheet.problems());
        }
        var problems = new ArrayList<FieldProblem>();
        var entries = new ArrayList<Entry>();
        var rowOfKey = new HashMap<String, Integer>();
        for (var row : sheet.rows()) {
            var checked = validator.check(schema, row.values(), row.number());
            if (!checked.valid()) {
                problems.addAll(checked.problems());
                continue;
            }
            var earlier = rowOfKey.putIfAbsent(checked.entry().key(), row.number());
            if (earlier != null) {
                var keyField = schema.field(schema.keyField()).orElseThrow();
                problems.add(new FieldProblem(
                        row.number(),
                        keyField.name(),
                        keyField.header(),
                        "catalog.import.duplicate-key",
                        String.valueOf(earlier)));
                continue;
            }
            entries.add(checked.entry());
        }
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem(0, null, null, "catalog.import.no-rows", ""));
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, problems);
        }
        var draft = draft(user, unitId, kind);
        versions.replaceEntries(draft.id(), schema, entries);
        return new ImportOutcome(entries.size(), List.of());
    }

    /** Replaces the draft of the body list with the unit's registry of bodies, each entry checked as on the form. */
    @Transactional
    ImportOutcome draftBodiesFromRegistry(StaffUser user, UUID unitId) {
        requireAdmin(user, unitId);
        var schema = ListSchema.of(ListKind.BODIES);
        var entries = new ArrayList<Entry>();
        var problems = new ArrayList<FieldProblem>();
        for (var entry : bodyRegistry.entries(unitId)) {
            var checked = validator.check(schema, entry.data(), 0);
            if (checked.valid()) {
                entries.add(checked.entry());
            } else {
                problems.addAll(checked.problems());
            }
        }
        if (!problems.isEmpty()) {
            return new ImportOutcome(0, problems);
        }
        var draft = draft(user, unitId, ListKind.BODIES);
        versions.replaceEntries(draft.id(), schema, entries);
        return new ImportOutcome(entries.size(), List.of());
    }

    /** Adds or changes one entry of the draft; the problems, if any, and nothing saved. */
    @Transactional
    List<FieldProblem> saveEntry(
            StaffUser user, UUID unitId, ListKind kind, String previousKey, Map<String, String> values) {
        requireAdmin(user, unitId); // before the fields: another unit's list is not found, whatever is sent
        var schema = ListSchema.of(kind);
        var checked = validator.check(schema, values, 0);
        if (!checked.valid()) {
            return checked.problems();
        }
        var draft = draft(user, unitId, kind);
        var key = checked.entry().key();
        if (!key.equals(previousKey) && versions.entry(draft.id(), key).isPresent()) {
            var keyField = schema.field(schema.keyField()).orElseThrow();
            return List.of(new FieldProblem(0, keyField.name(), keyField.header(), "catalog.entry.duplicate-key", key));
        }
        versions.saveEntry(draft.id(), schema, previousKey, checked.entry());
        return List.of();
    }

    @Transactional
    void deleteEntry(StaffUser user, UUID unitId, ListKind kind, String key) {
        var draft = draft(user, unitId, kind);
        versions.deleteEntry(draft.id(), key);
    }

    @Transactional
    void setMerged(StaffUser user, UUID unitId, boolean merged) {
        var draft = draft(user, unitId, ListKind.RANDOM_INSPECTION_ITEMS);
        versions.setMerged(draft.id(), merged);
    }

    @Transactional
    void submit(StaffUser user, UUID unitId, ListKind kind) {
        requireAdmin(user, unitId);
        var open = versions.open(unitId, kind).orElseThrow(NothingToSubmit::new);
        if (!open.editable()) {
            throw new ListNotEditable();
        }
        if (open.entryCount() == 0) {
            throw new NothingToSubmit();
        }
        versions.submit(open.id(), user.getUsername());
    }

    @Transactional
    void discard(StaffUser user, UUID unitId, ListKind kind) {
        requireAdmin(user, unitId);
        var open = versions.open(unitId, kind).orElseThrow(NothingToSubmit::new);
        if (!open.editable()) {
            throw new ListNotEditable();
        }
        versions.discard(open.id());
    }

    /** The reviewer agrees: the submitted version is published and the one before it superseded. */
    @Transactional
    ListVersion approve(StaffUser user, UUID unitId, ListKind kind) {
        var submitted = submittedFor(user, unitId, kind);
        if (!versions.publish(submitted.id(), unitId, kind, user.getUsername())) {
            throw new NothingToCheck();
        }
        var published = versions.find(submitted.id()).orElseThrow();
        events.publishEvent(new ListPublished(
                published.id(),
                unitId,
                kind,
                published.number(),
                published.entryCount(),
                user.getUsername(),
                published.publishedAt()));
        return published;
    }

    /** The reviewer finds problems: the version goes back to the administrator as a draft, with the reason. */
    @Transactional
    void returnToDraft(StaffUser user, UUID unitId, ListKind kind, String reason) {
        if (reason == null || reason.strip().length() < 2) {
            throw new ReturnReasonRequired();
        }
        var submitted = submittedFor(user, unitId, kind);
        if (!versions.returnToDraft(submitted.id(), user.getUsername(), reason.strip())) {
            throw new NothingToCheck();
        }
    }

    private ListVersion submittedFor(StaffUser user, UUID unitId, ListKind kind) {
        requireVisible(user, unitId);
        if (!user.hasRole(Role.REVIEWER) || !user.getUnitId().equals(unitId)) {
            throw new NotTheUnitsReviewer();
        }
        var open = versions.open(unitId, kind)
                .filter(version -> version.status() == VersionStatus.SUBMITTED)
                .orElseThrow(NothingToCheck::new);
        if (user.getUsername().equals(open.submittedBy())) {
            throw new ReviewerIsSubmitter();
        }
        return open;
    }

    /**
     * The unit's own administrator: a list is drawn up by its unit; a superior unit's administrator reads it and does
     * not act in it (issue 14), others do not find it.
     */
    private void requireAdmin(StaffUser user, UUID unitId) {
        requireVisible(user, unitId);
        if (!user.hasRole(Role.ADMIN) || !user.getUnitId().equals(unitId)) {
            throw new NotAnAdministrator();
        }
    }

    private void requireVisible(StaffUser user, UUID unitId) {
        if (!organization.isVisible(user, unitId)) {
            throw new NotFound("unit");
        }
    }
}
