package org.sunlight.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes {@code src/test/resources/redaction/corpus-generated.txt}: decision texts of a county health commission —
 * penalties, licences granted and refused, seizures, inspection outcomes — in the shapes real case files use, with
 * every personal span marked. Seeded, so the file is the same each time; run {@code main} to rewrite it after changing
 * this class. The hand-written hard cases are in {@code corpus-hand.txt}.
 *
 * <p>The shapes are written from decision documents, not from the detector's rules: people are named with and without
 * role words, after the first mention by name only, in lists, with a space or a line break inside; addresses in full,
 * shortened, after 家住/住址/现住 or after "位于"; numbers grouped, unseparated or full-width. Beside them stand the
 * public values that look alike: organisations named after their founder, brand names with a surname (马应龙, 张仲景),
 * villages named after families (王庄村), officers (public under 行政执法公示), legal representatives, placeholders
 * (王某某), 文号, law citations, licence numbers, credit codes, amounts, 12320.
 */
final class RedactionCorpusGenerator {

    private final Random random;
    private final StringBuilder out = new StringBuilder();

    RedactionCorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        var generator = new RedactionCorpusGenerator(20261206L);
        String corpus = generator.corpus(320);
        Files.writeString(Path.of("src/test/resources/redaction/corpus-generated.txt"), corpus, StandardCharsets.UTF_8);
    }

    // --- vocabulary ------------------------------------------------------------------------------------------------

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁",
        "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程",
        "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "孔",
        "颜", "孟", "曲", "仲", "闫", "毕", "尹", "亓", "展", "宫", "欧阳", "司马", "诸葛", "上官", "令狐"
    };
    private static final String[] GIVEN = {
        "建国", "秀英", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平",
        "刚", "桂英", "建华", "志强", "海燕", "红梅", "玉兰", "淑珍", "立新", "德明", "慧敏", "晓东", "子涵", "浩然", "欣怡", "宇航", "梓轩", "雨桐", "凤英",
        "玉梅", "春生", "文博", "庆伟", "广才", "素芹", "兆华", "繁荣", "承志", "雪梅", "宏伟", "金凤", "志刚", "长江", "永生", "传东", "祥云", "洪涛",
        "丽华", "小红", "明辉", "继承", "令仪", "守信", "振华", "汝兰", "克俭", "延庆", "富贵", "佳琪", "一鸣", "思雨", "国庆", "卫东", "爱民", "新华", "红",
        "彬", "鑫", "琳", "蕾", "昊", "晨", "峰"
    };

    private record County(
            String name,
            String organ,
            String abbreviation,
            String prefix,
            String[] towns,
            String[] roads,
            String area) {}

    private static final County[] COUNTIES = {
        new County(
                "曲阜市",
                "曲阜市卫生健康局",
                "曲卫",
                "山东省曲阜市",
                new String[] {"时庄街道", "鲁城街道", "书院街道", "小雪街道", "尼山镇", "吴村镇", "姚村镇", "陵城镇", "防山镇"},
                new String[] {"鼓楼北街", "静轩西路", "春秋中路", "大成路", "逵泉路", "舞雩坛路", "五马祠街", "杏坛路", "仓庚路"},
                "0537"),
        new County(
                "济宁市任城区",
                "济宁市任城区卫生健康局",
                "济任卫",
                "山东省济宁市任城区",
                new String[] {"古槐路街道", "济阳街道", "越河街道", "南张街道", "二十里铺街道", "长沟镇", "唐口街道"},
                new String[] {"古槐路", "琵琶山路", "太白楼中路", "建设北路", "红星中路", "共青团路", "吴泰闸路"},
                "0537"),
        new County(
                "邹城市",
                "邹城市卫生健康局",
                "邹卫",
                "山东省邹城市",
                new String[] {"钢山街道", "千泉街道", "凫山街道", "太平镇", "中心店镇", "峄山镇", "香城镇"},
                new String[] {"岗山北路", "太平东路", "唐王山路", "矿建西路", "孟子大街"},
                "0537"),
        new County(
                "泗水县",
                "泗水县卫生健康局",
                "泗卫",
                "山东省泗水县",
                new String[] {"泗河街道", "济河街道", "泉林镇", "星村镇", "柘沟镇", "金庄镇"},
                new String[] {"泉林路", "圣地路", "健康路", "卞桥路"},
                "0537"),
        new County(
                "历下区",
                "济南市历下区卫生健康局",
                "历下卫",
                "山东省济南市历下区",
                new String[] {"泉城路街道", "大明湖街道", "解放路街道", "千佛山街道", "姚家街道"},
                new String[] {"泉城路", "黑虎泉西路", "文化东路", "解放路", "历山路", "经十路"},
                "0531"),
        new County(
                "朝阳区",
                "北京市朝阳区卫生健康委员会",
                "京朝卫",
                "北京市朝阳区",
                new String[] {"望京街道", "三里屯街道", "劲松街道", "潘家园街道", "酒仙桥街道"},
                new String[] {"望京西路", "工体北路", "劲松南路", "潘家园路", "酒仙桥路"},
                "010"),
    };

    private static final String[] VILLAGES = {
        "北元疃村", "东辛庄村", "孔家村", "前营村", "颜庄村", "王庄村", "张家庄村", "李家楼村", "马家村", "周公庙村", "石门村", "刘家湾村", "南陶洛村", "西夏侯村", "高家店村"
    };
    private static final String[] ESTATES = {"杏坛小区", "阳光花园", "御景苑", "春秋名邸", "惠民家园", "金色华府", "书香苑", "和谐家园"};
    private static final String[] SHOP_NAMES = {
        "康宁", "仁和", "济民", "同心", "惠民", "益康", "德仁堂", "百草堂", "颐和", "安泰", "众康", "博爱", "杏林", "永安", "福瑞", "金桥", "润泽", "华夏",
        "鲁康", "泰和"
    };
    private static final String[] DRUGS = {
        "阿莫西林胶囊",
        "头孢曲松钠",
        "甲硝唑片",
        "复方甘草片",
        "布洛芬缓释胶囊",
        "连花清瘟胶囊",
        "安宫牛黄丸",
        "六味地黄丸",
        "马应龙麝香痔疮膏",
        "张仲景牌六味地黄丸",
        "云南白药气雾剂",
        "地塞米松磷酸钠注射液",
        "利多卡因注射液",
        "左氧氟沙星注射液",
        "盐酸林可霉素注射液",
        "葡萄糖注射液",
        "玻尿酸（透明质酸钠凝胶）",
        "肉毒毒素"
    };
    private static final String[] PATIENT_NAMES_PLACEHOLDER = {"王某某", "张某", "李某某", "刘某", "赵某某", "患者甲", "陈××"};

    // --- output helpers ---------------------------------------------------------------------------------------------

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private static String mark(String kind, String text) {
        return "⟦" + kind + "|" + text + "⟧";
    }

    private String name() {
        String surname = pick(SURNAMES);
        String given = pick(GIVEN);
        if (surname.length() == 2 && given.length() == 2 && chance(0.5)) {
            given = given.substring(0, 1);
        }
        return surname + given;
    }

    /** The name as written in a text: now and then with a space after the surname, as typed in some case files. */
    private String written(String name) {
        if (name.length() == 3 && chance(0.06)) {
            return name.charAt(0) + " " + name.substring(1);
        }
        return name;
    }

    private String idNumber() {
        String area =
                pick(new String[] {"370881", "370811", "370883", "370831", "370102", "110105", "320102", "371302"});
        LocalDate birth = LocalDate.of(between(1940, 2005), between(1, 12), between(1, 28));
        String body = area
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", between(0, 999));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        String id = body + "10X98765432".charAt(sum % 11);
        int shape = random.nextInt(20);
        if (shape == 0) {
            return id.substring(0, 6) + " " + id.substring(6, 14) + " " + id.substring(14);
        }
        if (shape == 1) {
            var wide = new StringBuilder();
            for (char c : id.toCharArray()) {
                wide.append((char) (c + 0xFEE0));
            }
            return wide.toString();
        }
        return id;
    }

    private String mobile() {
        String digits = pick(new String[] {"13", "15", "18", "17", "19"})
                + between(0, 9)
                + String.format("%08d", between(0, 99_999_999));
        return switch (random.nextInt(12)) {
            case 0 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
            case 1 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
            case 2 -> "+86 " + digits;
            default -> digits;
        };
    }

    private String landline(County county) {
        String local =
                between(2, 8) + String.format(county.area().length() == 3 ? "%07d" : "%06d", between(0, 999_999));
        return switch (random.nextInt(4)) {
            case 0 -> county.area() + local;
            case 1 -> "（" + county.area() + "）" + local;
            default -> county.area() + "-" + local;
        };
    }

    private String bankCard() {
        var digits = new StringBuilder(pick(new String[] {"622202", "621700", "622848", "623668", "622588"}));
        int length = chance(0.5) ? 19 : 16;
        while (digits.length() < length - 1) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        digits.append((10 - sum % 10) % 10);
        String card = digits.toString();
        if (chance(0.4)) {
            return card.replaceAll("(\\d{4})(?=\\d)", "$1 ");
        }
        return card;
    }

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private String creditCode() {
        var code = new StringBuilder(pick(new String[] {"91", "92", "52", "12"}));
        code.append(pick(new String[] {"370881", "370811", "370883", "370831", "370102", "110105"}));
        code.append(pick(new String[] {"MA", "MA3", "L", ""}));
        while (code.length() < 17) {
            code.append(CREDIT_CHARS.charAt(random.nextInt(chance(0.6) ? 10 : CREDIT_CHARS.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARS.indexOf(code.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        code.append(CREDIT_CHARS.charAt((31 - sum % 31) % 31));
        return code.toString();
    }

    private String chineseNumber(int n) {
        String[] digits = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : digits[n % 10]);
        }
        return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }

    /** A home address in full, as a party record holds it, and its shorter forms. */
    private record Address(String full, String fromTown, String fromVillage) {}

    private Address homeAddress(County county) {
        String town = pick(county.towns());
        String rest;
        if (chance(0.5)) {
            String village = pick(VILLAGES);
            rest = village + (chance(0.7) ? between(1, 399) + "号" : between(1, 9) + "组" + between(1, 80) + "号");
        } else {
            rest = pick(county.roads()) + between(1, 300) + "号" + pick(ESTATES) + between(1, 30) + "号楼" + between(1, 4)
                    + "单元" + between(1, 6) + "0" + between(1, 4) + "室";
        }
        String fromTown = town + rest;
        return new Address(county.prefix() + fromTown, fromTown, rest);
    }

    private String organisationAddress(County county) {
        return county.name() + pick(county.roads()) + between(1, 500) + "号";
    }

    // --- decisions --------------------------------------------------------------------------------------------------

    String corpus(int count) {
        out.append("# Generated by RedactionCorpusGenerator (seed 20261206); personal spans are marked ⟦kind|text⟧.\n");
        for (int i = 1; i <= count; i++) {
            County county = pick(COUNTIES);
            int kind = random.nextInt(10);
            String id = String.format("g%03d", i);
            if (kind < 5) {
                penalty(id, county);
            } else if (kind < 7) {
                licence(id, county);
            } else if (kind < 8) {
                seizure(id, county);
            } else {
                inspection(id, county);
            }
        }
        return out.toString();
    }

    /** The parties: a natural person (maybe running an individual business) or an organisation with its representative. */
    private record Parties(
            String header,
            List<String> names,
            List<String> addresses,
            String partyShort,
            boolean individual,
            Address address) {}

    private Parties parties(County county) {
        var header = new StringBuilder();
        if (chance(0.45)) {
            String name = name();
            Address address = homeAddress(county);
            String sex = chance(0.5) ? "男" : "女";
            header.append("当事人：")
                    .append(mark("姓名", written(name)))
                    .append("，")
                    .append(sex)
                    .append("，");
            if (chance(0.7)) {
                header.append(between(1950, 2003))
                        .append("年")
                        .append(between(1, 12))
                        .append("月出生，");
            }
            header.append(pick(new String[] {"身份证号码：", "公民身份号码：", "身份证号："}))
                    .append(mark("身份证号", idNumber()))
                    .append("，");
            header.append(pick(new String[] {"住址：", "住", "家庭住址：", "户籍地址："}))
                    .append(mark("住址", address.full()))
                    .append("，");
            header.append(pick(new String[] {"联系电话：", "电话：", "手机："}))
                    .append(mark("电话", mobile()))
                    .append("。\n");
            if (chance(0.4)) {
                String shop = county.name()
                        + pick(SHOP_NAMES)
                        + pick(new String[] {"诊所", "中医诊所", "美发店", "足疗店", "小吃部", "便利店"});
                header.append("经营场所：")
                        .append(shop)
                        .append("（个体工商户，统一社会信用代码：")
                        .append(creditCode())
                        .append("，经营者：")
                        .append(mark("姓名", written(name)))
                        .append("），地址：")
                        .append(organisationAddress(county))
                        .append("。\n");
            }
            return new Parties(header.toString(), List.of(name), List.of(address.full()), name, true, address);
        }
        String organisation;
        String founder = name();
        organisation = switch (random.nextInt(8)) {
            case 0 -> county.name() + founder + pick(new String[] {"口腔诊所", "中医诊所", "内科诊所"});
            case 1 -> county.name() + pick(SHOP_NAMES) + "大药房有限公司";
            case 2 -> county.name() + pick(SHOP_NAMES) + "医院有限公司";
            case 3 -> county.name() + pick(county.towns()) + pick(VILLAGES) + "卫生室";
            case 4 -> county.name() + pick(SHOP_NAMES) + "洗浴中心";
            case 5 -> county.name() + pick(SHOP_NAMES) + "宾馆有限公司";
            case 6 -> county.name() + pick(SHOP_NAMES) + "医疗美容诊所有限公司";
            default -> county.name() + pick(SHOP_NAMES) + "供水有限公司";
        };
        String representative = name();
        header.append("当事人：").append(organisation).append("\n");
        header.append("统一社会信用代码：").append(creditCode()).append("\n");
        if (chance(0.5)) {
            header.append("医疗机构执业许可证登记号：PDY")
                    .append(between(10000, 99999))
                    .append("37088")
                    .append(between(10000, 99999))
                    .append("D2112\n");
        }
        header.append(pick(new String[] {"住所：", "地址：", "经营地址："}))
                .append(organisationAddress(county))
                .append("\n");
        header.append(pick(new String[] {"法定代表人：", "主要负责人：", "负责人："}))
                .append(representative)
                .append("\n");
        return new Parties(
                header.toString(), List.of(), List.of(), organisation.replace(county.name(), "该"), false, null);
    }

    private String title(County county, String kind, int number) {
        return county.organ() + "\n" + kind + "\n" + county.abbreviation()
                + pick(new String[] {"医", "公", "职", "传", "监"}) + pick(new String[] {"罚", "罚决", "许", "强"}) + "〔2026〕"
                + pick(new String[] {"第", ""}) + number + "号\n";
    }

    private String officers() {
        return "本机关执法人员" + name() + "、" + name() + "（执法证号：" + between(37000000, 37999999) + "、"
                + between(37000000, 37999999) + "）";
    }

    /** A person other than the party, with the role that names them, and maybe their phone, ID or address. */
    private String thirdPerson(County county, String role, String name) {
        var text = new StringBuilder(role);
        if (chance(0.1)) {
            text.append("：");
        }
        text.append(mark("姓名", written(name)));
        int extra = random.nextInt(8);
        if (extra == 0) {
            text.append("（")
                    .append(pick(new String[] {"家住", "住址：", "现住", "住"}))
                    .append(mark("住址", homeAddress(county).full().substring(3)))
                    .append("）");
        } else if (extra == 1) {
            text.append("（联系电话：").append(mark("电话", mobile())).append("）");
        } else if (extra == 2) {
            text.append("（身份证号：").append(mark("身份证号", idNumber())).append("）");
        } else if (extra == 3) {
            text.append("（")
                    .append(chance(0.5) ? "男" : "女")
                    .append("，")
                    .append(between(3, 85))
                    .append("岁）");
        }
        return text.toString();
    }

    private void begin(String id, String category, Parties parties) {
        out.append("### ").append(id).append(' ').append(category).append('\n');
        for (String name : parties.names()) {
            out.append("@name ").append(name).append('\n');
        }
        for (String address : parties.addresses()) {
            out.append("@address ").append(address).append('\n');
        }
    }

    private String partyRef(Parties parties) {
        return parties.individual()
                ? mark("姓名", parties.partyShort())
                : pick(new String[] {"当事人", parties.partyShort()});
    }

    private void penalty(String id, County county) {
        Parties parties = parties(county);
        begin(id, "PENALTY", parties);
        LocalDate found = LocalDate.of(2026, between(1, 10), between(1, 28));
        var text = new StringBuilder(title(county, "行政处罚决定书", between(1, 260)));
        text.append(parties.header());
        text.append("\n")
                .append(found.getYear())
                .append("年")
                .append(found.getMonthValue())
                .append("月")
                .append(found.getDayOfMonth())
                .append("日，")
                .append(officers())
                .append("对")
                .append(partyRef(parties))
                .append(pick(new String[] {"进行现场监督检查", "开展监督检查", "依法进行检查"}))
                .append("，发现");
        String patient = name();
        String staff = name();
        String witness = name();
        int scenario = random.nextInt(9);
        String law;
        String penaltyLaw;
        switch (scenario) {
            case 0 -> {
                text.append("其使用未取得护士执业证书的人员从事护理活动。经查，")
                        .append(found.getMonthValue())
                        .append("月")
                        .append(found.getDayOfMonth())
                        .append("日上午，")
                        .append(thirdPerson(county, "患者", patient))
                        .append("因发热到该处就诊，由")
                        .append(thirdPerson(county, pick(new String[] {"该所员工", "该所工作人员", "护士"}), staff))
                        .append("为其静脉输注")
                        .append(pick(DRUGS))
                        .append("。")
                        .append(mark("姓名", staff))
                        .append("未取得护士执业证书，未经护士执业注册。");
                law = "《护士条例》第二十一条第一款";
                penaltyLaw = "《护士条例》第二十八条第（一）项";
            }
            case 1 -> {
                text.append("其使用非卫生技术人员从事医疗卫生技术工作。")
                        .append(thirdPerson(county, "顾客", patient))
                        .append("证实，")
                        .append(pick(new String[] {"今年", "当月"}))
                        .append("其在该处接受")
                        .append(pick(new String[] {"针灸", "推拿", "拔罐", "输液"}))
                        .append("治疗，操作者为")
                        .append(mark("姓名", written(staff)))
                        .append("。经核实，")
                        .append(mark("姓名", staff))
                        .append("不具有医师资格。执法人员现场查见")
                        .append(pick(DRUGS))
                        .append("、")
                        .append(pick(DRUGS))
                        .append("等药品共")
                        .append(between(3, 40))
                        .append("盒。");
                law = "《医疗机构管理条例》第二十七条";
                penaltyLaw = "《医疗机构管理条例》第四十七条、《医疗机构管理条例实施细则》第八十一条第一款";
            }
            case 2 -> {
                text.append("其未取得《医疗机构执业许可证》擅自执业。现场有")
                        .append(thirdPerson(county, "就诊者", patient))
                        .append("正在输液，所用药品为")
                        .append(pick(DRUGS))
                        .append("。证人")
                        .append(mark("姓名", written(witness)))
                        .append("（")
                        .append(pick(new String[] {"邻居", "房东", "村委会工作人员"}))
                        .append("）称，该处自")
                        .append(between(2019, 2025))
                        .append("年起即为周边村民看病。");
                law = "《中华人民共和国基本医疗卫生与健康促进法》第三十八条";
                penaltyLaw = "《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款";
            }
            case 3 -> {
                text.append("其从业人员未取得有效健康合格证明从事直接为顾客服务的工作。经查，")
                        .append(pick(new String[] {"该单位员工", "服务员", "从业人员"}))
                        .append(mark("姓名", written(staff)))
                        .append("、")
                        .append(mark("姓名", written(patient)))
                        .append("和")
                        .append(mark("姓名", written(witness)))
                        .append("均未能提供有效健康合格证明。");
                law = "《公共场所卫生管理条例》第七条";
                penaltyLaw = "《公共场所卫生管理条例实施细则》第三十八条";
            }
            case 4 -> {
                text.append("其放射工作人员未按规定进行个人剂量监测。经查，")
                        .append(thirdPerson(county, "放射技师", staff))
                        .append("自")
                        .append(between(2023, 2025))
                        .append("年起从事X射线摄影工作，未佩戴个人剂量计，")
                        .append(found.getYear())
                        .append("年度无个人剂量监测记录。");
                law = "《放射诊疗管理规定》第二十三条";
                penaltyLaw = "《放射诊疗管理规定》第四十一条第（三）项";
            }
            case 5 -> {
                text.append("其超出登记的诊疗科目范围开展诊疗活动。")
                        .append(pick(new String[] {"投诉人", "举报人"}))
                        .append(mark("姓名", written(patient)))
                        .append("（联系电话：")
                        .append(mark("电话", mobile()))
                        .append("）反映，其于")
                        .append(found.getMonthValue())
                        .append("月在该处接受")
                        .append(pick(new String[] {"注射玻尿酸", "割双眼皮", "激光祛斑", "注射肉毒毒素"}))
                        .append("，术后出现不良反应，并通过银行卡")
                        .append(mark("银行卡", bankCard()))
                        .append("向该机构")
                        .append(pick(new String[] {"员工", "前台"}))
                        .append(mark("姓名", written(staff)))
                        .append("支付费用")
                        .append(between(800, 30000))
                        .append("元。");
                law = "《医疗机构管理条例》第二十六条";
                penaltyLaw = "《医疗机构管理条例》第四十六条、《医疗机构管理条例实施细则》第八十条第一款";
            }
            case 6 -> {
                text.append("其未按规定报告传染病疫情。经查，")
                        .append(thirdPerson(county, "患者", patient))
                        .append("于")
                        .append(found.getMonthValue())
                        .append("月在该处被诊断为")
                        .append(pick(new String[] {"肺结核", "手足口病", "水痘", "细菌性痢疾"}))
                        .append("，接诊医师")
                        .append(mark("姓名", written(staff)))
                        .append("未按规定进行网络直报。");
                law = "《中华人民共和国传染病防治法》第三十条第一款";
                penaltyLaw = "《中华人民共和国传染病防治法》第六十九条第（二）项";
            }
            case 7 -> {
                text.append("其未按规定对医疗废物进行分类收集。执法人员在该处")
                        .append(pick(new String[] {"治疗室", "处置室", "后院"}))
                        .append("发现损伤性废物与生活垃圾混放，负责收集医疗废物的保洁员")
                        .append(mark("姓名", written(staff)))
                        .append("未接受相关培训。");
                law = "《医疗废物管理条例》第十六条";
                penaltyLaw = "《医疗废物管理条例》第四十六条第（一）项";
            }
            default -> {
                text.append("其供应的生活饮用水不符合国家卫生标准。经检测，")
                        .append(pick(new String[] {"末梢水", "出厂水"}))
                        .append("菌落总数超标（检验报告编号：")
                        .append(pick(new String[] {"JN", "QF", "ZC"}))
                        .append("2026-")
                        .append(between(1000, 9999))
                        .append("）。用户")
                        .append(mark("姓名", written(patient)))
                        .append("（家住")
                        .append(mark("住址", homeAddress(county).fromTown()))
                        .append("）反映饮水后腹泻。");
                law = "《生活饮用水卫生监督管理办法》第六条";
                penaltyLaw = "《生活饮用水卫生监督管理办法》第二十六条第（四）项";
            }
        }
        if (parties.individual() && chance(0.5)) {
            text.append("另查明，")
                    .append(mark("姓名", parties.partyShort()))
                    .append("在其位于")
                    .append(mark(
                            "住址",
                            chance(0.5)
                                    ? parties.address().fromTown()
                                    : parties.address().fromVillage()))
                    .append("的家中存放药品。");
        }
        if (chance(0.3)) {
            text.append("本案询问笔录中，").append(pick(PATIENT_NAMES_PLACEHOLDER)).append("的陈述与上述事实一致。");
        }
        text.append("\n上述事实有现场笔录、询问笔录、")
                .append(pick(new String[] {"照片", "视听资料", "处方笺", "收费票据"}))
                .append("等证据为证。\n");
        text.append("你（单位）的上述行为违反了").append(law).append("的规定，依据").append(penaltyLaw);
        if (chance(0.3)) {
            text.append("和《中华人民共和国行政处罚法》第三十二条第（一）项");
        }
        int fine = between(1, 100) * 500;
        text.append("的规定，本机关决定给予如下行政处罚：\n1.警告；\n2.罚款人民币").append(fine).append(".00元");
        if (chance(0.3)) {
            text.append("；\n3.没收违法所得").append(between(100, 9000)).append("元");
        }
        text.append("。\n");
        text.append(boilerplate(county));
        if (chance(0.05)) {
            text.append("联系电话：").append(landline(county)).append("（本机关法制科）。\n");
        }
        text.append(county.organ())
                .append("\n2026年")
                .append(between(1, 11))
                .append("月")
                .append(between(1, 28))
                .append("日\n");
        out.append(text).append('\n');
    }

    private String boilerplate(County county) {
        var text = new StringBuilder();
        text.append("请在接到本处罚决定书之日起十五日内将罚款缴至")
                .append(pick(new String[] {"指定银行", "中国农业银行", "济宁银行"}))
                .append("，或通过“山东省非税收入缴款平台”缴纳。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。\n");
        text.append("如不服本处罚决定，可在接到本处罚决定书之日起六十日内向")
                .append(county.name()
                        .replace("市", "市人民政府")
                        .replace("区", "区人民政府")
                        .replace("县", "县人民政府"))
                .append("申请行政复议，也可以在六个月内向")
                .append(county.name())
                .append("人民法院提起行政诉讼。申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。\n");
        if (chance(0.5)) {
            text.append("如有疑问，可拨打卫生健康服务热线12320咨询。\n");
        }
        return text.toString();
    }

    private void licence(String id, County county) {
        boolean granted = chance(0.6);
        Parties parties = parties(county);
        begin(id, granted ? "LICENCE_GRANT" : "LICENCE_REFUSAL", parties);
        var text = new StringBuilder(title(county, granted ? "准予行政许可决定书" : "不予行政许可决定书", between(1, 900)));
        text.append(parties.header().replace("当事人：", "申请人："));
        String item = pick(new String[] {"医疗机构设置审批", "医疗机构执业登记", "公共场所卫生许可", "放射诊疗许可", "饮用水供水单位卫生许可", "母婴保健技术服务执业许可"});
        text.append("\n你（单位）于2026年")
                .append(between(1, 10))
                .append("月")
                .append(between(1, 28))
                .append("日提出的")
                .append(item)
                .append("申请，本机关已于当日受理（受理编号：")
                .append(county.abbreviation())
                .append("受〔2026〕")
                .append(between(1, 999))
                .append("号）。");
        text.append("经书面审查和现场核查，")
                .append(officers())
                .append("于")
                .append(between(1, 10))
                .append("月")
                .append(between(1, 28))
                .append("日进行了现场核查，");
        if (chance(0.5)) {
            String doctor = name();
            text.append("拟聘")
                    .append(pick(new String[] {"执业医师", "医师", "护士", "药师"}))
                    .append(mark("姓名", written(doctor)))
                    .append("（医师资格证书编码：")
                    .append(between(100000000, 999999999))
                    .append("）")
                    .append(granted ? "资质符合要求" : "执业地点不在本辖区")
                    .append("。");
        }
        if (granted) {
            text.append("申请材料齐全，符合法定形式，现场条件符合")
                    .append(pick(new String[] {
                        "《医疗机构基本标准（试行）》", "《公共场所卫生指标及限值要求》（GB 37488-2019）", "《生活饮用水卫生标准》（GB 5749-2022）"
                    }))
                    .append("。依据")
                    .append(pick(new String[] {"《医疗机构管理条例》第十五条", "《公共场所卫生管理条例》第八条", "《中华人民共和国行政许可法》第三十八条第一款"}))
                    .append("的规定，决定准予行政许可。许可证号：")
                    .append(pick(new String[] {"鲁卫公证字〔2026〕第", "PDY"}))
                    .append(between(370881000, 370889999))
                    .append("号，有效期至20")
                    .append(between(30, 31))
                    .append("年")
                    .append(between(1, 12))
                    .append("月")
                    .append(between(1, 28))
                    .append("日。\n");
        } else {
            text.append("经审查，")
                    .append(pick(new String[] {"选址距离学校不足规定距离", "申请材料中的房屋租赁合同与实际地址不符", "放射防护设施未经验收", "卫生间设置不符合要求"}))
                    .append("。依据《中华人民共和国行政许可法》第三十八条第二款的规定，决定不予行政许可。如不服本决定，可以在收到本决定书之日起六十日内申请行政复议或者六个月内提起行政诉讼。\n");
        }
        if (parties.individual() && chance(0.5)) {
            text.append("送达地址：")
                    .append(mark("住址", parties.address().fromTown()))
                    .append("，收件人")
                    .append(mark("姓名", parties.partyShort()))
                    .append("，电话")
                    .append(mark("电话", landline(county)))
                    .append("。\n");
        }
        text.append(county.organ())
                .append("\n2026年")
                .append(between(1, 11))
                .append("月")
                .append(between(1, 28))
                .append("日\n");
        out.append(text).append('\n');
    }

    private void seizure(String id, County county) {
        Parties parties = parties(county);
        begin(id, "SEIZURE", parties);
        var text = new StringBuilder(title(county, "查封（扣押）决定书", between(1, 90)));
        text.append(parties.header());
        String keeper = name();
        text.append("\n经查，你（单位）涉嫌")
                .append(pick(new String[] {"非法行医", "使用不合格消毒产品", "无证开展放射诊疗", "违法开展医疗美容"}))
                .append("。为防止证据损毁，依据《中华人民共和国行政强制法》第九条第（二）项、")
                .append(pick(new String[] {"《中华人民共和国传染病防治法》第五十五条", "《中华人民共和国基本医疗卫生与健康促进法》第九十九条"}))
                .append("的规定，本机关决定对下列物品予以扣押：")
                .append(pick(DRUGS))
                .append(between(2, 30))
                .append("盒、")
                .append(pick(DRUGS))
                .append(between(2, 30))
                .append("支、输液器")
                .append(between(5, 100))
                .append("套。扣押期限为三十日，自2026年")
                .append(between(1, 10))
                .append("月")
                .append(between(1, 28))
                .append("日至2026年")
                .append(between(1, 11))
                .append("月")
                .append(between(1, 28))
                .append("日。扣押物品存放于")
                .append(county.organ())
                .append("物证室，保管人")
                .append(mark("姓名", written(keeper)))
                .append("。\n");
        if (chance(0.6)) {
            text.append("现场见证人：")
                    .append(mark("姓名", written(name())))
                    .append("（")
                    .append(pick(new String[] {"村委会主任", "社区网格员", "邻居"}))
                    .append("，身份证号：")
                    .append(mark("身份证号", idNumber()))
                    .append("）。\n");
        }
        text.append("你（单位）对本决定不服的，可以在收到本决定书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。\n");
        text.append(county.organ())
                .append("\n2026年")
                .append(between(1, 11))
                .append("月")
                .append(between(1, 28))
                .append("日\n");
        out.append(text).append('\n');
    }

    private void inspection(String id, County county) {
        Parties parties = parties(county);
        begin(id, "INSPECTION", parties);
        var text = new StringBuilder(county.organ() + "\n监督检查结果公示\n");
        text.append(parties.header().replace("当事人：", "被检查单位（人）："));
        text.append("检查时间：2026年")
                .append(between(1, 11))
                .append("月")
                .append(between(1, 28))
                .append("日\n检查依据：")
                .append(pick(new String[] {"《2026年国家随机监督抽查计划》", "《山东省卫生健康委关于开展医疗机构依法执业专项检查的通知》", "《公共场所卫生管理条例》"}))
                .append("\n检查人员：")
                .append(name())
                .append("、")
                .append(name())
                .append("\n");
        if (chance(0.5)) {
            text.append("陪同检查人员：")
                    .append(pick(new String[] {"店长", "值班护士", "前台"}))
                    .append(mark("姓名", written(name())))
                    .append("（")
                    .append(mark("电话", mobile()))
                    .append("）\n");
        }
        boolean passed = chance(0.5);
        text.append("检查结果：").append(passed ? "未发现违法违规行为，检查合格。" : "发现以下问题：");
        if (!passed) {
            text.append(pick(new String[] {"消毒记录不全", "从业人员健康合格证明过期", "医疗废物暂存处未设警示标识", "未公示卫生许可证"}));
            if (chance(0.6)) {
                text.append("（涉及")
                        .append(pick(new String[] {"从业人员", "员工", "服务员"}))
                        .append(mark("姓名", written(name())))
                        .append("、")
                        .append(mark("姓名", written(name())))
                        .append("）");
            }
            text.append("。已下达卫生监督意见书（")
                    .append(county.abbreviation())
                    .append("监意〔2026〕")
                    .append(between(1, 500))
                    .append("号），责令于")
                    .append(between(5, 30))
                    .append("日内改正。");
        }
        text.append("\n信息来源：").append(county.organ()).append("。监督电话：12320。\n");
        out.append(text).append('\n');
    }
}
