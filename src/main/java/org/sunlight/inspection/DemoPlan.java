package org.sunlight.inspection;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.organization.StaffUser;
import org.sunlight.platform.DemoData;

/**
 * The demo county's plan of the current year, published, with three lines from its random-inspection items and a task
 * for public places, so that the portal's section shows a plan before any draw. The demo makes no draw: a draw opens
 * inspection cases, and the demo leaves that to the person trying the product.
 */
@Component
@Order(40)
class DemoPlan implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlan.class);

    private final DemoData demoData;
    private final Plans plans;
    private final UserDetailsService accounts;
    private final JdbcClient db;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoPlan(
            DemoData demoData,
            Plans plans,
            UserDetailsService accounts,
            JdbcClient db,
            TransactionTemplate transactions,
            Clock clock) {
        this.demoData = demoData;
        this.plans = plans;
        this.accounts = accounts;
        this.db = db;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled()
                || db.sql("select exists (select 1 from inspection.plan)")
                        .query(Boolean.class)
                        .single()
                || !db.sql("select exists (select 1 from inspection.subject)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        StaffUser admin;
        StaffUser leader;
        try {
            admin = (StaffUser) accounts.loadUserByUsername("qufu-admin");
            leader = (StaffUser) accounts.loadUserByUsername("qufu-leader");
        } catch (RuntimeException noDemoAccounts) {
            return;
        }
        var year = LocalDate.now(clock).getYear();
        transactions.executeWithoutResult(status -> {
            var planId = plans.create(admin, year, "曲阜市卫生健康局" + year + "年度“双随机、一公开”监督抽查计划");
            var whole = new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            plans.addLine(
                    admin,
                    planId,
                    line("370881-SJ-002", EnumSet.of(SubjectCategory.PUBLIC_PLACE), "3", "5", "10", "20", whole));
            plans.addLine(
                    admin,
                    planId,
                    line(
                            "370881-SJ-001",
                            EnumSet.of(SubjectCategory.MEDICAL_INSTITUTION),
                            "5",
                            "10",
                            "15",
                            "30",
                            whole));
            plans.addLine(
                    admin,
                    planId,
                    line(
                            "370881-SJ-004",
                            EnumSet.of(SubjectCategory.SCHOOL, SubjectCategory.CHILDCARE),
                            "10",
                            "10",
                            "20",
                            "30",
                            whole));
            plans.publish(leader, planId);
            var publicPlaces = plans.find(planId).orElseThrow().lines().get(0);
            plans.createTask(
                    admin,
                    planId,
                    year + "年公共场所卫生监督抽查",
                    LocalDate.of(year, 3, 1).isBefore(whole[1]) ? LocalDate.of(year, 3, 1) : whole[0],
                    LocalDate.of(year, 11, 30),
                    List.of(publicPlaces.id()));
        });
        log.info("Published the demo random-inspection plan of {}", year);
    }

    private static Plans.LineInput line(
            String item,
            EnumSet<SubjectCategory> categories,
            String a,
            String b,
            String c,
            String d,
            LocalDate[] period) {
        return new Plans.LineInput(
                item,
                categories,
                new BigDecimal(a),
                new BigDecimal(b),
                new BigDecimal(c),
                new BigDecimal(d),
                "每年1次",
                period[0],
                period[1]);
    }
}
