package org.sunlight.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;
import org.sunlight.Application;
import org.sunlight.cases.ActionInput;
import org.sunlight.cases.CaseAction;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.OpenCase;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.cases.Proposal;
import org.sunlight.cases.ProposalKind;
import org.sunlight.cases.ServiceMethod;
import org.sunlight.organization.StaffUser;
import org.sunlight.records.BenchmarkPrinting;

/**
 * Issue 12's benchmarks, run back to back in one JVM on one durable embedded PostgreSQL (fsync, synchronous_commit
 * and full_page_writes on, so every commit waits for its WAL to reach the disk):
 *
 * <ol>
 *   <li>{@code pgbench -c 8 -j 2} TPC-B on its own database of that server;
 *   <li>the case engine in-process: 8 clients each run whole general-procedure penalty cases (file to archive, 14
 *       transitions, minor and major proposals alternating) through {@link CaseManagement#act} and the reviewer's
 *       opinion, with the audit log, the documents and the legal-review gate on;
 *   <li>the same procedure on Flowable 7.2 ({@link FlowablePenalty}) on its own database of that server, with the same
 *       guards and an audit row per transition, 8 clients;
 *   <li>for attribution only, the case engine again with the documents' PDFs not printed ({@link BenchmarkPrinting}):
 *       what the transitions cost besides printing.
 * </ol>
 *
 * <p>Asserts only that the server ran durably and that no client failed; the numbers are printed. Run with {@code
 * ./mvnw test -Pbenchmark -Dtest=CaseEngineBenchmark}; {@code -Dsunlight.bench.seconds=90} (each measured window),
 * {@code -Dsunlight.bench.warmup=90} (before each of the two engines' windows: the
 * first documents load fonts and compile), {@code -Dsunlight.bench.rounds=1}.
 */
@Tag("benchmark")
class CaseEngineBenchmark {

    private static final int CLIENTS = 8;
    private static final int SECONDS = Integer.getInteger("sunlight.bench.seconds", 90);
    private static final int WARM_UP = Integer.getInteger("sunlight.bench.warmup", 90);
    private static final int ROUNDS = Integer.getInteger("sunlight.bench.rounds", 1);
    private static final String PGBENCH = System.getProperty("sunlight.bench.pgbench", "/usr/bin/pgbench");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** The four proposals a client cycles through: minor and major, for an organisation and for a citizen. */
    private static final List<Object[]> PROPOSALS = List.of(
            new Object[] {PartyKind.ORGANISATION, "3000"},
            new Object[] {PartyKind.ORGANISATION, "150000"},
            new Object[] {PartyKind.INDIVIDUAL, "2000"},
            new Object[] {PartyKind.INDIVIDUAL, "20000"});

    @Test
    void caseTransitionsNextToPgbenchAndFlowable() throws Exception {
        var directory = Path.of("target", "benchmark-postgres").toAbsolutePath();
        FileSystemUtils.deleteRecursively(directory);
        Files.createDirectories(directory);
        try (var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("data"))
                .setCleanDataDirectory(true)
                // zonky starts postgres with -F (fsync off) and synchronous_commit=off; these come after on the
                // command line and win, which SHOW proves below
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB")
                .start()) {
            var admin = JdbcClient.create(postgres.getPostgresDatabase());
            for (var setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                var value = admin.sql("show " + setting).query(String.class).single();
                System.out.printf("BENCHMARK postgres %s = %s%n", setting, value);
                assertThat(value).as(setting).isEqualTo("on");
            }
            System.out.printf(
                    "BENCHMARK postgres %s, data in %s, %d cores, load average before: %s%n",
                    admin.sql("show server_version").query(String.class).single(),
                    directory,
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            for (var database : List.of("sunlight", "pgbench", "flowable")) {
                admin.sql("create database " + database).update();
            }

            try (var app = new SpringApplicationBuilder(Application.class, BenchmarkPrinting.class)
                            .web(WebApplicationType.NONE)
                            .properties(
                                    "spring.main.banner-mode=off",
                                    "spring.datasource.url=" + postgres.getJdbcUrl("postgres", "sunlight"),
                                    "spring.datasource.username=postgres",
                                    "spring.datasource.password=",
                                    "spring.datasource.hikari.maximum-pool-size=10",
                                    "sunlight.demo-data.mode=ALWAYS",
                                    "sunlight.evidence.upload-directory=" + directory.resolve("uploads"),
                                    "sunlight.evidence.store.local-directory=" + directory.resolve("blobs"),
                                    "logging.level.root=WARN")
                            .run();
                    var flowableDataSource = pool(postgres.getJdbcUrl("postgres", "flowable"));
                    var flowable = FlowablePenalty.start(flowableDataSource)) {
                var engine = new Engine(app);
                pgbench(postgres.getPort(), "-i", "-s", "8", "-q");
                for (int round = 1; round <= ROUNDS; round++) {
                    var pgbenchTps =
                            pgbench(postgres.getPort(), "-c", "8", "-j", "2", "-T", String.valueOf(SECONDS), "-n");
                    var atStart = new long[2];
                    var atEnd = new long[2];
                    var bookkeeping = new double[2][];
                    var ours = TransitionLoad.run(
                            "Sunlight",
                            CLIENTS,
                            WARM_UP,
                            SECONDS,
                            engine::runCase,
                            () -> {
                                System.arraycopy(engine.documents(), 0, atStart, 0, 2);
                                bookkeeping[0] = engine.bookkeeping();
                            },
                            () -> {
                                System.arraycopy(engine.documents(), 0, atEnd, 0, 2);
                                bookkeeping[1] = engine.bookkeeping();
                            });
                    engine.reportPrinting(ours, atStart, atEnd);
                    Engine.reportBookkeeping(ours, bookkeeping[0], bookkeeping[1]);
                    var theirs = TransitionLoad.run("Flowable", CLIENTS, WARM_UP, SECONDS, flowable::runCase);
                    // attribution only: the same acts with the documents' PDFs not printed (BenchmarkPrinting)
                    BenchmarkPrinting.printing(false);
                    TransitionLoad.Result unprinted;
                    try {
                        unprinted = TransitionLoad.run(
                                "Sunlight, documents not printed to PDF (attribution only)",
                                CLIENTS,
                                Math.min(WARM_UP, 15),
                                SECONDS,
                                engine::runCase);
                    } finally {
                        BenchmarkPrinting.printing(true);
                    }
                    report(round, pgbenchTps, ours, theirs, unprinted);
                    assertThat(ours.transitions()).isPositive();
                    assertThat(theirs.transitions()).isPositive();
                }
                engine.checkEveryCaseArchivedOrRunning();
                flowable.checkEveryCaseAudited();
                // a fast shutdown afterwards, within zonky's 5 s, also on a busy machine
                admin.sql("checkpoint").update();
            }
        }
    }

    private static void report(
            int round,
            double pgbench,
            TransitionLoad.Result ours,
            TransitionLoad.Result theirs,
            TransitionLoad.Result unprinted) {
        System.out.printf("BENCHMARK round %d, load average after: %s%n", round, loadAverage());
        System.out.printf("BENCHMARK pgbench -c 8 -j 2 -T %d (TPC-B): %.1f tps%n", SECONDS, pgbench);
        for (var result : List.of(ours, theirs, unprinted)) {
            System.out.printf(
                    "BENCHMARK %s: %,d transitions in %.1f s = %.1f transitions/s (%d whole cases), 8 clients%n%s",
                    result.name(),
                    result.transitions(),
                    result.seconds(),
                    result.perSecond(),
                    result.cases(),
                    result.breakdown());
        }
        System.out.printf(
                "BENCHMARK ratios: Sunlight / pgbench = %.2f (goal >= 0.50); Sunlight / Flowable = %.2f (goal >= 3)%n",
                ours.perSecond() / pgbench, ours.perSecond() / theirs.perSecond());
        System.out.printf(
                "BENCHMARK attribution: without printing PDFs Sunlight / pgbench = %.2f, Sunlight / Flowable = %.2f%n",
                unprinted.perSecond() / pgbench, unprinted.perSecond() / theirs.perSecond());
    }

    /** Runs pgbench against the benchmark's server and returns its tps, when it ran a test. */
    private static double pgbench(int port, String... arguments) throws IOException, InterruptedException {
        var command =
                new ArrayList<>(List.of(PGBENCH, "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres"));
        command.addAll(List.of(arguments));
        command.add("pgbench");
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        var tps = TPS.matcher(output);
        return tps.find() ? Double.parseDouble(tps.group(1)) : 0;
    }

    private static HikariDataSource pool(String url) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The product's engine, in-process, acting as the demo's Qufu staff. */
    static final class Engine {

        private final CaseManagement cases;
        private final LegalReviews reviews;
        private final Reviews submissions;
        private final JdbcClient db;
        private final Clock clock;
        private final MeterRegistry meters;
        private final StaffUser officer;
        private final StaffUser leader;
        private final java.util.Map<String, StaffUser> reviewers = new java.util.HashMap<>();
        private final List<UUID> officers;
        private final List<OpinionInput.Answer> agreeing;
        private final List<UUID> started = java.util.Collections.synchronizedList(new ArrayList<>());

        Engine(org.springframework.context.ApplicationContext app) {
            cases = app.getBean(CaseManagement.class);
            reviews = app.getBean(LegalReviews.class);
            submissions = app.getBean(Reviews.class);
            db = app.getBean(JdbcClient.class);
            clock = app.getBean(Clock.class);
            meters = app.getBean(MeterRegistry.class);
            var users = app.getBean(UserDetailsService.class);
            officer = (StaffUser) users.loadUserByUsername("qufu-officer");
            leader = (StaffUser) users.loadUserByUsername("qufu-leader");
            for (var name : List.of("qufu-reviewer", "qufu-reviewer2")) {
                reviewers.put(name, (StaffUser) users.loadUserByUsername(name));
            }
            officers = db.sql("select officer_id from organization.user_account where username in ('qufu-officer',"
                            + " 'qufu-officer2') order by username")
                    .query(UUID.class)
                    .list();
            agreeing = reviews.elements(officer.getUnitId()).stream()
                    .map(element -> new OpinionInput.Answer(element.code(), true, ""))
                    .toList();
        }

        /** One whole case, clue to archive: 14 transitions. */
        void runCase(int client, long number, TransitionLoad.Acts acts) throws Exception {
            var proposal = PROPOSALS.get((int) (number % PROPOSALS.size()));
            var party = proposal[0] == PartyKind.INDIVIDUAL
                    ? new OpenCase.PartyInput(PartyKind.INDIVIDUAL, "孙某某", "11010519491231002X", "")
                    : new OpenCase.PartyInput(PartyKind.ORGANISATION, "曲阜市某某诊所", "91350100M000100Y43", "");
            var id = as(
                            officer,
                            () -> cases.open(
                                    officer,
                                    new OpenCase(
                                            ProcedureKind.GENERAL_PENALTY,
                                            "基准案件 " + client + "-" + number,
                                            "未取得医疗机构执业许可证擅自执业",
                                            List.of(party),
                                            officers,
                                            null)))
                    .id();
            started.add(id);
            act(acts, leader, id, CaseAction.FILE, ActionInput.none());
            act(acts, officer, id, CaseAction.BEGIN_INVESTIGATION, ActionInput.none());
            act(acts, officer, id, CaseAction.CONCLUDE_INVESTIGATION, ActionInput.none());
            act(
                    acts,
                    officer,
                    id,
                    CaseAction.PROPOSE,
                    new ActionInput(
                            null,
                            new Proposal(ProposalKind.FINE, new BigDecimal((String) proposal[1]), "罚款", false),
                            null,
                            null,
                            null,
                            false));
            act(acts, officer, id, CaseAction.SUBMIT_FOR_REVIEW, ActionInput.none());
            acts.act(CaseAction.REVIEW_AGREED.id(), () -> {
                var submission = submissions.latest(id).orElseThrow();
                var reviewer = reviewers.get(submission.reviewer());
                return as(
                        reviewer,
                        () -> reviews.writeOpinion(
                                reviewer,
                                submission.id(),
                                new OpinionInput(Verdict.AGREE, false, "经审核，事实清楚，证据充分，同意。", agreeing)));
            });
            act(acts, leader, id, CaseAction.DISCUSS_COLLECTIVELY, ActionInput.none());
            act(acts, officer, id, CaseAction.NOTIFY, ActionInput.none());
            act(acts, officer, id, CaseAction.CLOSE_STATEMENT, new ActionInput(null, null, null, null, null, true));
            act(acts, leader, id, CaseAction.DECIDE, ActionInput.none());
            // served by hand that day, the party signing the receipt (行政处罚法 第六十一条)
            act(
                    acts,
                    officer,
                    id,
                    CaseAction.SERVE,
                    new ActionInput(
                            null,
                            null,
                            "执法记录仪故障",
                            null,
                            null,
                            false,
                            LocalDate.now(clock),
                            ServiceMethod.DIRECT,
                            false));
            act(acts, officer, id, CaseAction.RECORD_PAYMENT, ActionInput.none());
            act(acts, leader, id, CaseAction.CLOSE, ActionInput.none());
            act(acts, officer, id, CaseAction.ARCHIVE, ActionInput.none());
        }

        private void act(TransitionLoad.Acts acts, StaffUser user, UUID id, CaseAction action, ActionInput input)
                throws Exception {
            // the clients do not show the case after an act: CaseManagement.act, not perform (which also returns the
            // whole CaseView, as the API and the console do)
            acts.act(action.id(), () -> as(user, () -> cases.act(user, id, action, input)));
        }

        /**
         * What supervision's bookkeeping of the case events ({@code supervision.CaseRecords}, timed in the act's
         * transaction) has taken so far: milliseconds in all, and the acts it kept.
         */
        double[] bookkeeping() {
            var timers = meters.find("sunlight.supervision.case-records").timers();
            var millis = timers.stream()
                    .mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS))
                    .sum();
            var acts = timers.stream()
                    .filter(timer -> "acted".equals(timer.getId().getTag("event")))
                    .mapToLong(Timer::count)
                    .sum();
            return new double[] {millis, acts};
        }

        /** Issue 17: live scoring's facts add under 5 ms to an act. */
        static void reportBookkeeping(TransitionLoad.Result window, double[] atStart, double[] atEnd) {
            var acts = atEnd[1] - atStart[1];
            var millis = atEnd[0] - atStart[0];
            System.out.printf(
                    "BENCHMARK Sunlight, supervision's bookkeeping in the acts' transactions: %.0f acts, %.2f ms an act"
                            + " (goal < 5 ms), %.1f %% of the acts' %.1f ms mean%n",
                    acts, millis / acts, 100 * millis / (window.meanMillis() * acts), window.meanMillis());
        }

        /** Documents issued so far, and how many of them have their PDF printed and stored. */
        long[] documents() {
            return db.sql(
                            """
                            select count(*), count(p.document_id) from records.document d
                            left join records.document_pdf p on p.document_id = d.id
                            """)
                    .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
        }

        /**
         * The PDFs are printed after the acts commit: how many the window issued and printed, and how long the printer
         * then took to print what was left, which the next window waits for.
         */
        void reportPrinting(TransitionLoad.Result window, long[] atStart, long[] atEnd) throws InterruptedException {
            var issued = atEnd[0] - atStart[0];
            var printed = atEnd[1] - atStart[1];
            var waiting = atEnd[0] - atEnd[1];
            var drainStart = System.nanoTime();
            long[] now;
            while ((now = documents())[0] > now[1]) {
                Thread.sleep(500);
            }
            var drained = (System.nanoTime() - drainStart) / 1e9;
            var issuedPerSecond = issued / window.seconds();
            var printedPerSecond = printed / window.seconds();
            System.out.printf(
                    "BENCHMARK Sunlight printing: the window issued %d documents (%.1f/s) and printed %d PDFs (%.1f/s);"
                            + " %d waited for the printer at its end, printed in the next %.1f s%n",
                    issued, issuedPerSecond, printed, printedPerSecond, waiting, drained);
            System.out.printf(
                    "BENCHMARK Sunlight, every PDF of the window printed too: %.1f transitions/s (the window's transitions"
                            + " over the window and the time its printing ran on)%n",
                    window.transitions() / (window.seconds() + drained));
        }

        /** Every case a client finished is archived with its 14 acts and one audit entry per act. */
        void checkEveryCaseArchivedOrRunning() {
            var archived = db.sql("select count(*) from cases.enforcement_case where stage = 'archived'")
                    .query(Long.class)
                    .single();
            var acts = db.sql(
                            """
                            select count(*) from cases.case_act a join cases.enforcement_case c on c.id = a.case_id
                            where c.stage = 'archived'
                            """)
                    .query(Long.class)
                    .single();
            var audited = db.sql(
                            """
                            select count(*) from audit.entry e join cases.enforcement_case c on c.id = e.case_id
                            where c.stage = 'archived' and e.kind = 'CASE_ACT'
                            """)
                    .query(Long.class)
                    .single();
            System.out.printf(
                    "BENCHMARK Sunlight: %d cases opened, %d archived with %d acts and %d audit entries%n",
                    started.size(), archived, acts, audited);
            assertThat(acts).isEqualTo(archived * 14);
            assertThat(audited).isEqualTo(acts);
        }

        private static <T> T as(StaffUser user, Supplier<T> work) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
            try {
                return work.get();
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
