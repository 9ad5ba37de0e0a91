package org.sunlight.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the plan pages: a new plan, a line, a task. */
final class PlanForms {

    private PlanForms() {}

    static class PlanForm {
        private Integer year;
        private String title;

        public Integer getYear() {
            return year;
        }

        public void setYear(Integer year) {
            this.year = year;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    static class LineForm {
        private String itemCode;
        private Set<SubjectCategory> categories = new LinkedHashSet<>();
        private BigDecimal ratioA;
        private BigDecimal ratioB;
        private BigDecimal ratioC;
        private BigDecimal ratioD;
        private String frequency;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;

        Plans.LineInput input() {
            return new Plans.LineInput(
                    itemCode, categories, ratioA, ratioB, ratioC, ratioD, frequency, periodFrom, periodTo);
        }

        public String getItemCode() {
            return itemCode;
        }

        public void setItemCode(String itemCode) {
            this.itemCode = itemCode;
        }

        public Set<SubjectCategory> getCategories() {
            return categories;
        }

        public void setCategories(Set<SubjectCategory> categories) {
            this.categories = categories;
        }

        public BigDecimal getRatioA() {
            return ratioA;
        }

        public void setRatioA(BigDecimal ratioA) {
            this.ratioA = ratioA;
        }

        public BigDecimal getRatioB() {
            return ratioB;
        }

        public void setRatioB(BigDecimal ratioB) {
            this.ratioB = ratioB;
        }

        public BigDecimal getRatioC() {
            return ratioC;
        }

        public void setRatioC(BigDecimal ratioC) {
            this.ratioC = ratioC;
        }

        public BigDecimal getRatioD() {
            return ratioD;
        }

        public void setRatioD(BigDecimal ratioD) {
            this.ratioD = ratioD;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }

        public LocalDate getPeriodFrom() {
            return periodFrom;
        }

        public void setPeriodFrom(LocalDate periodFrom) {
            this.periodFrom = periodFrom;
        }

        public LocalDate getPeriodTo() {
            return periodTo;
        }

        public void setPeriodTo(LocalDate periodTo) {
            this.periodTo = periodTo;
        }
    }

    static class TaskForm {
        private String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodFrom;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate periodTo;

        private List<UUID> lineIds = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public LocalDate getPeriodFrom() {
            return periodFrom;
        }

        public void setPeriodFrom(LocalDate periodFrom) {
            this.periodFrom = periodFrom;
        }

        public LocalDate getPeriodTo() {
            return periodTo;
        }

        public void setPeriodTo(LocalDate periodTo) {
            this.periodTo = periodTo;
        }

        public List<UUID> getLineIds() {
            return lineIds;
        }

        public void setLineIds(List<UUID> lineIds) {
            this.lineIds = lineIds;
        }
    }
}
