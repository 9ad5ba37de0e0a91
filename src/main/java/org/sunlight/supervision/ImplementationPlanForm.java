package org.sunlight.supervision;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.sunlight.platform.ColumnLength;

/** What a unit's administrator types for its implementation plan of the three systems: title, adoption day, text. */
public class ImplementationPlanForm {

    @NotBlank(message = "{supervision.plan.title.required}")
    @ColumnLength(value = "supervision.implementation_plan.title", message = "{supervision.plan.too-long}")
    private String title;

    @NotNull(message = "{supervision.plan.adopted-on.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;

    @NotBlank(message = "{supervision.plan.body.required}")
    @ColumnLength(value = "supervision.implementation_plan.body", message = "{supervision.plan.too-long}")
    private String body;

    static ImplementationPlanForm of(ImplementationPlan plan) {
        var form = new ImplementationPlanForm();
        form.setTitle(plan.title());
        form.setAdoptedOn(plan.adoptedOn());
        form.setBody(plan.body());
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
