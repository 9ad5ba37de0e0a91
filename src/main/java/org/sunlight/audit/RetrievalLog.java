package org.sunlight.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.sunlight.audit.AuditRefusals.InvalidFilter;
import org.sunlight.audit.AuditRefusals.SupervisorRequired;
import org.sunlight.organization.Organization;
import org.sunlight.organization.Role;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.UnitLevel;
import org.sunlight.platform.NotFound;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/** The retrieval log (调阅记录, R8) for supervisors and administrators, within the units they see. */
@Service
class RetrievalLog {

    static final Set<String> KINDS = Set.of("case", "document", "evidence", "archive");

    private final AuditEntries entries;
    private final Organization organization;
    private final Clock clock;

    RetrievalLog(AuditEntries entries, Organization organization, Clock clock) {
        this.entries = entries;
        this.organization = organization;
        this.clock = clock;
    }

    /** The filters as a request gives them, unparsed. */
    record Query(String caseId, String person, String kind, String from, String to) {}

    PageOf<AuditEntries.Entry> search(StaffUser user, Query query, PageQuery page) {
        requireSupervisor(user);
        return entries.retrievals(filter(query), organization.visibleUnitIds(user), page);
    }

    /**
     * Entries that say who looked at what and who signed in from where: the retrieval log is for supervisors and
     * administrators (R8), not for the colleagues it watches.
     */
    static final Set<String> ABOUT_PEOPLE = Set.of(AuditEvents.RETRIEVAL, AuditEvents.LOGIN, AuditEvents.LOGIN_FAILED);

    /**
     * One entry's leaf data, for staff who see the entry's unit. Entries about people need a supervisor or an
     * administrator; entries of no unit (a failed login names no unit) only the province's administrators.
     */
    AuditEntries.Entry entry(StaffUser user, long index) {
        return entries.byIndex(index).filter(entry -> mayRead(user, entry)).orElseThrow(() -> new NotFound("entry"));
    }

    private boolean mayRead(StaffUser user, AuditEntries.Entry entry) {
        if (ABOUT_PEOPLE.contains(entry.kind()) && !user.hasRole(Role.SUPERVISOR) && !user.hasRole(Role.ADMIN)) {
            return false;
        }
        return entry.unitId() == null
                ? user.hasRole(Role.ADMIN) && user.getUnitLevel() == UnitLevel.PROVINCE
                : organization.isVisible(user, entry.unitId());
    }

    static void requireSupervisor(StaffUser user) {
        if (!user.hasRole(Role.SUPERVISOR) && !user.hasRole(Role.ADMIN)) {
            throw new SupervisorRequired();
        }
    }

    private AuditEntries.RetrievalFilter filter(Query query) {
        UUID caseId = null;
        if (present(query.caseId())) {
            try {
                caseId = UUID.fromString(query.caseId().strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidFilter("caseId", "audit.refusal.case-id");
            }
        }
        String kind = null;
        if (present(query.kind())) {
            kind = query.kind().strip();
            if (!KINDS.contains(kind)) {
                throw new InvalidFilter("kind", "audit.refusal.kind");
            }
        }
        var from = date("from", query.from());
        var to = date("to", query.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFilter("to", "audit.refusal.range");
        }
        return new AuditEntries.RetrievalFilter(
                caseId,
                present(query.person()) ? query.person().strip() : null,
                kind,
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }

    private static LocalDate date(String field, String value) {
        if (!present(value)) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFilter(field, "audit.refusal.date");
        }
        // yyyy-MM-dd has four digits of year: +999999999-12-31 parses, but no timestamp holds it
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidFilter(field, "audit.refusal.date");
        }
        return date;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
