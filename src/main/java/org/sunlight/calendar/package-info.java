/** The working-day calendar (weekends, official holidays, make-up workdays) and deadline arithmetic. 行政处罚法 第八十五条 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Calendar",
        allowedDependencies = {"platform"})
package org.sunlight.calendar;
