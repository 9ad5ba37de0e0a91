package org.sunlight.disclosure;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds natural persons' names and home addresses anywhere in a decision text (D11), not only the case's parties.
 *
 * <p>Works on a compact form of the text: full-width forms folded and every space, tab and line break removed, so that
 * "魏 慧敏" and a name broken over two lines are one name; positions are mapped back to the original. A name is found
 * when
 *
 * <ul>
 *   <li>it is a party's recorded name;
 *   <li>it follows a role word (患者、护士、员工、顾客、证人 …, or any word HanLP tags as a post, {@code nnt}): a known
 *       surname and one or two more characters, bounded by HanLP's segmentation;
 *   <li>HanLP's person-name recognition ({@code nr}) tags it and it begins with a known surname;
 *   <li>or it is the same name again, anywhere in the text.
 * </ul>
 *
 * A candidate followed by an organisation's suffix (张伟口腔诊所) is part of an organisation's name and stays; so does
 * the name after 法定代表人/负责人, the registered representative of an organisation (docs/api.md, "Redaction"); and every
 * placeholder with 某 or ×. An address is found when it is a tail of a party's recorded address from the township
 * (乡镇/街道) level down, or an address-shaped span (村、路、号、室、单元、楼 …) after 住址、家住、现住、住 ….
 *
 * <p>Thread-safe: the HanLP segmenter is configured once and only read.
 */
final class PersonFinder {

    /** Why a span was found, shown to the discloser beside its kind. */
    enum Source {
        /** A number's shape and check digit. */
        PATTERN,
        /** The case's party record. */
        PARTY,
        /** A role word before the name (患者、护士 …). */
        ROLE,
        /** HanLP's person-name recognition. */
        RECOGNISED,
        /** The same name found elsewhere in the text. */
        REPEATED,
        /** A word that introduces a home address (住址、家住 …). */
        ADDRESS_CUE,
        /** Added by the discloser. */
        MANUAL
    }

    /** A finding in compact coordinates. */
    record Found(int start, int end, Redactor.Kind kind, Source source, String cue) {}

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableCustomDictionary(false)
            .enableOffset(true);

    static final List<String> COMPOUND_SURNAMES = List.of(
            "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "南宫", "独孤",
            "西门", "呼延", "闻人", "申屠", "太史", "澹台", "公冶", "濮阳", "淳于", "单于", "钟离", "宗政", "百里", "东郭", "万俟");

    /** Single-character surnames, the common ones (over 99% of the population). */
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

    private static final Set<Integer> SURNAME_SET = codePoints(SURNAMES);

    /** The hundred or so most common, the only ones a name found by recognition alone may begin with. */
    private static final Set<Integer> COMMON_SURNAMES = codePoints(SURNAMES.substring(0, 110));

    /** Role words that precede a natural person's name in decision texts. */
    private static final List<String> ROLE_WORDS = List.of(
            "患者", "病人", "病员", "患儿", "就诊者", "就诊人", "求美者", "受术者", "产妇", "孕妇", "家属", "监护人", "员工", "职工", "雇员", "从业人员",
            "工作人员", "操作人员", "护士", "护师", "医师", "医生", "大夫", "技师", "药师", "药剂师", "检验师", "营业员", "店员", "收银员", "服务员", "保洁员",
            "厨师", "配送员", "顾客", "消费者", "客人", "证人", "见证人", "受害人", "投诉人", "举报人", "经营者", "业主", "负责护理的", "姓名", "其妻", "其夫",
            "其子", "其女", "其父", "其母", "丈夫", "妻子", "儿子", "女儿", "父亲", "母亲", "学员", "学生", "委托代理人", "代理人", "陪同人", "当事人",
            "违法行为人", "行为人", "申请人", "被检查人", "被询问人", "持证人", "施术者", "操作者", "接种者", "受检者", "献血者", "村医", "之子", "之女", "之妻",
            "之夫", "之母", "之父", "理发师", "美容师", "按摩师", "足疗师", "化验员", "主刀者", "主诊医师", "联系人", "个体医生", "保管人", "收件人", "用户", "村民",
            "居民", "租户", "房东", "邻居", "前台", "收费员", "店长", "术者", "接诊医师", "为", "由", "及", "与");

    /** After these a name belongs to an organisation's registered representative and stays public. */
    private static final List<String> PUBLIC_ROLE_WORDS = List.of(
            "法定代表人", "法人代表", "主要负责人", "负责人", "院长", "所长", "经理", "董事长", "执法人员", "检查人员", "监督员", "卫生监督员", "承办人", "审核人",
            "批准人");

    /** Words that end the name of an organisation, a place or a thing named after a person. */
    private static final List<String> ORGANISATION_ENDINGS = List.of(
            "诊所", "医院", "卫生院", "卫生室", "卫生所", "门诊", "药房", "药店", "药业", "医药", "公司", "中心", "商店", "超市", "酒店", "宾馆", "旅馆",
            "饭店", "餐馆", "浴池", "会所", "工作室", "美容", "美发", "理发", "按摩", "推拿", "养生", "口腔", "牙科", "中医", "诊疗", "学校", "幼儿园",
            "培训", "商行", "商贸", "厂", "店", "馆", "堂", "社", "村", "镇", "乡", "街道", "路", "街", "小区", "大厦", "广场", "市场", "集团",
            "合作社", "协会", "研究所", "实验室", "检测", "水厂", "游泳", "网吧", "胶囊", "片", "颗粒", "注射液", "口服液", "丸", "散", "膏", "汤");

    /** Characters that start the words following a name (verbs, prepositions, conjunctions …). */
    private static final String STOP_CHARS =
            "你我他她其正在于为未已将是对向被因从自经共均无所的等和与及系称说证表拒给使用擅违私非不也又便就即曾才还都并现到去来做作负担进出参签收提开购销买卖实执操注诊治配发售涉知接应按依根无持取称等、，。；：:,;（）()《》“”\"'[]【】〔〕-—/0123456789";

    private static final Pattern ADDRESS_CUE = Pattern.compile(
            "(?:家庭住址|现住址|现居住地|居住地址|居住地|户籍地址|户籍所在地|户籍地|收货地址|收件地址|送货地址|寄件地址|住址|家住|现住|暂住|居住于|居住在|住)" + "[:：为是]?");

    private static final Pattern ADDRESS_MARK = Pattern.compile("[村路号室楼街巷组弄栋幢屯庄苑园里]|单元|小区|社区");

    private static final String ADDRESS_END = "，。；;,（()）\n、";

    private PersonFinder() {}

    /** Names and addresses in {@code compact}, in compact coordinates. */
    /** Names and addresses in {@code compact}; sentences HanLP already read for this text are taken from {@code read}. */
    static List<Found> find(Compact compact, Redactor.Context context, Sentences read) {
        String text = compact.text();
        boolean[] breaks = compact.breakBefore();
        var found = new ArrayList<Found>();
        List<Term> terms = segment(text, read);
        Term[] termAt = new Term[text.length()];
        for (Term term : terms) {
            if (term.offset >= 0 && term.offset < termAt.length) {
                termAt[term.offset] = term;
            }
        }
        var names = new LinkedHashMap<String, Source>();
        var cues = new java.util.HashMap<String, String>();
        var publicNames = new HashSet<String>();
        boolean[] publicAt = new boolean[text.length()];

        if (context != null) {
            for (String name : context.personNames()) {
                String n = Compact.of(name.strip()).text();
                if (n.codePointCount(0, n.length()) >= 2) {
                    names.put(n, Source.PARTY);
                }
            }
            addresses(text, context.personAddresses(), found);
        }
        // names after a public role word stay public, unless a party
        for (String role : PUBLIC_ROLE_WORDS) {
            for (int at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + role.length())) {
                int from = skipColon(text, at + role.length());
                for (String name = nameAt(text, breaks, from, termAt);
                        name != null;
                        name = nameAt(text, breaks, from, termAt)) {
                    if (!names.containsKey(name)) {
                        publicNames.add(name);
                        for (int i = from; i < from + name.length(); i++) {
                            publicAt[i] = true;
                        }
                    }
                    int next = from + name.length();
                    if (next >= text.length() || "、和及与".indexOf(text.charAt(next)) < 0) {
                        break;
                    }
                    from = next + 1;
                }
            }
        }
        // role words, and any post HanLP knows (护士长, 放射技师 …)
        var roleEnds = new ArrayList<int[]>();
        for (String role : ROLE_WORDS) {
            for (int at = text.indexOf(role); at >= 0; at = text.indexOf(role, at + role.length())) {
                roleEnds.add(new int[] {at + role.length(), role.length() == 1 ? 1 : 0, at});
            }
        }
        for (Term term : terms) {
            if (term.nature != null && term.nature.startsWith("nnt")) {
                roleEnds.add(new int[] {term.offset + term.word.length(), 0, term.offset});
            }
        }
        // any post ending in 师、员 or 者 (美甲师, 配药员, 施术者) just before a name
        for (int at = 2; at < text.length(); at++) {
            if ("师员者".indexOf(text.charAt(at - 1)) >= 0 && isHan(text.charAt(at - 2)) && surnameLength(text, at) > 0) {
                roleEnds.add(new int[] {at, 0, at - 2});
            }
        }
        for (int[] end : roleEnds) {
            int from = skipColon(text, end[0]);
            boolean weak = end[1] == 1;
            String cue = text.substring(end[2], end[0]);
            // 操作者为肖繁荣, 负责收费的是王芳
            if (!weak && from < text.length() && "为是系即".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (from < text.length()) {
                String name = nameAt(text, breaks, from, termAt);
                if (name == null || publicNames.contains(name) || publicAt[from]) {
                    break;
                }
                // 为、由、及、与 are weak cues: only a name HanLP also sees as one
                if (weak && !(recognisedAt(termAt, from, name) && COMMON_SURNAMES.contains((int) name.charAt(0)))) {
                    break;
                }
                names.putIfAbsent(name, Source.ROLE);
                cues.putIfAbsent(name, cue);
                // a list of names: 护士李秀英、王芳和张丽
                int next = from + name.length();
                if (next < text.length() && "、和及与".indexOf(text.charAt(next)) >= 0) {
                    from = next + 1;
                    weak = false;
                } else {
                    break;
                }
            }
        }
        for (Term term : terms) {
            int end = term.offset + term.word.length();
            if (term.nature != null
                    && term.nature.startsWith("nr")
                    && !term.nature.startsWith("nrf")
                    && !names.containsKey(term.word)
                    && !publicNames.contains(term.word)
                    && !publicAt[term.offset]
                    && !publicAt[end - 1]
                    && plausibleName(term.word)
                    && COMMON_SURNAMES.contains((int) term.word.charAt(0))
                    && !organisationFollows(text, end)
                    && !inBrand(text, term.offset, end)
                    && !partOfPlaceBefore(text, term.offset)
                    && !functionCharInRunningText(text, term.offset)) {
                names.put(term.word, Source.RECOGNISED);
            }
        }
        for (Map.Entry<String, Source> entry : names.entrySet()) {
            String name = entry.getKey();
            boolean first = true;
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (entry.getValue() != Source.PARTY && (organisationFollows(text, end) || publicAt[at])) {
                    continue;
                }
                Source source = entry.getValue() == Source.PARTY || first ? entry.getValue() : Source.REPEATED;
                found.add(new Found(at, end, Redactor.Kind.PERSON_NAME, source, cues.getOrDefault(name, "")));
                first = false;
            }
        }
        titled(text, found);
        cuedAddresses(text, found);
        flatAddresses(text, found);
        return found;
    }

    /**
     * A name starting at {@code from}: a surname and one or two more characters, as the segmentation bounds it; a line
     * break or space after the given name's first character ends it ("魏 慧敏" is one name, "刘红\n你" is not).
     */
    private static String nameAt(String text, boolean[] breaks, int from, Term[] termAt) {
        if (from >= text.length()) {
            return null;
        }
        int surnameLength = surnameLength(text, from);
        if (surnameLength == 0) {
            return null;
        }
        String recognised = null;
        Term term = termAt[from];
        // a verb, an adverb or a function word begins there (当事人应当…): no name
        if (term != null && term.word.length() >= 2 && functionWord(term)) {
            return null;
        }
        if (term != null
                && term.nature != null
                && term.nature.startsWith("nr")
                && plausibleName(term.word)
                && !brokenAfterGiven(breaks, from + surnameLength, from + term.word.length())) {
            recognised = term.word;
        }
        int at = from + surnameLength;
        int given = 0;
        while (given < 2 && at < text.length()) {
            char c = text.charAt(at);
            if (!isHan(c)
                    || STOP_CHARS.indexOf(c) >= 0
                    || c == '某'
                    || (given == 1 && (breaks[at] || wordStartsAt(termAt, at)))) {
                break;
            }
            at++;
            given++;
        }
        String name = given == 0 ? null : text.substring(from, at);
        if (name == null || !plausibleName(name) || (recognised != null && recognised.length() > name.length())) {
            name = recognised;
        }
        if (name == null
                || organisationFollows(text, from + name.length())
                || inBrand(text, from, from + name.length())) {
            return null;
        }
        return name;
    }

    /**
     * HanLP's terms with offsets in the whole text, sentence by sentence: HanLP's Viterbi over one long run costs far more
     * than over its sentences, and no name crosses a full stop.
     */
    private static List<Term> segment(String text, Sentences read) {
        var terms = new ArrayList<Term>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length()
                    || "。；！？;!?".indexOf(text.charAt(i)) >= 0
                    || (i - start >= 120 && "，,、".indexOf(text.charAt(i)) >= 0)) {
                if (i > start) {
                    for (Term term : read.terms(text.substring(start, i))) {
                        var copy = new Term(term.word, term.nature);
                        copy.offset = term.offset + start;
                        terms.add(copy);
                    }
                }
                start = i + 1;
            }
        }
        return terms;
    }

    /**
     * HanLP's terms of each sentence read so far for one text, offsets within the sentence. The redacted text is looked
     * at again (a replacement may change what its neighbours look like), and most of its sentences are as they were:
     * those are not segmented twice. One per text; not thread-safe.
     */
    static final class Sentences {
        private final Map<String, List<Term>> read = new java.util.HashMap<>();

        List<Term> terms(String sentence) {
            return read.computeIfAbsent(sentence, SEGMENT::seg);
        }
    }

    /** Whether a break lies inside the given name after its first character. */
    private static boolean brokenAfterGiven(boolean[] breaks, int givenStart, int end) {
        for (int i = givenStart + 1; i < end; i++) {
            if (breaks[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verb, adverb, preposition, conjunction, pronoun or auxiliary, as HanLP tags it (not a numeral: 陆一鸣 reads as
     * 陆一/m).
     */
    private static boolean functionWord(Term term) {
        if (term.nature == null) {
            return false;
        }
        char tag = term.nature.toString().charAt(0);
        return "vdpcru".indexOf(tag) >= 0;
    }

    /** Whether a word that is no name (a verb, an adverb, a noun of two or more characters …) begins at {@code at}. */
    private static boolean wordStartsAt(Term[] termAt, int at) {
        Term term = termAt[at];
        if (term == null) {
            return false;
        }
        String nature = term.nature == null ? "" : term.nature.toString();
        return term.word.length() >= 2
                && !nature.startsWith("nr")
                && !nature.startsWith("ng")
                && !nature.startsWith("nz")
                && !nature.startsWith("a");
    }

    /** Old brands named after a person: 马应龙, 张仲景, 王老吉 … are products, not people. */
    private static final List<String> BRANDS = List.of(
            "马应龙",
            "张仲景",
            "王老吉",
            "李时珍",
            "同仁堂",
            "胡庆余堂",
            "陈李济",
            "片仔癀",
            "云南白药",
            "张小泉",
            "王致和",
            "孔府家",
            // medicinal herbs whose names read like a person's (a surname and one or two more characters)
            "徐长卿",
            "刘寄奴",
            "何首乌",
            "王不留行",
            "杜仲",
            "白芍",
            "白术",
            "白芷",
            "白及",
            "白薇",
            "白前",
            "白头翁",
            "白花蛇舌草",
            "黄芪",
            "黄芩",
            "黄连",
            "黄柏",
            "黄精",
            "石斛",
            "石膏",
            "石菖蒲",
            "甘草",
            "柴胡",
            "陈皮",
            "党参",
            "常山",
            "桂枝",
            "秦艽",
            "牛膝",
            "牛黄",
            "连翘",
            "金银花",
            "马齿苋",
            "马钱子",
            "丁香",
            "钟乳石",
            "商陆",
            "龙胆",
            "龙骨",
            "乌药",
            "乌梅",
            "姜黄",
            "郁金",
            "苏木",
            "苏叶",
            "葛根",
            "高良姜",
            "麦冬",
            "冬虫夏草",
            "熊胆",
            "柏子仁",
            "桑叶",
            "桑白皮",
            "车前子",
            "防风",
            "羌活",
            "独活",
            "蒲公英",
            "紫苏",
            "艾叶");

    private static boolean inBrand(String text, int start, int end) {
        for (String brand : BRANDS) {
            // only where the brand would overlap [start, end)
            for (int at = Math.max(0, start - brand.length() + 1); at < end; at++) {
                if (text.startsWith(brand, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean recognisedAt(Term[] termAt, int at, String name) {
        Term term = termAt[at];
        return term != null && term.word.equals(name) && term.nature != null && term.nature.startsWith("nr");
    }

    private static int surnameLength(String text, int at) {
        for (String compound : COMPOUND_SURNAMES) {
            if (text.startsWith(compound, at)) {
                return compound.length();
            }
        }
        return SURNAME_SET.contains((int) text.charAt(at)) ? 1 : 0;
    }

    /** A surname and one to three more Han characters, no placeholder. */
    static boolean plausibleName(String word) {
        int length = word.length();
        if (length < 2 || length > 4) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = word.charAt(i);
            if (!isHan(c) || c == '某' || c == '氏') {
                return false;
            }
        }
        int surname = surnameLength(word, 0);
        if (surname == 0 || surname == length || "和与及的等在于为是了".indexOf(word.charAt(length - 1)) >= 0) {
            return false;
        }
        for (int i = surname; i < length; i++) {
            if ("市县区省镇乡村路街号局委会院所司店厂部队科室组".indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return length - surname <= 2;
    }

    /** The name continues into an organisation's or a product's name (张伟口腔诊所, 王老吉凉茶). */
    private static boolean organisationFollows(String text, int at) {
        // an organ's abbreviation in a 文号: 曲卫医罚〔2026〕, 鲁卫公证字〔2024〕
        for (int i = at; i < Math.min(text.length(), at + 5); i++) {
            if ("〔[［(".indexOf(text.charAt(i)) >= 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
            if (!isHan(text.charAt(i))) {
                break;
            }
        }
        int end = Math.min(text.length(), at + 8);
        for (int i = at; i < end; i++) {
            char c = text.charAt(i);
            if (!isHan(c)) {
                break;
            }
            for (String ending : ORGANISATION_ENDINGS) {
                if (text.startsWith(ending, i)) {
                    return true;
                }
            }
            if (STOP_CHARS.indexOf(c) >= 0) {
                break;
            }
        }
        return false;
    }

    /**
     * A "name" HanLP recognises alone that begins with a surname which is also a preposition or conjunction (于、和、向
     * …), right after another Han character, is mostly that word (意见于法无据): only a cue or the party record finds it.
     */
    private static boolean functionCharInRunningText(String text, int at) {
        return at > 0 && "于和向由从与及时但对把被将".indexOf(text.charAt(at)) >= 0 && isHan(text.charAt(at - 1));
    }

    /** A recognised "name" right after a place's name is usually part of it (曲阜市王庄 …). */
    private static boolean partOfPlaceBefore(String text, int at) {
        return at > 0 && "市县区省镇乡".indexOf(text.charAt(at - 1)) >= 0;
    }

    private static int skipColon(String text, int at) {
        while (at < text.length() && (text.charAt(at) == '：' || text.charAt(at) == ':')) {
            at++;
        }
        return at;
    }

    /** Every tail of a party's address from the township (乡镇/街道) level down, and the address itself. */
    private static void addresses(String text, List<String> recorded, List<Found> out) {
        for (String address : recorded) {
            String whole = Compact.of(address.strip()).text();
            if (whole.codePointCount(0, whole.length()) < 4) {
                continue;
            }
            for (String tail : tails(whole)) {
                for (int at = text.indexOf(tail); at >= 0; at = text.indexOf(tail, at + 1)) {
                    out.add(new Found(at, at + tail.length(), Redactor.Kind.ADDRESS, Source.PARTY, ""));
                }
            }
        }
    }

    /** The address and its tails that begin after a level's ending (省、市、县、区、镇、乡、街道 …) and still name a place. */
    static List<String> tails(String address) {
        var tails = new ArrayList<String>();
        tails.add(address);
        for (int i = 0; i < address.length() - 1; i++) {
            char c = address.charAt(i);
            boolean level = "省市县区旗镇乡".indexOf(c) >= 0 || address.startsWith("街道", i - 1) && c == '道';
            // below the street: the estate and building (阳光花园2号楼1单元302室)
            boolean house = "路街号村".indexOf(c) >= 0;
            if (!level && !house) {
                continue;
            }
            String tail = address.substring(i + 1);
            boolean enough = level
                    ? tail.length() >= 5
                    : tail.length() >= 7 && tail.chars().anyMatch(Character::isDigit);
            if (enough && isHan(tail.charAt(0)) && ADDRESS_MARK.matcher(tail).find()) {
                tails.add(tail);
            }
        }
        return tails;
    }

    /** An address-shaped span after 住址、家住、现住、住 …: up to the next comma or stop, with a house-level word in it. */
    private static void cuedAddresses(String text, List<Found> out) {
        Matcher m = ADDRESS_CUE.matcher(text);
        while (m.find()) {
            int from = m.end();
            if (from >= text.length() || !isHan(text.charAt(from))) {
                continue;
            }
            String cue = text.substring(m.start(), m.end());
            if (cue.equals("住") && (from < text.length() && "所院宿房户".indexOf(text.charAt(from)) >= 0)) {
                continue;
            }
            int end = from;
            while (end < text.length() && ADDRESS_END.indexOf(text.charAt(end)) < 0 && end - from < 60) {
                end++;
            }
            // a trailing "的" clause or a verb is not part of the address: cut at the last house-level word
            String span = text.substring(from, end);
            Matcher mark = ADDRESS_MARK.matcher(span);
            int last = -1;
            while (mark.find()) {
                last = mark.end();
            }
            if (last < 0 || last < 4) {
                continue;
            }
            // digits right after the last mark (3单元501) belong to it
            int stop = from + last;
            while (stop < end && (Character.isDigit(text.charAt(stop)) || "-号室#".indexOf(text.charAt(stop)) >= 0)) {
                stop++;
            }
            out.add(new Found(
                    from,
                    stop,
                    Redactor.Kind.ADDRESS,
                    Source.ADDRESS_CUE,
                    cue.replace("：", "").replace(":", "")));
        }
    }

    /** A surname and how one addresses its bearer (冷老师, 王师傅): a person, named by the surname alone. */
    private static final Pattern TITLED = Pattern.compile("(?:老师|师傅|阿姨|大夫)");

    private static void titled(String text, List<Found> out) {
        Matcher m = TITLED.matcher(text);
        while (m.find()) {
            int at = m.start() - 1;
            if (at < 0 || !SURNAME_SET.contains((int) text.charAt(at))) {
                continue;
            }
            // the surname stands on its own: after punctuation or a word that ends before a name (的、给、找 …)
            boolean alone =
                    at == 0 || !isHan(text.charAt(at - 1)) || "的给向找由和与及请把被让叫称是为".indexOf(text.charAt(at - 1)) >= 0;
            if (alone) {
                out.add(new Found(at, m.end(), Redactor.Kind.PERSON_NAME, Source.ROLE, m.group()));
            }
        }
    }

    /** A house number followed by what makes it a home (的住宅, 家中 …). */
    private static final Pattern HOME = Pattern.compile("\\d+号(?:\\d+室)?(?=的?(?:住宅|家中|住处|家里|居所|住房|出租屋|租住))");

    private static final Pattern FLAT = Pattern.compile("\\d+(?:号楼|栋|幢|号)\\d+单元\\d+(?:室|号)?");

    /**
     * A flat (3号楼2单元501室) is a home whatever introduces it: the address is taken from its county, town or street
     * within the same clause.
     */
    private static void flatAddresses(String text, List<Found> out) {
        homeAddresses(text, FLAT.matcher(text), out);
        homeAddresses(text, HOME.matcher(text), out);
    }

    private static void homeAddresses(String text, Matcher m, List<Found> out) {
        while (m.find()) {
            int clause = m.start();
            while (clause > 0 && m.start() - clause < 40 && "，。；：:,;（(、\n".indexOf(text.charAt(clause - 1)) < 0) {
                clause--;
            }
            // the first level's name: two characters before its first 省、市、区、县、镇、乡 or 街道
            int start = m.start();
            for (int i = clause; i < m.start(); i++) {
                if ("省市区县镇乡".indexOf(text.charAt(i)) >= 0 || text.startsWith("街道", i)) {
                    start = Math.max(clause, i - 2);
                    break;
                }
            }
            out.add(new Found(start, m.end(), Redactor.Kind.ADDRESS, Source.ADDRESS_CUE, ""));
        }
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static Set<Integer> codePoints(String s) {
        var set = new HashSet<Integer>();
        s.codePoints().forEach(set::add);
        return set;
    }

    /** A text with full-width forms folded and whitespace removed, and where each remaining char came from. */
    record Compact(String text, int[] origin, boolean[] breakBefore) {

        static Compact of(String original) {
            var text = new StringBuilder(original.length());
            int[] origin = new int[original.length()];
            boolean[] breakBefore = new boolean[original.length()];
            boolean pending = false;
            int n = 0;
            for (int i = 0; i < original.length(); i++) {
                char c = original.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00A0') {
                    pending = true;
                    continue;
                }
                // full-width letters and digits folded; full-width punctuation kept as it is
                if ((c >= '\uFF10' && c <= '\uFF19')
                        || (c >= '\uFF21' && c <= '\uFF3A')
                        || (c >= '\uFF41' && c <= '\uFF5A')) {
                    c = (char) (c - 0xFEE0);
                }
                text.append(c);
                breakBefore[n] = pending;
                pending = false;
                origin[n++] = i;
            }
            return new Compact(
                    text.toString(), java.util.Arrays.copyOf(origin, n), java.util.Arrays.copyOf(breakBefore, n));
        }

        int originalStart(int start) {
            return origin[start];
        }

        int originalEnd(int end) {
            return origin[end - 1] + 1;
        }
    }
}
