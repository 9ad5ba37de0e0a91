package org.sunlight.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.platform.DemoData;

/**
 * The demo commission: Shandong province, Jining city and two of its county-level cities, each with its commission
 * and its enforcement team, about thirty officers (some certificates expired, one revoked, one under annual review),
 * and one login per role at each level. Loaded once, into an empty database.
 */
@Component
@Order(10)
class DemoOrganization implements ApplicationRunner {

    static final String DEMO_PASSWORD = "Sunlight@2026";
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final DemoData demoData;
    private final Units units;
    private final EnforcementBodies bodies;
    private final Officers officers;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoOrganization(
            DemoData demoData,
            Units units,
            EnforcementBodies bodies,
            Officers officers,
            UserAccounts accounts,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock) {
        this.demoData = demoData;
        this.units = units;
        this.bodies = bodies;
        this.officers = officers;
        this.accounts = accounts;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData.enabled() || units.exists()) {
            return;
        }
        var hash = new HashPerAccount(passwords);
        transactions.executeWithoutResult(status -> load(hash));
        log.info("Loaded the demo organization; every demo account's password is {}", DEMO_PASSWORD);
    }

    private void load(HashPerAccount hash) {
        var today = LocalDate.now(clock);
        var province =
                new DemoUnit("山东省卫生健康委员会", "370000", UnitLevel.PROVINCE, null, "province", "山东省", "济南市历下区燕子山西路9号");
        var city = new DemoUnit("济宁市卫生健康委员会", "370800", UnitLevel.CITY, province, "city", "济宁市", "济宁市任城区红星中路30号");
        var qufu = new DemoUnit("曲阜市卫生健康局", "370881", UnitLevel.COUNTY, city, "qufu", "曲阜市", "曲阜市静轩东路12号");
        var zoucheng = new DemoUnit("邹城市卫生健康局", "370883", UnitLevel.COUNTY, city, "zoucheng", "邹城市", "邹城市太平东路1666号");

        for (var unit : List.of(province, city, qufu, zoucheng)) {
            unit.id = units.insert(unit.name, unit.code, unit.level, unit.parent == null ? null : unit.parent.id);
            unit.commission = bodies.insert(new EnforcementBody(
                    null,
                    unit.id,
                    unit.name,
                    "行政机关",
                    "财政全额拨款",
                    "行政编制",
                    BodyType.STATUTORY,
                    "负责" + unit.region + "卫生健康行政执法工作，依法实施行政许可、行政处罚、行政强制和行政检查。",
                    unit.leader(),
                    unit.address,
                    unit.phone("12320"),
                    true));
            unit.team = bodies.insert(new EnforcementBody(
                    null,
                    unit.id,
                    unit.region + (unit.level == UnitLevel.PROVINCE ? "卫生健康综合监督执法局" : "卫生健康综合监督执法大队"),
                    "参照公务员法管理事业单位",
                    "财政全额拨款",
                    unit.level == UnitLevel.COUNTY ? "事业编制 24 名" : "事业编制 45 名",
                    BodyType.ENTRUSTED,
                    "受" + unit.name + "委托，承担公共卫生、医疗卫生、职业卫生、放射卫生、传染病防治等监督执法工作。",
                    unit.leader(),
                    unit.address,
                    unit.phone("5101234"),
                    true));
        }

        var names = new NameSource(NAMES);
        // officers: province 3, city 5, qufu 20, zoucheng 9 — some expired, one revoked, one under annual review
        addOfficers(province, 3, names, today);
        addOfficers(city, 5, names, today);
        addOfficers(qufu, 20, names, today);
        addOfficers(zoucheng, 9, names, today);

        var qufuOfficers = qufu.officerIds;
        // the problem certificates all sit in Zoucheng and Qufu, never on the demo logins' own officers
        expire(zoucheng.officerIds.get(5), today.minusDays(40));
        expire(zoucheng.officerIds.get(6), today.minusYears(1));
        expire(qufuOfficers.get(15), today.minusDays(3));
        revoke(qufuOfficers.get(16));
        pendingReview(qufuOfficers.get(17));

        for (var unit : List.of(province, city, qufu, zoucheng)) {
            account(
                    hash,
                    unit.prefix + "-officer",
                    unit.officerNames.get(0),
                    unit,
                    Set.of(Role.OFFICER),
                    unit.officerIds.get(0),
                    false);
            account(hash, unit.prefix + "-leader", unit.leader(), unit, Set.of(Role.LEADER), null, false);
            account(hash, unit.prefix + "-supervisor", names.next(), unit, Set.of(Role.SUPERVISOR), null, false);
            account(hash, unit.prefix + "-admin", names.next(), unit, Set.of(Role.ADMIN), null, false);
        }
        account(
                hash,
                "qufu-officer2",
                qufu.officerNames.get(1),
                qufu,
                Set.of(Role.OFFICER),
                qufu.officerIds.get(1),
                false);
        // reviewers: Qufu has one for its twenty officers (5 %), Zoucheng none (below the ratio, L1)
        account(hash, "province-reviewer", names.next(), province, Set.of(Role.REVIEWER), null, true);
        account(hash, "city-reviewer", names.next(), city, Set.of(Role.REVIEWER), null, true);
        account(hash, "qufu-reviewer", names.next(), qufu, Set.of(Role.REVIEWER), null, true);
        // a certified officer who also reviews: never the reviewer of a case they handle
        account(
                hash,
                "qufu-reviewer2",
                qufu.officerNames.get(2),
                qufu,
                Set.of(Role.REVIEWER),
                qufu.officerIds.get(2),
                true);
    }

    private void addOfficers(DemoUnit unit, int count, NameSource names, LocalDate today) {
        for (int i = 0; i < count; i++) {
            var name = names.next();
            var categories = i % 4 == 3
                    ? EnumSet.of(EnforcementCategory.LICENSING, EnforcementCategory.INSPECTION)
                    : EnumSet.of(
                            EnforcementCategory.PENALTY, EnforcementCategory.COERCION, EnforcementCategory.INSPECTION);
            var issued = today.minusYears(1 + i % 4).minusDays(17L * i);
            var certificate = new Certificate(
                    "鲁" + unit.code + String.format("%05d", 101 + i),
                    categories,
                    unit.region + "行政区域",
                    issued,
                    issued.plusYears(5),
                    AnnualReviewStatus.PASSED,
                    today.getYear() - 1,
                    false,
                    null);
            var position = i == 0 ? "执法队长" : i % 3 == 0 ? "副队长" : "执法队员";
            unit.officerIds.add(officers.insert(unit.id, unit.team, name, position, certificate));
            unit.officerNames.add(name);
        }
    }

    private void expire(UUID officerId, LocalDate expiredOn) {
        changeCertificate(
                officerId,
                c -> new Certificate(
                        c.certificateNo(),
                        c.categories(),
                        c.region(),
                        expiredOn.minusYears(5),
                        expiredOn,
                        c.annualReviewStatus(),
                        c.annualReviewYear(),
                        false,
                        null));
    }

    private void revoke(UUID officerId) {
        changeCertificate(
                officerId,
                c -> new Certificate(
                        c.certificateNo(),
                        c.categories(),
                        c.region(),
                        c.issuedOn(),
                        c.expiresOn(),
                        c.annualReviewStatus(),
                        c.annualReviewYear(),
                        true,
                        "调离执法岗位，证件收回注销"));
    }

    private void pendingReview(UUID officerId) {
        changeCertificate(
                officerId,
                c -> new Certificate(
                        c.certificateNo(),
                        c.categories(),
                        c.region(),
                        c.issuedOn(),
                        c.expiresOn(),
                        AnnualReviewStatus.PENDING,
                        c.annualReviewYear(),
                        false,
                        null));
    }

    private void changeCertificate(UUID officerId, java.util.function.UnaryOperator<Certificate> change) {
        var officer = officers.find(officerId).orElseThrow();
        officers.update(
                officerId, officer.bodyId(), officer.name(), officer.position(), change.apply(officer.certificate()));
    }

    private void account(
            HashPerAccount hash,
            String username,
            String displayName,
            DemoUnit unit,
            Set<Role> roles,
            UUID officerId,
            boolean legalBackground) {
        accounts.insert(username, hash.next(), displayName, unit.id, roles, officerId, legalBackground);
    }

    /** A fresh salted hash of the demo password for each account. */
    private record HashPerAccount(PasswordEncoder passwords) {
        String next() {
            return passwords.encode(DEMO_PASSWORD);
        }
    }

    private static final class NameSource {
        private final List<String> names;
        private int next;

        NameSource(List<String> names) {
            this.names = names;
        }

        String next() {
            return names.get(next++);
        }
    }

    private static final class DemoUnit {
        final String name;
        final String code;
        final UnitLevel level;
        final DemoUnit parent;
        final String prefix;
        final String region;
        final String address;
        final List<UUID> officerIds = new ArrayList<>();
        final List<String> officerNames = new ArrayList<>();
        UUID id;
        UUID commission;
        UUID team;

        DemoUnit(
                String name,
                String code,
                UnitLevel level,
                DemoUnit parent,
                String prefix,
                String region,
                String address) {
            this.name = name;
            this.code = code;
            this.level = level;
            this.parent = parent;
            this.prefix = prefix;
            this.region = region;
            this.address = address;
        }

        String leader() {
            return switch (prefix) {
                case "province" -> "马立新";
                case "city" -> "王红梅";
                case "qufu" -> "孔祥东";
                default -> "孟庆华";
            };
        }

        String phone(String local) {
            return "0" + (level == UnitLevel.PROVINCE ? "531" : "537") + "-" + local;
        }
    }

    private static final List<String> NAMES = List.of(
            "李建国", "张丽华", "王志强", "刘晓燕", "陈海涛", "杨秀英", "赵文斌", "黄美玲", "周国栋", "吴晓明", "徐海燕", "孙立军", "胡春梅", "朱卫东", "高晓红",
            "林志远", "何玉兰", "郭建华", "马晓丽", "罗永强", "梁秀珍", "宋海波", "郑丽娟", "谢国华", "韩雪梅", "唐志刚", "冯晓静", "于洪涛", "董玉芳", "萧建军",
            "程丽萍", "曹振华", "袁晓梅", "邓志勇", "许丽君", "傅国强", "沈晓红", "曾凡军", "彭丽娜", "吕海峰", "苏晓燕", "卢建平", "蒋玉梅", "蔡国庆", "贾晓丽",
            "丁志华", "魏春燕", "薛建明", "叶秀兰", "阎海军");
}
