package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** An entry is checked against its list's columns, the same way on the form and in an import (D2, D3). */
class EntryValidatorTest {

    private final EntryValidator validator = new EntryValidator(messages());
    private final ListSchema items = ListSchema.of(ListKind.ITEMS);

    @Test
    void acceptsAnItemAsOfficialsFillItIn() {
        var checked = validator.check(items, anItem(Map.of("category", "行政处罚类")), 2);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.entry().key()).isEqualTo("370881-XZCF-001");
        assertThat(checked.entry().get("category")).isEqualTo("PENALTY");
        assertThat(checked.entry().get("legalBasis")).isEqualTo("《医疗机构管理条例》第四十三条第一款；《医疗机构管理条例实施细则》第七十七条");
    }

    @Test
    void refusesAnUnknownCategory() {
        var checked = validator.check(items, anItem(Map.of("category", "行政表扬")), 5);

        assertThat(checked.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(5);
            assertThat(problem.header()).isEqualTo("执法类别");
            assertThat(problem.messageKey()).isEqualTo("catalog.field.invalid.CATEGORY");
        });
    }

    @Test
    void refusesALegalBasisWithoutLawAndArticle() {
        assertThat(validator
                        .check(items, anItem(Map.of("legalBasis", "医疗机构管理条例")), 2)
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.LEGAL_BASIS");
        assertThat(validator
                        .check(items, anItem(Map.of("legalBasis", "《医疗机构管理条例》")), 2)
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.LEGAL_BASIS");
        assertThat(validator
                        .check(items, anItem(Map.of("legalBasis", "《医疗机构管理条例》第四十三条；其他")), 2)
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.LEGAL_BASIS");
    }

    @Test
    void namesEveryMissingRequiredField() {
        var checked = validator.check(items, Map.of("category", "行政许可"), 9);

        assertThat(checked.problems()).extracting(FieldProblem::header).containsExactly("事项名称", "事项编码", "执法依据", "承办机构");
    }

    @Test
    void workingDaysAreAWholeNumberAndRatiosAPercentage() {
        assertThat(validator
                        .check(items, anItem(Map.of("timeLimit", "20个工作日")), 2)
                        .entry()
                        .get("timeLimit"))
                .isEqualTo("20");
        assertThat(validator.check(items, anItem(Map.of("timeLimit", "-3")), 2).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.WORKING_DAYS");

        var randomItems = ListSchema.of(ListKind.RANDOM_INSPECTION_ITEMS);
        var item = new java.util.HashMap<>(Map.of(
                "code", "370881-SJ-001",
                "name", "公共场所卫生监督抽查",
                "inspectingBody", "曲阜市卫生健康局",
                "legalBasis", "《公共场所卫生管理条例》第十条",
                "object", "住宿、沐浴、美容美发场所",
                "content", "卫生许可、从业人员健康证明",
                "method", "现场检查",
                "ratio", "5%",
                "frequency", "每年1次"));
        assertThat(validator.check(randomItems, item, 2).entry().get("ratio")).isEqualTo("5");
        item.put("ratio", "150");
        assertThat(validator.check(randomItems, item, 2).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.PERCENT");
    }

    @Test
    void aDiscretionBandsFineIsInYuanAndItsLowerBoundIsNotAboveItsUpper() {
        var standards = ListSchema.of(ListKind.DISCRETION_STANDARDS);
        var band = new java.util.HashMap<>(Map.of(
                "code", "370881-XZCF-001-2",
                "itemCode", "370881-XZCF-001",
                "name", "对未取得《医疗机构执业许可证》擅自执业的行政处罚",
                "circumstance", "一般",
                "description", "违法所得不足一万元，首次被查处",
                "fineMin", "50,000元",
                "fineMax", "80000",
                "legalBasis", "《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款"));

        var checked = validator.check(standards, band, 2);
        assertThat(checked.problems()).isEmpty();
        assertThat(checked.entry().get("fineMin")).isEqualTo("50000");

        band.put("fineMax", "30000");
        assertThat(validator.check(standards, band, 2).problems())
                .extracting(FieldProblem::header, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("罚款上限（元）", "catalog.field.range"));

        band.put("fineMax", "80000");
        band.put("circumstance", "特别严重");
        assertThat(validator.check(standards, band, 2).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.CHOICE");
    }

    @Test
    void anEntrustmentsTermIsTwoRealDaysInOrder() {
        var entrustments = ListSchema.of(ListKind.ENTRUSTMENTS);
        var entrustment = new java.util.HashMap<>(Map.of(
                "code", "WT-01",
                "name", "曲阜市卫生健康综合监督执法大队",
                "entrustingBody", "曲阜市卫生健康局",
                "agreement", "行政执法委托书",
                "legalBasis", "《中华人民共和国行政处罚法》第二十条",
                "scope", "行政检查和行政处罚",
                "termStart", "2024/01/01",
                "termEnd", "2026-02-30"));

        assertThat(validator.check(entrustments, entrustment, 2).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.invalid.DATE");
        entrustment.put("termEnd", "2023-12-31");
        assertThat(validator.check(entrustments, entrustment, 2).problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("catalog.field.range");
    }

    @Test
    void refusesTooLongText() {
        var checked = validator.check(items, anItem(Map.of("name", "很".repeat(201))), 2);

        assertThat(checked.problems()).extracting(FieldProblem::messageKey).containsExactly("catalog.field.too-long");
    }

    private static Map<String, String> anItem(Map<String, String> overrides) {
        var item = new java.util.HashMap<>(Map.of(
                "category", "行政处罚",
                "name", "对未取得《医疗机构执业许可证》擅自执业的行政处罚",
                "code", "370881-XZCF-001",
                "legalBasis", "《医疗机构管理条例》第四十三条第一款；《医疗机构管理条例实施细则》第七十七条",
                "discretionStandard", "",
                "handlingOrgan", "曲阜市卫生健康综合监督执法大队",
                "timeLimit", ""));
        item.putAll(overrides);
        return item;
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("messages/organization");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
