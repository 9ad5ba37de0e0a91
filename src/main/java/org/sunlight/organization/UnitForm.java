package org.sunlight.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.UUID;
import org.sunlight.platform.ColumnLength;

/** What an admin types for a unit; the level follows from the parent, which is chosen only when the unit is new. */
class UnitForm {

    @NotBlank(message = "{admin.unit.name.required}")
    @ColumnLength("organization.unit.name")
    private String name;

    @NotBlank(message = "{admin.unit.division-code.required}")
    @Pattern(regexp = "^[1-9][0-9]{5}$", message = "{admin.unit.division-code.format}")
    private String divisionCode;

    @NotNull(groups = AdminForms.OnCreate.class, message = "{admin.unit.parent.required}")
    private UUID parentId;

    static UnitForm of(Unit unit) {
        var form = new UnitForm();
        form.setName(unit.name());
        form.setDivisionCode(unit.divisionCode());
        form.setParentId(unit.parentId());
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDivisionCode() {
        return divisionCode;
    }

    public void setDivisionCode(String divisionCode) {
        this.divisionCode = divisionCode;
    }

    public UUID getParentId() {
        return parentId;
    }

    public void setParentId(UUID parentId) {
        this.parentId = parentId;
    }
}
