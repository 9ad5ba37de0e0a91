package org.sunlight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.calendar.WorkingDays;

/**
 * The shared set-up of the HTTP tests of procedures whose law counts days (hearings, execution, coercion,
 * preservation, licensing): the product over real HTTP on the {@link MovableClock}, an officer and a leader of 曲阜 signed
 * in, and the clock back at today after each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
public abstract class DaysPassingTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient db;

    @Autowired
    protected MovableClock clock;

    @Autowired
    protected WorkingDays workingDays;

    protected CaseSteps steps;
    protected StaffClient officer;
    protected StaffClient leader;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** Today on the application's clock. */
    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Days pass until the day. */
    protected void passUntil(LocalDate day) {
        clock.passDays(ChronoUnit.DAYS.between(today(), day));
    }
}
