package org.sunlight.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each list, in the order of the templates of the source documents (聊城市 附件1–4; D2, D3, D7). The
 * headers are the Chinese column titles that officials use in the Excel files; the key field identifies an entry across
 * versions.
 */
record ListSchema(ListKind kind, String keyField, List<FieldSpec> fields) {

    static final Map<ListKind, ListSchema> ALL = Map.of(
            ListKind.ITEMS,
            new ListSchema(
                    ListKind.ITEMS,
                    "code",
                    List.of(
                            FieldSpec.required("category", "执法类别", FieldType.CATEGORY, 10),
                            FieldSpec.required("name", "事项名称", FieldType.TEXT, 200),
                            FieldSpec.required("code", "事项编码", FieldType.CODE, 50),
                            FieldSpec.required("legalBasis", "执法依据", FieldType.LEGAL_BASIS, 2000),
                            FieldSpec.optional("discretionStandard", "裁量基准", FieldType.TEXT, 500),
                            FieldSpec.required("handlingOrgan", "承办机构", FieldType.TEXT, 200),
                            FieldSpec.optional("timeLimit", "办理时限（工作日）", FieldType.WORKING_DAYS, 20))),
            ListKind.RANDOM_INSPECTION_ITEMS,
            new ListSchema(
                    ListKind.RANDOM_INSPECTION_ITEMS,
                    "code",
                    List.of(
                            FieldSpec.required("code", "事项编码", FieldType.CODE, 50),
                            FieldSpec.required("name", "抽查事项", FieldType.TEXT, 200),
                            FieldSpec.required("inspectingBody", "抽查主体", FieldType.TEXT, 200),
                            FieldSpec.required("legalBasis", "抽查依据", FieldType.LEGAL_BASIS, 2000),
                            FieldSpec.required("object", "抽查对象", FieldType.TEXT, 500),
                            FieldSpec.required("content", "抽查内容", FieldType.LONG_TEXT, 2000),
                            FieldSpec.required("method", "抽查方式", FieldType.TEXT, 200),
                            FieldSpec.required("ratio", "抽查比例（%）", FieldType.PERCENT, 6),
                            FieldSpec.required("frequency", "抽查频次", FieldType.TEXT, 100))),
            ListKind.SERVICE_GUIDES,
            new ListSchema(
                    ListKind.SERVICE_GUIDES,
                    "code",
                    List.of(
                            FieldSpec.required("code", "事项编码", FieldType.CODE, 50),
                            FieldSpec.required("name", "事项名称", FieldType.TEXT, 200),
                            FieldSpec.required("legalBasis", "设定依据", FieldType.LEGAL_BASIS, 2000),
                            FieldSpec.required("handlingOrgan", "承办机构", FieldType.TEXT, 200),
                            FieldSpec.required("acceptingOrgan", "受理机构", FieldType.TEXT, 200),
                            FieldSpec.required("approvingOrgan", "决定机构", FieldType.TEXT, 200),
                            FieldSpec.required("conditions", "办理条件", FieldType.LONG_TEXT, 4000),
                            FieldSpec.optional("preferentialPolicies", "优惠政策", FieldType.LONG_TEXT, 2000),
                            FieldSpec.required("materials", "申请材料", FieldType.LONG_TEXT, 4000),
                            FieldSpec.optional("sampleTexts", "示范文本", FieldType.LONG_TEXT, 2000),
                            FieldSpec.required("procedure", "办理流程", FieldType.LONG_TEXT, 4000),
                            FieldSpec.required("timeLimit", "办理时限（工作日）", FieldType.WORKING_DAYS, 20),
                            FieldSpec.optional("fees", "收费标准", FieldType.TEXT, 500),
                            FieldSpec.required("supervision", "监督方式", FieldType.LONG_TEXT, 1000),
                            FieldSpec.required("accountability", "责任追究", FieldType.LONG_TEXT, 1000),
                            FieldSpec.required("remedies", "救济渠道", FieldType.LONG_TEXT, 1000),
                            FieldSpec.required("officeHours", "办公时间", FieldType.TEXT, 200),
                            FieldSpec.required("address", "办公地址", FieldType.TEXT, 200),
                            FieldSpec.required("phone", "联系电话", FieldType.TEXT, 50))));

    static ListSchema of(ListKind kind) {
        return ALL.get(kind);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The field whose value is the title of an entry. */
    public String titleField() {
        return "name";
    }
}
