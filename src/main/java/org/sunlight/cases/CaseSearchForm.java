package org.sunlight.cases;

import java.util.UUID;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

/** The case search as the console's form and the API's query parameters hold it (both bind to this). */
public class CaseSearchForm {

    private String title;
    private String party;
    private String identity;
    private String documentNumber;
    private String stage;
    private ProcedureKind procedure;
    private UUID officerId;
    private UUID unitId;
    private Integer dueWithinDays;
    private boolean overdue;
    private CaseFilter.Scope scope;

    CaseFilter filter() {
        return new CaseFilter(
                title,
                party,
                identity,
                documentNumber,
                stage,
                procedure,
                officerId,
                unitId,
                dueWithinDays,
                overdue,
                scope);
    }

    /** The first field that did not bind (a word where a number or a choice belongs), or null when all did. */
    static String malformedField(BindingResult binding) {
        var error = binding.getFieldError();
        return error == null ? null : error.getField();
    }

    /** The search as query parameters, for the pager's links: the same search, another page. */
    String query(String path) {
        var uri = UriComponentsBuilder.fromPath(path);
        add(uri, "title", title);
        add(uri, "party", party);
        add(uri, "identity", identity);
        add(uri, "documentNumber", documentNumber);
        add(uri, "stage", stage);
        add(uri, "procedure", procedure);
        add(uri, "officerId", officerId);
        add(uri, "unitId", unitId);
        add(uri, "dueWithinDays", dueWithinDays);
        if (overdue) {
            uri.queryParam("overdue", true);
        }
        add(uri, "scope", scope);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            uri.queryParam(name, value.toString());
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public String getIdentity() {
        return identity;
    }

    public void setIdentity(String identity) {
        this.identity = identity;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public ProcedureKind getProcedure() {
        return procedure;
    }

    public void setProcedure(ProcedureKind procedure) {
        this.procedure = procedure;
    }

    public UUID getOfficerId() {
        return officerId;
    }

    public void setOfficerId(UUID officerId) {
        this.officerId = officerId;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public Integer getDueWithinDays() {
        return dueWithinDays;
    }

    public void setDueWithinDays(Integer dueWithinDays) {
        this.dueWithinDays = dueWithinDays;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public CaseFilter.Scope getScope() {
        return scope;
    }

    public void setScope(CaseFilter.Scope scope) {
        this.scope = scope;
    }
}
