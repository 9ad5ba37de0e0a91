package org.sunlight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sunlight.disclosure.Redactor.Context;
import org.sunlight.disclosure.Redactor.Kind;
import org.sunlight.disclosure.Redactor.Redaction;
import org.sunlight.disclosure.Redactor.Span;

/** D11: a decision's public text is redacted of natural persons' data; organisations' data, amounts and dates stay. */
class RedactorTest {

    private final Redactor redactor = new Redactor();

    private static final Context WANG = new Context(List.of("王小明"), List.of("曲阜市鼓楼北街8号3单元"));
    private static final Context NOBODY = new Context(List.of(), List.of());

    // --- a realistic decision ------------------------------------------------------------------------------------

    @Test
    void aDecisionLosesThePersonsDataAndKeepsTheOrganisations() {
        var text = String.join(
                "\n",
                "曲阜市卫生健康委员会行政处罚决定书",
                "曲卫罚〔2026〕12号",
                "当事人：王小明，身份证号码：11010519491231002X，住址：曲阜市鼓楼北街8号3单元，"
                        + "手机：13812345678，电话：0537-4412345，电子邮箱：wangxm@example.com，",
                "银行账户：6228 4800 1234 5678 903。",
                "王小明系曲阜市康宁诊所有限公司（统一社会信用代码：91350100M000100Y43，" + "执业许可证登记号：鲁37088100101，地址：曲阜市静轩西路99号）的雇员。",
                "经查，王小明于2026-11-24无证行医，违法所得100000元。决定罚款人民币100000.00元。");

        Redaction r = redactor.redact(text, WANG);

        assertThat(r.original()).isEqualTo(text);
        assertThat(r.redacted())
                .isEqualTo(String.join(
                        "\n",
                        "曲阜市卫生健康委员会行政处罚决定书",
                        "曲卫罚〔2026〕12号",
                        "当事人：王某，身份证号码：110105************，住址：[住址已删除]，"
                                + "手机：138****5678，电话：0537-*******，电子邮箱：w***@example.com，",
                        "银行账户：***************8903。",
                        "王某系曲阜市康宁诊所有限公司（统一社会信用代码：91350100M000100Y43，" + "执业许可证登记号：鲁37088100101，地址：曲阜市静轩西路99号）的雇员。",
                        "经查，王某于2026-11-24无证行医，违法所得100000元。决定罚款人民币100000.00元。"));
        assertThat(r.spans())
                .extracting(s -> text.substring(s.start(), s.end()), Span::kind, Span::replacement)
                .containsExactly(
                        tuple("王小明", Kind.PERSON_NAME, "王某"),
                        tuple("11010519491231002X", Kind.ID_NUMBER, "110105************"),
                        tuple("曲阜市鼓楼北街8号3单元", Kind.ADDRESS, "[住址已删除]"),
                        tuple("13812345678", Kind.MOBILE, "138****5678"),
                        tuple("0537-4412345", Kind.LANDLINE, "0537-*******"),
                        tuple("wangxm@example.com", Kind.EMAIL, "w***@example.com"),
                        tuple("6228 4800 1234 5678 903", Kind.BANK_CARD, "***************8903"),
                        tuple("王小明", Kind.PERSON_NAME, "王某"),
                        tuple("王小明", Kind.PERSON_NAME, "王某"));
        assertConsistent(r);
    }

    @Test
    void organisationsDatesAmountsAndReferenceNumbersStay() {
        var text = "曲阜市康宁诊所有限公司 91350100M000100Y43 鲁37088100101 100000元 2026-11-24 20261124 "
                + "曲卫罚〔2026〕12号 第3条第2款 913708813100000160";

        assertThat(redactor.redact(text, WANG).redacted()).isEqualTo(text);
    }

    // --- ID numbers ----------------------------------------------------------------------------------------------

    @Test
    void idNumbersKeepTheAreaCodeOnly() {
        assertThat(redact("身份证370881198001010019号")).isEqualTo("身份证370881************号");
        assertThat(redact("37088119800118123X")).isEqualTo("370881************");
        assertThat(redact("37088119800118123x。")).isEqualTo("370881************。");
        assertThat(redact("旧证370881850312123，")).isEqualTo("旧证370881*********，");
    }

    @Test
    void anIdWithAWrongCheckCharacterOrAnImpossibleDateStays() {
        assertThat(redact("身份证110105194912310021")).isEqualTo("身份证110105194912310021");
        assertThat(redact("身份证110105194902301234")).isEqualTo("身份证110105194902301234"); // 2月30日
        assertThat(redact("旧证370881851312123")).isEqualTo("旧证370881851312123"); // 13月
    }

    @Test
    void aValidIdThatIsAlsoLuhnValidIsAnIdNumber() {
        var r = redactor.redact("370881198503120357", NOBODY);

        assertThat(r.spans()).extracting(Span::kind).containsExactly(Kind.ID_NUMBER);
        assertThat(r.redacted()).isEqualTo("370881************");
    }

    @Test
    void numbersInsideLongerRunsOfDigitsAreNotMatchedPartly() {
        for (var text : List.of(
                "911010519491231002X",
                "11010519491231002X1",
                "113812345678",
                "138123456789",
                "01234567890123456789012",
                "03708811980010100191",
                "11010519491231002X6222021234567894")) {
            assertThat(redact(text)).as(text).isEqualTo(text);
        }
    }

    @Test
    void fullWidthDigitsAreFoundToo() {
        assertThat(redact("手机１３８１２３４５６７８")).isEqualTo("手机138****5678");
        assertThat(redact("身份证１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("身份证110105************");
    }

    // --- phones, cards and e-mail ---------------------------------------------------------------------------------

    @Test
    void mobilesKeepTheFirstThreeAndLastFourDigits() {
        assertThat(redact("13812345678")).isEqualTo("138****5678");
        assertThat(redact("电话+86 138 1234 5678。")).isEqualTo("电话138****5678。");
        assertThat(redact("电话+86-138-1234-5678")).isEqualTo("电话138****5678");
        assertThat(redact("电话8613812345678")).isEqualTo("电话138****5678");
        assertThat(redact("100000+8613812345678")).isEqualTo("100000138****5678");
        assertThat(redact("电话19912345678/17712345678")).isEqualTo("电话199****5678/177****5678");
        assertThat(redact("编号12812345678")).isEqualTo("编号12812345678"); // no 12x mobiles
    }

    @Test
    void landlinesKeepTheAreaCode() {
        assertThat(redact("0537-4412345")).isEqualTo("0537-*******");
        assertThat(redact("010-87654321-123")).isEqualTo("010-***********");
        assertThat(redact("(0537)4412345")).isEqualTo("0537-*******");
        assertThat(redact("（0537）44123456")).isEqualTo("0537-********");
        assertThat(redact("0537 4412345")).isEqualTo("0537-*******");
        assertThat(redact("370881198001010019(0537)4412345")).isEqualTo("370881************0537-*******");
    }

    @Test
    void bankCardsKeepTheLastFourDigits() {
        assertThat(redact("卡号6222021234567894")).isEqualTo("卡号************7894");
        assertThat(redact("卡号6222-0212-3456-7894")).isEqualTo("卡号************7894");
        assertThat(redact("卡号6217001234567890122")).isEqualTo("卡号***************0122");
    }

    @Test
    void aLuhnInvalidNumberStays() {
        assertThat(redact("卡号6222021234567890")).isEqualTo("卡号6222021234567890");
        assertThat(redact("卡号6222 0212 3456 7890")).isEqualTo("卡号6222 0212 3456 7890");
    }

    @Test
    void emailsKeepTheFirstCharacterAndTheDomain() {
        assertThat(redact("邮箱：zhang.san+qf@mail.example.com.cn。")).isEqualTo("邮箱：z***@mail.example.com.cn。");
        assertThat(redact("a@b.cn")).isEqualTo("a***@b.cn");
        assertThat(redact("1@13812345678.cn")).isEqualTo("1***@138****5678.cn");
        assertThat(redact("11010519491231002Xwangxm@example.com")).isEqualTo("1***@example.com");
    }

    // --- names and addresses --------------------------------------------------------------------------------------

    @Test
    void namesBecomeSurnamePlusMou() {
        var context = new Context(List.of("张三", "欧阳小明", "司马光", "王"), List.of());

        assertThat(redactor.redact("张三、欧阳小明、司马光与王某某", context).redacted()).isEqualTo("张某、欧阳某、司马某与王某某");
        assertThat(Redactor.pseudonym("𠮷野家")).isEqualTo("𠮷某");
    }

    @Test
    void addressesShorterThanFourCharactersAndOrganisationsAddressesStay() {
        var context = new Context(List.of(), List.of(" 曲阜市鼓楼北街8号3单元 ", "北街"));

        assertThat(redactor.redact("住曲阜市鼓楼北街8号3单元；公司位于曲阜市静轩西路99号北街", context).redacted())
                .isEqualTo("住[住址已删除]；公司位于曲阜市静轩西路99号北街");
    }

    @Test
    void overlappingMatchesTakeTheLongestWithoutOverlap() {
        var context = new Context(List.of("张三", "张三丰", "王小明"), List.of("王小明村东街1号"));

        Redaction r = redactor.redact("张三丰住王小明村东街1号，张三。", context);

        assertThat(r.redacted()).isEqualTo("张某住[住址已删除]，张某。");
        assertThat(r.spans()).extracting(Span::kind).containsExactly(Kind.PERSON_NAME, Kind.ADDRESS, Kind.PERSON_NAME);
        assertConsistent(r);
    }

    @Test
    void aReplacementThatUncoversAnotherNumberIsWidenedToCoverIt() {
        // the mobile is found first; its masked form no longer hides the card that follows it
        Redaction r = redactor.redact("16696746228 4800 1234 5678 903王", NOBODY);

        assertThat(r.redacted()).isEqualTo("166*******************8903王");
        assertThat(r.spans())
                .extracting(Span::start, Span::end, Span::kind)
                .containsExactly(tuple(0, 30, Kind.BANK_CARD));
        assertThat(redactor.redact(r.redacted(), NOBODY).redacted()).isEqualTo(r.redacted());
        assertConsistent(r);
    }

    @Test
    void nullsNeverThrow() {
        assertThat(redactor.redact(null, null)).isEqualTo(new Redaction("", "", List.of()));
        assertThat(redactor.redact("", NOBODY).spans()).isEmpty();
        assertThat(redactor.redact("罚款五千元", new Context(null, null)).redacted()).isEqualTo("罚款五千元");
        // a name is recognised without any party: issue 15
        assertThat(redactor.redact("张三", new Context(null, null)).redacted()).isEqualTo("张某");
        assertThat(redactor.redact("张三", new Context(Arrays.asList(null, " ", "张三"), Arrays.asList((String) null)))
                        .redacted())
                .isEqualTo("张某");
    }

    // --- properties -----------------------------------------------------------------------------------------------

    @Property
    void everyValidGeneratedIdNumberIsMasked(
            @ForAll("idNumbers") String id, @ForAll("filler") String before, @ForAll("filler") String after) {
        Redaction r = redactor.redact(before + id + after, WANG);

        assertThat(r.redacted()).isEqualTo(before + id.substring(0, 6) + "*".repeat(12) + after);
        assertThat(r.spans()).extracting(Span::kind).containsExactly(Kind.ID_NUMBER);
    }

    @Property
    void everyValidGeneratedOldIdNumberIsMasked(@ForAll("oldIdNumbers") String id, @ForAll("filler") String before) {
        assertThat(redactor.redact(before + id, NOBODY).redacted())
                .isEqualTo(before + id.substring(0, 6) + "*".repeat(9));
    }

    @Property
    void textWithoutDigitsAtOrHanCharactersIsReturnedUnchanged(@ForAll("plainText") String text) {
        Redaction r = redactor.redact(text, new Context(List.of("王小明", "欧阳小明"), List.of("曲阜市鼓楼北街8号")));

        assertThat(r.redacted()).isEqualTo(text);
        assertThat(r.spans()).isEmpty();
    }

    @Property
    void redactingTwiceChangesNothingMore(@ForAll("decisionLike") String text) {
        var context = new Context(List.of("王小明", "欧阳小明", "张三"), List.of("曲阜市鼓楼北街8号3单元"));
        String once = redactor.redact(text, context).redacted();

        assertThat(redactor.redact(once, context).redacted()).isEqualTo(once);
    }

    @Property
    void spansAreSortedDisjointAndReproduceTheRedactedText(@ForAll("anyText") String text) {
        assertConsistent(redactor.redact(text, new Context(List.of("王小明", "张三"), List.of("鼓楼北街8号"))));
    }

    @Provide
    Arbitrary<String> idNumbers() {
        var area = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
        var birth = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2026, 12, 31).toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).format(DateTimeFormatter.BASIC_ISO_DATE));
        var sequence = Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
        var lowerX = Arbitraries.of(true, false);
        return Combinators.combine(area, birth, sequence, lowerX).as((a, b, s, lower) -> {
            String body = a + b + s;
            String id = body + checkCharacter(body);
            return lower ? id.replace('X', 'x') : id;
        });
    }

    @Provide
    Arbitrary<String> oldIdNumbers() {
        var area = Arbitraries.integers().between(110000, 829999).map(String::valueOf);
        var birth = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(1999, 12, 31).toEpochDay())
                .map(day -> LocalDate.ofEpochDay(day).format(DateTimeFormatter.ofPattern("yyMMdd")));
        var sequence = Arbitraries.integers().between(0, 999).map(n -> String.format("%03d", n));
        return Combinators.combine(area, birth, sequence).as((a, b, s) -> a + b + s);
    }

    @Provide
    Arbitrary<String> filler() {
        return Arbitraries.of("", "，", "身份证号：", "号码 ", "ID:", "\n", "（", "）", "abc", "是")
                .list()
                .ofMaxSize(3)
                .map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().ofMaxLength(200).filter(s -> s.chars()
                .noneMatch(c -> (c >= '0' && c <= '9')
                        || (c >= '０' && c <= '９')
                        || c == '@'
                        || c == '＠'
                        // names and addresses are recognised in any Han text since issue 15
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    @Provide
    Arbitrary<String> decisionLike() {
        var fragment = Arbitraries.oneOf(
                Arbitraries.of(
                        "王小明",
                        "欧阳小明",
                        "张三",
                        "张三丰",
                        "王",
                        "曲阜市鼓楼北街8号3单元",
                        "11010519491231002X",
                        "370881198503120357",
                        "370881850312123",
                        "13812345678",
                        "+86 138 1234 5678",
                        "0537-4412345",
                        "(010)87654321-12",
                        "6222021234567894",
                        "6228 4800 1234 5678 903",
                        "6222021234567890",
                        "wangxm@example.com",
                        "91350100M000100Y43",
                        "鲁37088100101",
                        "100000元",
                        "2026-11-24",
                        "曲卫罚〔2026〕12号",
                        "，",
                        " ",
                        "-",
                        "+",
                        "@",
                        "*",
                        "某",
                        "。\n"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withChars("王小明张三欧阳某住址0123456789 -@.*X").ofMaxLength(6));
        return fragment.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), decisionLike());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private String redact(String text) {
        return redactor.redact(text, NOBODY).redacted();
    }

    /** Spans lie in the original, are sorted and disjoint, and replacing them turns the original into the redacted. */
    private static void assertConsistent(Redaction r) {
        var rebuilt = new StringBuilder();
        int at = 0;
        List<Span> spans = new ArrayList<>(r.spans());
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(at);
            assertThat(span.end())
                    .isGreaterThan(span.start())
                    .isLessThanOrEqualTo(r.original().length());
            rebuilt.append(r.original(), at, span.start()).append(span.replacement());
            at = span.end();
        }
        rebuilt.append(r.original().substring(at));
        assertThat(rebuilt.toString()).isEqualTo(r.redacted());
    }

    /** The GB 11643 check character, computed here independently of the class under test. */
    private static char checkCharacter(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
