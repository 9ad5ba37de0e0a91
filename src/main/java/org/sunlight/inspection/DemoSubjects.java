package org.sunlight.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.cases.CreditCode;
import org.sunlight.organization.Organization;
import org.sunlight.platform.DemoData;

/**
 * The demo county's pool (曲阜市): 3,200 regulated entities across the plan's categories, made up but shaped like a
 * county's register (its streets and towns, credit codes that pass GB 32100, licence numbers, risk classes skewed to
 * A, a few closed or not found). The same every time (a fixed seed), loaded through the import, so checked like any
 * sheet. Loaded once, when the pool of the county is empty.
 */
@Component
@Order(30)
class DemoSubjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSubjects.class);

    static final String DEMO_UNIT = "370881";

    private static final List<String> AREAS =
            List.of("鲁城街道", "书院街道", "时庄街道", "小雪街道", "吴村镇", "姚村镇", "陵城镇", "王庄镇", "息陬镇", "石门山镇", "防山镇", "尼山镇");
    private static final List<String> ROADS = List.of(
            "鼓楼大街", "静轩路", "春秋路", "大成路", "逵泉路", "延恩东路", "五马祠街", "孔林路", "有朋路", "弘道路", "舞雩路", "杏坛路", "裕隆路", "天官第街", "颜庙街",
            "西关大街", "东门大街", "陬邑路", "崇文路", "沂河路");
    private static final List<String> BRANDS = List.of(
            "孔府", "杏坛", "尼山", "阙里", "鲁源", "洙泗", "明德", "嘉禾", "恒泰", "鑫源", "如意", "和顺", "福瑞", "金凤", "春秋", "论语", "三孔", "泗河",
            "九龙", "书香", "华联", "万福", "瑞祥", "昌平", "圣源", "东方", "银河", "友谊", "龙腾", "凯旋", "弘德", "礼乐", "仁和", "德润", "康宁", "百川",
            "泰和", "聚源", "同心", "永安");
    private static final List<String> VILLAGES = List.of(
            "东村", "西村", "南庄", "北庄", "王家庄", "李家村", "张庄", "刘家村", "陈庄", "孔村", "颜家村", "周庄", "马家村", "后屯", "前屯", "韩家铺", "董庄",
            "高家店", "林前村", "宋家村");
    private static final List<String> SURNAMES =
            List.of("孔", "颜", "孟", "曾", "王", "李", "张", "刘", "陈", "杨", "赵", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何");

    /** How many of each category the county has. */
    private static final LinkedHashMap<SubjectCategory, Integer> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put(SubjectCategory.PUBLIC_PLACE, 1300);
        COUNTS.put(SubjectCategory.MEDICAL_INSTITUTION, 520);
        COUNTS.put(SubjectCategory.OCCUPATIONAL_HEALTH, 380);
        COUNTS.put(SubjectCategory.DRINKING_WATER, 220);
        COUNTS.put(SubjectCategory.INFECTIOUS_DISEASE, 180);
        COUNTS.put(SubjectCategory.CHILDCARE, 160);
        COUNTS.put(SubjectCategory.SCHOOL, 130);
        COUNTS.put(SubjectCategory.DISINFECTION_PRODUCT, 110);
        COUNTS.put(SubjectCategory.WATER_PRODUCT, 95);
        COUNTS.put(SubjectCategory.RADIOLOGICAL_HEALTH, 70);
        COUNTS.put(SubjectCategory.MATERNAL_CHILD_HEALTH, 25);
        COUNTS.put(SubjectCategory.BLOOD_SAFETY, 12);
    }

    private final DemoData demoData;
    private final Organization organization;
    private final SubjectPool pool;
    private final Subjects subjects;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoSubjects(
            DemoData demoData,
            Organization organization,
            SubjectPool pool,
            Subjects subjects,
            TransactionTemplate transactions,
            Clock clock) {
        this.demoData = demoData;
        this.organization = organization;
        this.pool = pool;
        this.subjects = subjects;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var unit = organization.unitByDivisionCode(DEMO_UNIT);
        if (!demoData.enabled() || unit.isEmpty() || subjects.count(unit.get().id()) > 0) {
            return;
        }
        var today = LocalDate.now(clock);
        var outcome = transactions.execute(status -> {
            var result =
                    pool.importInto(unit.get().id(), "qufu-admin", "DEMO", rows -> generate(DEMO_UNIT, today, rows));
            if (!result.succeeded()) {
                throw new IllegalStateException("the demo pool does not import: " + result.problems());
            }
            return result;
        });
        log.info("Loaded the demo pool of {}: {} subjects", unit.get().name(), outcome.created());
    }

    /** The demo county's rows, as a sheet would carry them, always the same for the same day. */
    static void generate(String divisionCode, LocalDate today, Consumer<SubjectSheets.SheetRow> rows) {
        var random = new SplittableRandom(16);
        Set<String> codes = new HashSet<>();
        int number = 2;
        for (var entry : COUNTS.entrySet()) {
            for (int i = 0; i < entry.getValue(); i++) {
                rows.accept(new SubjectSheets.SheetRow(
                        number++, row(entry.getKey(), divisionCode, i, random, codes, today)));
            }
        }
    }

    static LinkedHashMap<String, String> row(
            SubjectCategory category,
            String divisionCode,
            int i,
            SplittableRandom random,
            Set<String> codes,
            LocalDate today) {
        var area = pick(AREAS, random);
        var brand = pick(BRANDS, random);
        var village = pick(VILLAGES, random);
        var surname = pick(SURNAMES, random);
        String name;
        String type; // the registration type of the credit code: 91 company, 92 sole trader, 12 public institution
        String licence = null;
        switch (category) {
            case PUBLIC_PLACE -> {
                var kind = pick(List.of("宾馆", "大酒店", "快捷酒店", "浴池", "洗浴中心", "理发店", "美发店", "美容院", "游泳馆", "足疗店"), random);
                name = "曲阜市" + area.replace("街道", "").replace("镇", "") + brand + kind;
                type = kind.endsWith("店") || kind.equals("浴池") ? "92" : "91";
                licence = "鲁卫公证字〔" + (2019 + random.nextInt(7)) + "〕第" + divisionCode + "%05d号".formatted(i + 1);
            }
            case MEDICAL_INSTITUTION, INFECTIOUS_DISEASE -> {
                var kind = random.nextInt(3);
                if (kind == 0) {
                    name = area + village + "卫生室";
                    type = null; // a village clinic is known by its licence only
                } else if (kind == 1) {
                    name = "曲阜" + surname + "氏" + pick(List.of("中医诊所", "内科诊所", "口腔诊所", "综合诊所"), random);
                    type = "92";
                } else {
                    name = "曲阜" + brand + pick(List.of("口腔门诊部", "中医门诊部", "医院", "综合门诊部"), random);
                    type = "52";
                }
                name = name + (category == SubjectCategory.INFECTIOUS_DISEASE ? "（" + area + "）" : "");
                licence = "PDY" + "%05d".formatted(random.nextInt(100_000)) + divisionCode + (category.ordinal())
                        + "%04d".formatted(i);
            }
            case OCCUPATIONAL_HEALTH -> {
                name = "曲阜" + brand + pick(List.of("机械制造", "建材", "化工", "纺织", "木业", "铸造", "石材", "包装"), random) + "有限公司"
                        + (i % 7 == 0 ? "第" + (i / 7 + 1) + "分公司" : "");
                type = "91";
            }
            case DRINKING_WATER -> {
                var kind = random.nextInt(3);
                name = kind == 0
                        ? area + village + "集中式供水站"
                        : kind == 1 ? "曲阜" + brand + "小区二次供水设施" : "曲阜" + brand + "现制现售饮用水点";
                name = name;
                type = kind == 1 ? "91" : "12";
                licence = "鲁卫水证字〔" + (2019 + random.nextInt(7)) + "〕第" + divisionCode + "%04d号".formatted(i + 1);
            }
            case SCHOOL -> {
                name = "曲阜市" + area.replace("街道", "").replace("镇", "")
                        + pick(List.of("中心小学", "初级中学", "实验小学", "第二小学", "中学"), random)
                        + (i >= 20 ? "（" + (i + 1) + "校区）" : "");
                type = "12";
            }
            case CHILDCARE -> {
                name = "曲阜市" + area.replace("街道", "").replace("镇", "") + brand + "幼儿园"
                        + (i >= 40 ? "分园" + (i + 1) : "");
                type = random.nextBoolean() ? "12" : "52";
            }
            case DISINFECTION_PRODUCT -> {
                name = "曲阜" + brand + pick(List.of("消毒用品有限公司", "卫生用品经营部", "医疗器械商行"), random);
                type = "91";
            }
            case WATER_PRODUCT -> {
                name = "曲阜" + brand + pick(List.of("净水设备经营部", "水处理器材商行", "环保设备有限公司"), random);
                type = "92";
            }
            case RADIOLOGICAL_HEALTH -> {
                name = "曲阜" + brand + pick(List.of("口腔医院（放射诊疗）", "骨科医院（放射诊疗）", "医院影像科"), random);
                type = "52";
                licence = "鲁卫放证字〔" + (2019 + random.nextInt(7)) + "〕第" + divisionCode + "%04d号".formatted(i + 1);
            }
            case MATERNAL_CHILD_HEALTH -> {
                name = "曲阜市" + area + pick(List.of("卫生院妇幼保健所", "妇产医院", "社区卫生服务中心"), random);
                type = "12";
            }
            case BLOOD_SAFETY -> {
                name = "曲阜" + brand + "医院（临床用血）";
                type = "12";
            }
            default -> throw new IllegalStateException(category.name());
        }
        var values = new LinkedHashMap<String, String>();
        values.put("name", name);
        values.put("creditCode", type == null ? "" : creditCode(type, divisionCode, random, codes));
        values.put("licenceNo", licence == null ? "" : licence);
        values.put("category", category.chinese());
        values.put("address", "山东省曲阜市" + area + pick(ROADS, random) + (1 + random.nextInt(300)) + "号");
        values.put("area", area);
        int risk = random.nextInt(100);
        values.put("riskClass", risk < 50 ? "A" : risk < 80 ? "B" : risk < 95 ? "C" : "D");
        int status = random.nextInt(100);
        values.put("status", status < 94 ? "正常经营" : status < 98 ? "停业、关闭" : "查无下落");
        values.put(
                "lastInspectedOn",
                random.nextInt(10) < 7
                        ? today.minusDays(1 + random.nextInt(900)).toString()
                        : "");
        return values;
    }

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** A code that passes GB 32100: the registration type, the division, an organisation code and its check. */
    static String creditCode(String type, String divisionCode, SplittableRandom random, Set<String> codes) {
        while (true) {
            var code = new StringBuilder(type).append(divisionCode).append("MA");
            for (int i = 0; i < 7; i++) {
                code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            for (int c = 0; c < ALPHABET.length(); c++) {
                var candidate = code.toString() + ALPHABET.charAt(c);
                if (CreditCode.problem(candidate).isEmpty()) {
                    if (codes.add(candidate)) {
                        return candidate;
                    }
                    break;
                }
            }
        }
    }

    private static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
