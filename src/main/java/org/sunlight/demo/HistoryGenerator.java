package org.sunlight.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.sunlight.cases.ActionInput;
import org.sunlight.cases.CaseManagement;
import org.sunlight.cases.CreditCode;
import org.sunlight.cases.IdNumber;
import org.sunlight.cases.OpenCase;
import org.sunlight.cases.PartyKind;
import org.sunlight.cases.ProcedureKind;
import org.sunlight.disclosure.DemoDisclosures;
import org.sunlight.evidence.Evidence;
import org.sunlight.evidence.StartUpload;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.organization.Organization;
import org.sunlight.organization.StaffUser;
import org.sunlight.organization.Unit;
import org.sunlight.platform.Backdating;
import org.sunlight.platform.PageQuery;
import org.sunlight.review.DemoReviews;

/**
 * Generates the demo counties' year of history through the product's own engine: every case is opened and acted on by
 * the demo accounts through {@link CaseManagement}, reviewed through the review module, its recordings uploaded
 * through {@link Evidence}, its result published through the disclosure pipeline; each act runs {@link Backdating
 * backdated} to its day. All the cases' acts run in the order of their days, so that document numbers, the audit log
 * and the yearly report see the year as it happened. A case whose next act would fall after now stays where it stands:
 * the open work of today.
 */
@Component
class HistoryGenerator {

    private static final Logger log = LoggerFactory.getLogger(HistoryGenerator.class);

    /** The demo counties: 曲阜 (with reviewers) and 邹城 (none, on purpose: its cases stay below the review's scope). */
    private static final List<String> COUNTIES = List.of("370881", "370883");

    private final Organization organization;
    private final UserDetailsService users;
    private final CaseManagement cases;
    private final DemoReviews reviews;
    private final DemoDisclosures disclosures;
    private final Evidence evidence;
    private final ObjectMapper json;
    private final Clock clock;
    private final DemoHistoryProperties properties;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<String, StaffUser> staff = new HashMap<>();

    HistoryGenerator(
            Organization organization,
            UserDetailsService users,
            CaseManagement cases,
            DemoReviews reviews,
            DemoDisclosures disclosures,
            Evidence evidence,
            ObjectMapper json,
            Clock clock,
            DemoHistoryProperties properties) {
        this.organization = organization;
        this.users = users;
        this.cases = cases;
        this.reviews = reviews;
        this.disclosures = disclosures;
        this.evidence = evidence;
        this.json = json;
        this.clock = clock;
        this.properties = properties;
    }

    /** Asks a running generation to stop after the act it is taking. */
    void stop() {
        stopping.set(true);
    }

    /** What a generation did. */
    record Outcome(int cases, int acts, int refused, Duration took) {}

    /** Generates the history, unless a demo county already has cases (the history is made once, on the first start). */
    Optional<Outcome> generate() {
        var started = System.nanoTime();
        var counties = new ArrayList<County>();
        for (var code : COUNTIES) {
            organization.unitByDivisionCode(code).ifPresent(unit -> counties.add(county(unit)));
        }
        if (counties.isEmpty()) {
            return Optional.empty();
        }
        for (var county : counties) {
            if (cases.list(user(county.leader()), new PageQuery(0, 1)).totalElements() > 0) {
                log.info("演示数据：{} 已有案件，不再生成一年的历史", county.unit().name());
                return Optional.empty();
            }
        }
        var random = new Random(20260101L);
        var zone = clock.getZone();
        var today = LocalDate.now(clock);
        // today's open work first, so that each role finds it at once; then the year in the order of its days
        var queue = new PriorityQueue<Run>(Comparator.comparing((Run run) -> !run.today)
                .thenComparing(run -> run.next)
                .thenComparing(run -> run.seq));
        long seq = 0;
        for (var county : counties) {
            var runs = new ArrayList<Run>();
            int n = properties.casesPerCounty();
            for (int i = 0; i < n; i++) {
                var start = today.minusDays(1 + random.nextInt(Math.max(1, properties.days() - 1)));
                var kind = kindOf(i, county);
                var run = new Run(county, kind, seq++, random.nextLong());
                run.steps.addAll(script(run));
                run.schedule(start, zone);
                runs.add(run);
            }
            // seizures (查封、扣押, 行政强制法): a few a county — decided after the legal review and released when no longer
            // needed (第十八条、第二十八条) where the county has reviewers; taken on the spot in an emergency, reported
            // within 24 hours and released by the leader (第十九条) everywhere
            // (begun at least 40 days ago, so that each is released by today: the longest takes about 27 days)
            for (int i = 0; i < Math.max(2, n / 40); i++) {
                var start = today.minusDays(
                        Math.min(40, properties.days()) + random.nextInt(Math.max(1, properties.days() - 40)));
                var kind = county.reviewed() && i % 2 == 0 ? Kind.SEIZURE : Kind.EMERGENCY_SEIZURE;
                var run = new Run(county, kind, seq++, random.nextLong());
                run.steps.addAll(script(run));
                run.schedule(start, zone);
                runs.add(run);
            }
            // a result corrected and a result taken down, on the county's earliest general cases
            var older = runs.stream()
                    .filter(run -> run.kind == Kind.GENERAL)
                    .sorted(Comparator.comparing((Run run) -> run.firstDay))
                    .limit(2)
                    .toList();
            for (int i = 0; i < older.size(); i++) {
                older.get(i).steps.add(i == 0 ? correction() : withdrawal());
            }
            // today's open work of each demo role
            int minute = 0;
            for (var kind :
                    List.of(Kind.AWAITING_FILING, Kind.INVESTIGATING, Kind.IN_REVIEW, Kind.AWAITING_DISCLOSURE)) {
                if (kind == Kind.IN_REVIEW && !county.reviewed()) {
                    continue;
                }
                var run = new Run(county, kind, seq++, random.nextLong());
                run.steps.addAll(script(run));
                run.scheduleToday(Instant.now().minus(Duration.ofMinutes(80 - minute)), zone);
                minute += 15;
                runs.add(run);
            }
            // the yearly report of last year, published in early January
            var report = new Run(county, Kind.YEARLY_REPORT, seq++, 0);
            report.steps.add(new Step(0, (r, day) -> {
                if (!disclosures.publishYearlyReport(user(county.admin()), day.getYear() - 1)) {
                    throw new IllegalStateException(
                            "the yearly report of " + (day.getYear() - 1) + " was not published");
                }
            }));
            var january = LocalDate.of(today.getYear(), 1, 9)
                    .atTime(10, 0)
                    .atZone(zone)
                    .toInstant();
            var latest = Instant.now().minus(Duration.ofMinutes(100));
            report.next = january.isBefore(latest) ? january : latest;
            runs.add(report);
            queue.addAll(runs);
        }
        int total = (int)
                queue.stream().filter(run -> run.kind != Kind.YEARLY_REPORT).count();
        int done = 0;
        int acts = 0;
        int refused = 0;
        int reported = 0;
        log.info("演示数据：开始在后台生成 {} 件案件（{} 天的历史）", total, properties.days());
        var cutOff = Instant.now().minus(Duration.ofMinutes(1));
        while (!queue.isEmpty() && !stopping.get()) {
            var run = queue.poll();
            var step = run.steps.get(run.index);
            boolean ended;
            if (run.next.isAfter(cutOff)) {
                ended = true;
            } else {
                var day = LocalDate.ofInstant(run.next, zone);
                try {
                    Backdating.run(run.next, () -> step.work().run(run, day));
                    acts++;
                    run.index++;
                    ended = run.index >= run.steps.size();
                } catch (RuntimeException refusal) {
                    refused++;
                    ended = true;
                    log.warn("演示数据：{} 的第 {} 步未能完成（{}）：{}", run.kind, run.index + 1, run.caseId, refusal.toString());
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
            if (ended) {
                if (run.kind != Kind.YEARLY_REPORT) {
                    done++;
                    if (done * 10 / total > reported) {
                        reported = done * 10 / total;
                        log.info("演示数据：已生成 {}/{} 件案件", done, total);
                    }
                }
            } else {
                run.reschedule(zone);
                queue.add(run);
            }
        }
        var outcome = new Outcome(done, acts, refused, Duration.ofNanos(System.nanoTime() - started));
        log.info(
                stopping.get()
                        ? "演示数据：产品停止，生成中断（以后的启动不再续生成），已生成 {} 件案件、{} 个执法行为（{} 个未能完成），用时 {} 秒"
                        : "演示数据：生成完毕，{} 件案件、{} 个执法行为（{} 个未能完成），用时 {} 秒",
                outcome.cases(),
                outcome.acts(),
                outcome.refused(),
                outcome.took().toSeconds());
        return Optional.of(outcome);
    }

    // ---------------------------------------------------------------- the counties and their people

    /**
     * A demo county: its unit, its accounts, and the officers who may act on cases all year, in penalty matters and in
     * licensing matters (certificates valid on the first day of the history and today).
     */
    private record County(
            Unit unit,
            String prefix,
            String place,
            boolean reviewed,
            UUID lead,
            List<UUID> companions,
            List<UUID> licensingCompanions) {
        String officer() {
            return prefix + "-officer";
        }

        String leader() {
            return prefix + "-leader";
        }

        String admin() {
            return prefix + "-admin";
        }
    }

    private County county(Unit unit) {
        var prefix = unit.divisionCode().equals("370881") ? "qufu" : "zoucheng";
        var place = unit.divisionCode().equals("370881") ? "曲阜市" : "邹城市";
        var lead = user(prefix + "-officer").getOfficerId();
        var today = LocalDate.now(clock);
        var first = today.minusDays(properties.days());
        var companions = companions(unit, lead, EnforcementCategory.PENALTY, first, today);
        var licensing = companions(unit, lead, EnforcementCategory.LICENSING, first, today);
        return new County(
                unit,
                prefix,
                place,
                !organization
                        .staffWithRole(unit.id(), org.sunlight.organization.Role.REVIEWER)
                        .isEmpty(),
                lead,
                companions,
                licensing.isEmpty() ? companions : licensing);
    }

    private List<UUID> companions(
            Unit unit, UUID lead, EnforcementCategory category, LocalDate first, LocalDate today) {
        var found = organization.actingOfficers(unit.id()).stream()
                .map(officer -> officer.id())
                .filter(id -> !id.equals(lead))
                .filter(id -> mayActAllYear(id, category, first, today))
                .toList();
        if (found.isEmpty() && category == EnforcementCategory.PENALTY) {
            throw new IllegalStateException("no officer of " + unit.name() + " may act all year");
        }
        return found;
    }

    private boolean mayActAllYear(UUID officerId, EnforcementCategory category, LocalDate first, LocalDate today) {
        return organization.checkCertificate(officerId, first, category).mayAct()
                && organization.checkCertificate(officerId, today, category).mayAct();
    }

    private StaffUser user(String username) {
        return staff.computeIfAbsent(username, name -> (StaffUser) users.loadUserByUsername(name));
    }

    /** The staff member acts: the security context of this thread is theirs while the act runs. */
    private StaffUser as(String username) {
        var user = user(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    // ---------------------------------------------------------------- the cases and their scripts

    enum Kind {
        SIMPLE,
        GENERAL,
        MAJOR,
        LICENSING,
        /** A seizure proposed, reviewed, decided by the leader and released (行政强制法 第十八条、第二十八条). */
        SEIZURE,
        /** A seizure on the spot in an emergency, reported within 24 hours, released by the leader (第十九条). */
        EMERGENCY_SEIZURE,
        AWAITING_FILING,
        INVESTIGATING,
        IN_REVIEW,
        AWAITING_DISCLOSURE,
        YEARLY_REPORT
    }

    /** The mix of a county's cases: on-the-spot decisions, general penalties (some major), licences. */
    private static Kind kindOf(int i, County county) {
        return switch (i % 20) {
            case 0, 3, 6, 9, 12, 15, 18 -> Kind.SIMPLE;
            case 1, 4, 7, 10, 13, 16, 19 -> Kind.GENERAL;
            case 2, 11 -> county.reviewed() ? Kind.MAJOR : Kind.GENERAL;
            default -> Kind.LICENSING;
        };
    }

    /** One act of a case, some days after the one before. */
    private record Step(int gapDays, Work work) {}

    @FunctionalInterface
    private interface Work {
        void run(Run run, LocalDate day);
    }

    /** A case being generated: its script, the act it is at and when that act happens. */
    private static final class Run {
        final County county;
        final Kind kind;
        final long seq;
        final Random random;
        final List<Step> steps = new ArrayList<>();
        final Offence offence;
        final Party party;
        int index;
        Instant next;
        LocalDate firstDay;
        LocalDate lastDay;
        UUID caseId;
        UUID entryId;
        LocalDate decidedOn;
        /** Today's open work: its acts a minute apart, all before now. */
        boolean today;
        /** 行政处罚法 第五十一条: at most 200 yuan on a citizen, 3,000 on an organisation; told and decided alike. */
        final int onTheSpotFine;

        Run(County county, Kind kind, long seq, long seed) {
            this.county = county;
            this.kind = kind;
            this.seq = seq;
            this.random = new Random(seed);
            this.offence = switch (kind) {
                case LICENSING -> LICENCES.get(random.nextInt(LICENCES.size()));
                case SEIZURE, EMERGENCY_SEIZURE -> SEIZURES.get(random.nextInt(SEIZURES.size()));
                case SIMPLE, AWAITING_DISCLOSURE -> MINOR_OFFENCES.get(random.nextInt(MINOR_OFFENCES.size()));
                default -> OFFENCES.get(random.nextInt(OFFENCES.size()));
            };
            this.party = Party.of(county, offence, random);
            this.onTheSpotFine =
                    party.kind() == PartyKind.INDIVIDUAL ? 50 + 50 * random.nextInt(4) : 500 + 500 * random.nextInt(4);
        }

        /** The first act on the day, at a working hour; the next ones follow. */
        void schedule(LocalDate start, ZoneId zone) {
            firstDay = workingDay(start);
            lastDay = firstDay;
            next = firstDay.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(300)))
                    .atZone(zone)
                    .toInstant();
        }

        /** Today's open work: every act at the moment, a few minutes apart. */
        void scheduleToday(Instant at, ZoneId zone) {
            next = at;
            firstDay = LocalDate.ofInstant(at, zone);
            lastDay = firstDay;
            today = true;
            steps.replaceAll(step -> new Step(0, step.work()));
        }

        /** The moment of the act at {@link #index}: its gap in working days after the one before, later that day. */
        void reschedule(ZoneId zone) {
            int gap = steps.get(index).gapDays();
            if (gap == 0) {
                next = next.plus(Duration.ofMinutes(today ? 1 : 3 + random.nextInt(40)));
                return;
            }
            var day = lastDay;
            for (int i = 0; i < gap; i++) {
                day = workingDay(day.plusDays(1));
            }
            lastDay = day;
            next = day.atTime(LocalTime.of(9, 0).plusMinutes(random.nextInt(420)))
                    .atZone(zone)
                    .toInstant();
        }

        private static LocalDate workingDay(LocalDate day) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            return day;
        }
    }

    private List<Step> script(Run run) {
        var steps = new ArrayList<Step>();
        switch (run.kind) {
            case SIMPLE -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.SIMPLE_PENALTY)));
                steps.add(
                        new Step(0, (r, day) -> act(r, r.county.officer(), "inform-on-the-spot", onTheSpot(r, true))));
                steps.add(new Step(0, (r, day) -> {
                    act(r, r.county.officer(), "decide-on-the-spot", onTheSpot(r, false));
                    r.decidedOn = day;
                }));
                steps.add(new Step(2, this::publish));
                steps.add(new Step(3, (r, day) -> act(r, r.county.officer(), "record-payment", "{}")));
                steps.add(new Step(1, (r, day) -> act(r, r.county.officer(), "report-for-record", "{}")));
                steps.add(new Step(5, (r, day) -> act(r, r.county.officer(), "archive", "{}")));
            }
            case GENERAL, MAJOR -> {
                investigation(steps);
                boolean major = run.kind == Kind.MAJOR;
                steps.add(new Step(4, (r, day) -> act(r, r.county.officer(), "propose", proposal(r, major))));
                if (major) {
                    steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "submit-for-review", "{}")));
                    if (run.random.nextInt(3) == 0) {
                        // returned once: the reviewer finds a problem, the officers propose again and resubmit
                        steps.add(new Step(3, (r, day) -> review(r, "证据链不完整，缺少当事人营业执照复印件")));
                        steps.add(new Step(2, (r, day) -> act(r, r.county.officer(), "propose", proposal(r, true))));
                        steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "submit-for-review", "{}")));
                    }
                    steps.add(new Step(3, (r, day) -> review(r, null)));
                    steps.add(new Step(2, (r, day) -> act(r, r.county.leader(), "discuss-collectively", "{}")));
                }
                steps.add(new Step(1, (r, day) -> act(r, r.county.officer(), "notify", "{}")));
                steps.add(new Step(2, (r, day) -> act(r, r.county.officer(), "close-statement", "{\"waived\":true}")));
                steps.add(new Step(2, (r, day) -> {
                    act(r, r.county.leader(), "decide", "{}");
                    r.decidedOn = day;
                }));
                steps.add(new Step(1, (r, day) -> recorded(r, "serve", day, service(day))));
                steps.add(new Step(2, this::publish));
                steps.add(new Step(6, (r, day) -> act(r, r.county.officer(), "record-payment", "{}")));
                steps.add(new Step(2, (r, day) -> act(r, r.county.leader(), "close", "{}")));
                steps.add(new Step(3, (r, day) -> act(r, r.county.officer(), "archive", "{}")));
            }
            case LICENSING -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.LICENSING)));
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "receive", "{}")));
                steps.add(new Step(2, (r, day) -> act(r, r.county.officer(), "accept", "{}")));
                steps.add(
                        new Step(
                                5,
                                (r, day) -> act(
                                        r,
                                        r.county.officer(),
                                        "propose",
                                        "{\"proposal\":{\"kind\":\"LICENCE_GRANT\",\"text\":\"经审查，申请材料齐全，现场核查符合卫生要求，拟准予许可\",\"major\":false}}")));
                steps.add(new Step(2, (r, day) -> {
                    act(r, r.county.leader(), "grant-licence", "{}");
                    r.decidedOn = day;
                }));
                steps.add(new Step(1, (r, day) -> recorded(r, "serve", day, service(day))));
                steps.add(new Step(2, this::publish));
                steps.add(new Step(5, (r, day) -> act(r, r.county.officer(), "archive", "{}")));
            }
            case SEIZURE -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.COERCION)));
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "propose", seizure(r))));
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "submit-for-review", "{}")));
                steps.add(new Step(1, (r, day) -> review(r, null)));
                steps.add(new Step(1, (r, day) -> recorded(r, r.county.leader(), "seize", day, "{}")));
                steps.add(new Step(8 + run.random.nextInt(10), (r, day) -> released(r, day, "经检验，涉案物品符合标准，不再需要扣押")));
            }
            case EMERGENCY_SEIZURE -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.COERCION)));
                steps.add(new Step(0, (r, day) -> {
                    upload(r, "seize-on-the-spot", day);
                    var proposal = seizure(r);
                    act(
                            r,
                            r.county.officer(),
                            "seize-on-the-spot",
                            "{\"reason\":\"现场发现" + r.offence.finding() + "，不立即扣押将继续危害公众健康\",\"companionId\":\""
                                    + companion(r) + "\"," + proposal.substring(1));
                }));
                steps.add(new Step(
                        0, (r, day) -> act(r, r.county.officer(), "report-to-leader", "{\"note\":\"已电话报告并提交书面报告\"}")));
                steps.add(new Step(1, (r, day) -> released(r, day, "经负责人审查，不应当采取行政强制措施，立即解除")));
            }
            case AWAITING_FILING -> steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.GENERAL_PENALTY)));
            case INVESTIGATING -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.GENERAL_PENALTY)));
                steps.add(new Step(0, (r, day) -> act(r, r.county.leader(), "file", "{}")));
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "begin-investigation", "{}")));
            }
            case IN_REVIEW -> {
                investigation(steps);
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "propose", proposal(r, true))));
                steps.add(new Step(0, (r, day) -> act(r, r.county.officer(), "submit-for-review", "{}")));
            }
            case AWAITING_DISCLOSURE -> {
                steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.SIMPLE_PENALTY)));
                steps.add(
                        new Step(0, (r, day) -> act(r, r.county.officer(), "inform-on-the-spot", onTheSpot(r, true))));
                steps.add(
                        new Step(0, (r, day) -> act(r, r.county.officer(), "decide-on-the-spot", onTheSpot(r, false))));
            }
            case YEARLY_REPORT -> {}
        }
        return steps;
    }

    /** A general case from the clue to the end of its investigation, with the site inspection and the inquiry. */
    private void investigation(List<Step> steps) {
        steps.add(new Step(0, (r, day) -> open(r, ProcedureKind.GENERAL_PENALTY)));
        steps.add(new Step(1, (r, day) -> act(r, r.county.leader(), "file", "{}")));
        steps.add(new Step(1, (r, day) -> act(r, r.county.officer(), "begin-investigation", "{}")));
        steps.add(new Step(
                0, (r, day) -> recorded(r, "inspect-site", day, "{\"note\":\"现场检查发现：" + r.offence.finding() + "\"}")));
        steps.add(new Step(2, (r, day) -> recorded(r, "inquire", day, "{}")));
        steps.add(new Step(3, (r, day) -> act(r, r.county.officer(), "conclude-investigation", "{}")));
    }

    private Step correction() {
        return new Step(20, (r, day) -> {
            var admin = as(r.county.admin());
            var text = disclosures.originalText(admin, r.entryId);
            disclosures.correct(admin, r.entryId, text + "（更正：违法行为发生地点以处罚决定书载明为准。）", "原公示内容中违法行为发生地点表述不准确");
        });
    }

    private Step withdrawal() {
        return new Step(25, (r, day) -> disclosures.revokeAndWithdraw(as(r.county.admin()), r.entryId, day));
    }

    // ---------------------------------------------------------------- the acts

    private void open(Run run, ProcedureKind procedure) {
        var officer = as(run.county.officer());
        var companion = run.county
                .companions()
                .get(run.random.nextInt(run.county.companions().size()));
        var party = run.party;
        var view = cases.open(
                officer,
                new OpenCase(
                        procedure,
                        party.name() + run.offence.title(),
                        procedure == ProcedureKind.LICENSING
                                ? "当事人提交申请"
                                : SOURCES.get(run.random.nextInt(SOURCES.size())),
                        List.of(new OpenCase.PartyInput(party.kind(), party.name(), party.identity(), party.address())),
                        List.of(run.county.lead(), companion)));
        run.caseId = view.id();
    }

    private void act(Run run, String username, String action, String body) {
        try {
            cases.perform(as(username), run.caseId, action, json.readValue(body, ActionInput.class));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A step that the recording requirements may want on audio or video (执法全过程记录): most of the time the officer
     * uploads a short recording first; sometimes the recorder failed and the reason is written instead.
     */
    private void recorded(Run run, String action, LocalDate day, String body) {
        recorded(run, run.county.officer(), action, day, body);
    }

    /** As {@link #recorded(Run, String, LocalDate, String)}, the act taken by the staff member named (a leader's). */
    private void recorded(Run run, String username, String action, LocalDate day, String body) {
        if (run.random.nextInt(8) == 0) {
            var withReason = body.equals("{}")
                    ? "{\"reason\":\"执法记录仪电量耗尽，未能录制\"}"
                    : body.substring(0, body.length() - 1) + ",\"reason\":\"执法记录仪电量耗尽，未能录制\"}";
            act(run, username, action, withReason);
            return;
        }
        upload(run, action, day);
        act(run, username, action, body);
    }

    /** The officer uploads a short recording of the step first (执法全过程记录). */
    private void upload(Run run, String action, LocalDate day) {
        var officer = as(run.county.officer());
        var bytes = recording(run.random);
        var upload = evidence.start(
                officer,
                run.caseId,
                new StartUpload(
                        action + "-" + day + ".wav",
                        (long) bytes.length,
                        action,
                        clock.instant().toString(),
                        null));
        evidence.append(officer, upload.id(), 0, bytes.length, new ByteArrayInputStream(bytes));
    }

    /** 行政强制法 第二十八条: the leader releases the seizure with its ground; the goods go back to the party that day. */
    private void released(Run run, LocalDate day, String reason) {
        act(run, run.county.leader(), "release", "{\"reason\":\"" + reason + "\",\"returnedOn\":\"" + day + "\"}");
    }

    private static String seizure(Run run) {
        return "{\"proposal\":{\"kind\":\"SEIZURE\",\"text\":\"" + run.offence.proposal() + "\",\"major\":false}}";
    }

    /** The case's other officer: the companion who acts with the lead officer. */
    private UUID companion(Run run) {
        return cases.view(user(run.county.officer()), run.caseId).officerIds().stream()
                .filter(id -> !id.equals(run.county.lead()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the case has one officer"));
    }

    private void review(Run run, String problem) {
        if (reviews.answer(run.caseId, problem, this::user).isEmpty()) {
            throw new IllegalStateException("no review waits for an opinion");
        }
    }

    /** The party told on the day of the decision, the result published. */
    private void publish(Run run, LocalDate day) {
        var entry = disclosures
                .pendingEntry(run.caseId)
                .orElseThrow(() -> new IllegalStateException("the decision made no disclosure entry"));
        disclosures.publish(as(run.county.admin()), entry, run.decidedOn, "决定书中载明将依法公示");
        run.entryId = entry;
    }

    private static String service(LocalDate day) {
        return "{\"serviceMethod\":\"DIRECT\",\"receivedOn\":\"" + day + "\"}";
    }

    private static String proposal(Run run, boolean major) {
        int fine = major
                ? 60000 + 10000 * run.random.nextInt(10)
                : run.offence.fineFrom()
                        + 500
                                * run.random.nextInt(
                                        Math.max(1, (run.offence.fineTo() - run.offence.fineFrom()) / 500 + 1));
        return "{\"proposal\":{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"" + run.offence.proposal()
                + "\",\"major\":" + major + "}}";
    }

    private String onTheSpot(Run run, boolean inform) {
        var proposal = "{\"kind\":\"FINE\",\"fine\":" + run.onTheSpotFine + ",\"text\":\"当场处以罚款\"}";
        var companion = run.county.companions().get(0);
        try {
            var view = cases.view(user(run.county.officer()), run.caseId);
            companion = view.officerIds().stream()
                    .filter(id -> !id.equals(run.county.lead()))
                    .findFirst()
                    .orElse(companion);
        } catch (RuntimeException ignored) {
            // the case's own companion when it can be read; otherwise the first who may act all year
        }
        return "{\"proposal\":" + proposal + ",\"companionId\":\"" + companion + "\",\"note\":\""
                + (inform ? "已告知违法事实、处罚理由和依据，当事人陈述：无异议" : "现场查见，当场处罚") + "\"}";
    }

    /** A short recording made in-process: a WAV file of a second of a quiet tone, 8 kHz, 8 bit, mono (about 8 KB). */
    static byte[] recording(Random random) {
        int rate = 8000;
        int samples = rate;
        var out = new ByteArrayOutputStream(44 + samples);
        writeAscii(out, "RIFF");
        writeInt(out, 36 + samples);
        writeAscii(out, "WAVE");
        writeAscii(out, "fmt ");
        writeInt(out, 16);
        writeShort(out, 1);
        writeShort(out, 1);
        writeInt(out, rate);
        writeInt(out, rate);
        writeShort(out, 1);
        writeShort(out, 8);
        writeAscii(out, "data");
        writeInt(out, samples);
        double hertz = 300 + random.nextInt(400);
        for (int i = 0; i < samples; i++) {
            out.write(128 + (int) (20 * Math.sin(2 * Math.PI * hertz * i / rate)));
        }
        return out.toByteArray();
    }

    private static void writeAscii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
        out.write(value >> 16);
        out.write(value >> 24);
    }

    private static void writeShort(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >> 8);
    }

    // ---------------------------------------------------------------- what the cases are about

    /** An offence (or, for a licence, an application): the title after the party's name, and the fines it draws. */
    private record Offence(
            String title, String finding, String proposal, int fineFrom, int fineTo, boolean person, String business) {}

    private static final List<Offence> OFFENCES = List.of(
            new Offence(
                    "未取得《医疗机构执业许可证》擅自执业",
                    "未取得执业许可证开展诊疗活动",
                    "拟依据《基本医疗卫生与健康促进法》第九十九条处以罚款",
                    5000,
                    20000,
                    false,
                    "诊所|中医诊所|口腔诊所"),
            new Offence(
                    "使用非卫生技术人员从事医疗卫生技术工作",
                    "一名无执业资格人员从事护理工作",
                    "拟依据《医疗机构管理条例》第四十七条处以罚款",
                    3000,
                    10000,
                    false,
                    "诊所|口腔门诊部|医院"),
            new Offence(
                    "供应的生活饮用水不符合国家卫生标准",
                    "出厂水浑浊度超过标准限值",
                    "拟依据《生活饮用水卫生监督管理办法》第二十六条处以罚款",
                    2000,
                    15000,
                    false,
                    "水务有限公司|供水站"),
            new Offence(
                    "未取得公共场所卫生许可证擅自营业",
                    "营业场所内未悬挂卫生许可证",
                    "拟依据《公共场所卫生管理条例实施细则》第三十五条处以罚款",
                    1000,
                    8000,
                    false,
                    "宾馆|美容美发店|洗浴中心|足疗店"),
            new Offence(
                    "游泳场所水质不符合卫生标准", "泳池水游离性余氯低于标准限值", "拟依据《公共场所卫生管理条例实施细则》第三十六条处以罚款", 1000, 10000, false, "游泳馆|健身会所"),
            new Offence(
                    "未按规定对职业病危害因素进行检测",
                    "未提供年度职业病危害因素检测报告",
                    "拟依据《职业病防治法》第七十二条处以罚款",
                    5000,
                    20000,
                    false,
                    "机械制造有限公司|建材有限公司|化工有限公司"),
            new Offence(
                    "消毒产品无生产企业卫生许可证", "产品标签未标注卫生许可证号", "拟依据《消毒管理办法》第四十七条处以罚款", 2000, 15000, false, "消毒用品有限公司|卫生用品厂"),
            new Offence("医疗废物未按规定分类收集", "医疗废物与生活垃圾混放", "拟依据《医疗废物管理条例》第四十六条处以罚款", 3000, 15000, false, "诊所|口腔门诊部|医院"));

    private static final List<Offence> MINOR_OFFENCES = List.of(
            new Offence("从业人员未取得有效健康合格证明上岗", "两名从业人员未能出示健康合格证明", "", 0, 0, false, "宾馆|美容美发店|酒店|足疗店"),
            new Offence("未按规定公示公共场所卫生信息", "未在醒目位置公示卫生检测结果", "", 0, 0, false, "宾馆|洗浴中心|美容美发店"),
            new Offence("公共用品用具未按规定清洗消毒", "客用茶具未见消毒记录", "", 0, 0, false, "酒店|宾馆|茶楼"),
            new Offence("在禁止吸烟场所吸烟", "在室内公共场所吸烟，经劝阻不改正", "", 0, 0, true, ""),
            new Offence("个人未取得健康证明从事公共场所服务", "未能出示健康合格证明", "", 0, 0, true, ""));

    /** What a seizure is about: the finding on the site and what is seized (行政强制法 第九条第二项、第三项). */
    private static final List<Offence> SEIZURES = List.of(
            new Offence(
                    "涉嫌使用过期药品和一次性医疗器械", "诊疗场所存放并使用过期药品和一次性医疗器械", "扣押过期药品 12 盒、一次性注射器 3 箱", 0, 0, false, "诊所|口腔诊所|中医诊所"),
            new Offence("涉嫌生产不符合卫生标准的消毒产品", "成品库存放未经检验的消毒液", "查封消毒液成品 86 箱及灌装设备 1 台", 0, 0, false, "消毒用品有限公司|卫生用品厂"),
            new Offence("涉嫌供应不符合卫生标准的涉水产品", "净水设备的卫生许可批件已过期", "扣押净水设备 5 台", 0, 0, false, "水务有限公司|供水站"));

    private static final List<Offence> LICENCES = List.of(
            new Offence("申请公共场所卫生许可", "", "", 0, 0, false, "宾馆|美容美发店|游泳馆|酒店"),
            new Offence("申请集中式供水单位卫生许可", "", "", 0, 0, false, "水务有限公司|供水站"),
            new Offence("申请放射诊疗许可", "", "", 0, 0, false, "口腔门诊部|医院"));

    private static final List<String> SOURCES = List.of("群众举报", "日常监督检查发现", "12345 热线转办", "上级交办", "双随机抽查发现", "部门移送");

    /** A party: an organisation of the county with a credit code, or a citizen with an ID number, both checking. */
    private record Party(PartyKind kind, String name, String identity, String address) {

        /** 字号: the trade names the county's businesses go by. */
        private static final List<String> TRADE_NAMES = List.of(
                "康宁", "仁和", "惠民", "明德", "泰和", "鑫源", "华康", "天成", "圣源", "杏林", "永安", "同心", "福瑞", "金泉", "百信", "润泽", "嘉禾",
                "济生", "德馨", "安泰");

        private static final List<String> STREETS =
                List.of("鲁城街道", "书院街道", "时庄街道", "小雪街道", "陵城镇", "钢山街道", "千泉街道", "北宿镇");
        private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "孙", "周", "吴");
        private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

        static Party of(County county, Offence offence, Random random) {
            var street = STREETS.get(random.nextInt(STREETS.size()));
            if (offence.person()) {
                var name = SURNAMES.get(random.nextInt(SURNAMES.size())) + "某某";
                return new Party(PartyKind.INDIVIDUAL, name, idNumber(county, random), county.place() + street);
            }
            var kinds = offence.business().split("\\|");
            var name = county.place()
                    + TRADE_NAMES.get(random.nextInt(TRADE_NAMES.size()))
                    + kinds[random.nextInt(kinds.length)];
            return new Party(PartyKind.ORGANISATION, name, creditCode(county, random), county.place() + street);
        }

        /** A GB 32100-2015 code registered in the county: its check character found by the product's own check. */
        private static String creditCode(County county, Random random) {
            var body = new StringBuilder("92").append(county.unit().divisionCode());
            while (body.length() < 17) {
                body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            for (int i = 0; i < ALPHABET.length(); i++) {
                var code = body.toString() + ALPHABET.charAt(i);
                if (CreditCode.problem(code).isEmpty()) {
                    return code;
                }
            }
            throw new IllegalStateException("no check character for " + body);
        }

        /** A GB 11643 ID number of a citizen born in the county: its check character found by the product's check. */
        private static String idNumber(County county, Random random) {
            var birth = LocalDate.of(1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var body = county.unit().divisionCode()
                    + birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%03d", random.nextInt(1000));
            for (var check : "0123456789X".toCharArray()) {
                if (IdNumber.problem(body + check).isEmpty()) {
                    return body + check;
                }
            }
            throw new IllegalStateException("no check character for " + body);
        }
    }
}
