package org.sunlight.catalog;

import static org.sunlight.catalog.FieldSpec.choice;
import static org.sunlight.catalog.FieldSpec.optional;
import static org.sunlight.catalog.FieldSpec.required;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each list, in the order of the templates of the source documents (聊城市 附件1–7; D2–D9, A3, A4, L2,
 * L3, R3). The headers are the Chinese column titles officials use in the Excel files; {@code code} identifies an
 * entry across versions and {@code name} is its title. A range pair's first field may not exceed its second.
 */
record ListSchema(ListKind kind, List<FieldSpec> fields, List<Range> ranges) {

    static final String KEY = "code";
    static final String TITLE = "name";

    /** Two fields of which the first is at most the second (a fine's bounds, a term's days). */
    record Range(String low, String high) {}

    private static final Map<ListKind, ListSchema> ALL = new EnumMap<>(ListKind.class);

    static {
        define(
                ListKind.ITEMS,
                List.of(
                        required("category", "执法类别", FieldType.CATEGORY, 10),
                        required("name", "事项名称", FieldType.TEXT, 200),
                        required("code", "事项编码", FieldType.CODE, 50),
                        required("legalBasis", "执法依据", FieldType.LEGAL_BASIS, 2000),
                        optional("discretionStandard", "裁量基准", FieldType.TEXT, 500),
                        required("handlingOrgan", "承办机构", FieldType.TEXT, 200),
                        optional("timeLimit", "办理时限（工作日）", FieldType.WORKING_DAYS, 20)));
        define(
                ListKind.RANDOM_INSPECTION_ITEMS,
                List.of(
                        required("code", "事项编码", FieldType.CODE, 50),
                        required("name", "抽查事项", FieldType.TEXT, 200),
                        required("inspectingBody", "抽查主体", FieldType.TEXT, 200),
                        required("legalBasis", "抽查依据", FieldType.LEGAL_BASIS, 2000),
                        required("object", "抽查对象", FieldType.TEXT, 500),
                        required("content", "抽查内容", FieldType.LONG_TEXT, 2000),
                        required("method", "抽查方式", FieldType.TEXT, 200),
                        required("ratio", "抽查比例（%）", FieldType.PERCENT, 6),
                        required("frequency", "抽查频次", FieldType.TEXT, 100)));
        define(
                ListKind.BODIES,
                List.of(
                        required("code", "机构编码", FieldType.CODE, 50),
                        required("name", "机构名称", FieldType.TEXT, 200),
                        required("nature", "机构性质", FieldType.TEXT, 50),
                        required("fundingSource", "经费来源", FieldType.TEXT, 50),
                        required("staffing", "编制状况", FieldType.TEXT, 100),
                        choice("bodyType", "主体类别", true, "法定行政机关", "法律法规授权组织", "受委托组织"),
                        required("duties", "职责权限", FieldType.LONG_TEXT, 4000),
                        required("legalRepresentative", "法定代表人", FieldType.TEXT, 50),
                        required("address", "地址", FieldType.TEXT, 200),
                        required("complaintPhone", "投诉电话", FieldType.TEXT, 30),
                        optional("entrustingBody", "委托机关", FieldType.TEXT, 200),
                        optional("agreement", "委托协议", FieldType.TEXT, 200)));
        define(
                ListKind.SERVICE_GUIDES,
                List.of(
                        required("code", "事项编码", FieldType.CODE, 50),
                        required("name", "事项名称", FieldType.TEXT, 200),
                        required("legalBasis", "设定依据", FieldType.LEGAL_BASIS, 2000),
                        required("handlingOrgan", "承办机构", FieldType.TEXT, 200),
                        required("acceptingOrgan", "受理机构", FieldType.TEXT, 200),
                        required("approvingOrgan", "决定机构", FieldType.TEXT, 200),
                        required("conditions", "办理条件", FieldType.LONG_TEXT, 4000),
                        optional("preferentialPolicies", "优惠政策", FieldType.LONG_TEXT, 2000),
                        required("materials", "申请材料", FieldType.LONG_TEXT, 4000),
                        optional("sampleTexts", "示范文本", FieldType.LONG_TEXT, 2000),
                        required("procedure", "办理流程", FieldType.LONG_TEXT, 4000),
                        required("timeLimit", "办理时限（工作日）", FieldType.WORKING_DAYS, 20),
                        optional("fees", "收费标准", FieldType.TEXT, 500),
                        required("supervision", "监督方式", FieldType.LONG_TEXT, 1000),
                        required("accountability", "责任追究", FieldType.LONG_TEXT, 1000),
                        required("remedies", "救济渠道", FieldType.LONG_TEXT, 1000),
                        required("officeHours", "办公时间", FieldType.TEXT, 200),
                        required("address", "办公地址", FieldType.TEXT, 200),
                        required("phone", "联系电话", FieldType.TEXT, 50)));
        define(
                ListKind.RIGHTS_NOTICE,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "权利", FieldType.TEXT, 100),
                        required("content", "权利内容", FieldType.LONG_TEXT, 2000),
                        optional("timeLimit", "行使期限", FieldType.TEXT, 200),
                        required("legalBasis", "法律依据", FieldType.LEGAL_BASIS, 2000)));
        define(
                ListKind.WINDOW_BOARDS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "窗口名称", FieldType.TEXT, 100),
                        required("staffName", "工作人员", FieldType.TEXT, 50),
                        required("position", "职务", FieldType.TEXT, 50),
                        required("enforcementType", "执法种类", FieldType.TEXT, 100),
                        required("serviceItems", "服务事项", FieldType.LONG_TEXT, 2000),
                        required("duties", "岗位职责", FieldType.LONG_TEXT, 2000),
                        optional("sampleMaterials", "示范文本", FieldType.LONG_TEXT, 1000),
                        required("progressQuery", "办理进度查询", FieldType.TEXT, 200),
                        required("consultation", "咨询电话", FieldType.TEXT, 50),
                        required("complaint", "投诉渠道", FieldType.TEXT, 200)));
        define(
                ListKind.ENTRUSTMENTS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "受委托组织", FieldType.TEXT, 200),
                        required("entrustingBody", "委托机关", FieldType.TEXT, 200),
                        required("agreement", "委托协议", FieldType.TEXT, 200),
                        required("legalBasis", "委托依据", FieldType.LEGAL_BASIS, 2000),
                        required("scope", "委托事项和权限", FieldType.LONG_TEXT, 2000),
                        required("termStart", "委托期限起", FieldType.DATE, 10),
                        required("termEnd", "委托期限止", FieldType.DATE, 10)),
                new Range("termStart", "termEnd"));
        define(
                ListKind.DISCRETION_STANDARDS,
                List.of(
                        required("code", "基准编码", FieldType.CODE, 50),
                        required("itemCode", "事项编码", FieldType.CODE, 50),
                        required("name", "事项名称", FieldType.TEXT, 200),
                        choice("circumstance", "违法情节", true, "轻微", "一般", "较重", "严重"),
                        required("description", "情节描述", FieldType.LONG_TEXT, 1000),
                        required("fineMin", "罚款下限（元）", FieldType.MONEY, 20),
                        required("fineMax", "罚款上限（元）", FieldType.MONEY, 20),
                        optional("otherPenalties", "其他处罚", FieldType.TEXT, 500),
                        required("legalBasis", "执法依据", FieldType.LEGAL_BASIS, 2000)),
                new Range("fineMin", "fineMax"));
        define(
                ListKind.REVIEW_SCOPE_RULES,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "审核情形", FieldType.TEXT, 200),
                        required("category", "执法类别", FieldType.CATEGORY, 10),
                        choice("partyType", "当事人类型", true, "不限", "公民", "法人或其他组织"),
                        optional("amountThreshold", "涉案金额（元）达到", FieldType.MONEY, 20),
                        optional("decisionKind", "决定种类", FieldType.TEXT, 100),
                        choice("afterHearing", "经过听证", true, "是", "否"),
                        choice("complex", "案情复杂", true, "是", "否"),
                        optional("note", "说明", FieldType.LONG_TEXT, 1000)));
        define(
                ListKind.REVIEW_ELEMENTS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "审核要素", FieldType.TEXT, 100),
                        required("description", "审核内容", FieldType.LONG_TEXT, 2000)));
        define(
                ListKind.RECORDING_REQUIREMENTS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "执法环节", FieldType.TEXT, 100),
                        choice("method", "记录方式", true, "文字记录", "文字和音像记录", "全过程音像记录"),
                        optional("places", "适用的执法活动和场所", FieldType.LONG_TEXT, 1000),
                        optional("description", "说明", FieldType.LONG_TEXT, 1000)));
    }

    static {
        define(
                ListKind.HEARING_THRESHOLDS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("name", "听证标准", FieldType.TEXT, 200),
                        choice("partyType", "当事人类型", true, "公民", "法人或其他组织"),
                        required("fineThreshold", "罚款数额（元）达到", FieldType.MONEY, 20),
                        required("confiscationThreshold", "没收数额（元）达到", FieldType.MONEY, 20),
                        required("legalBasis", "依据", FieldType.LEGAL_BASIS, 1000)));
    }

    static {
        define(
                ListKind.PENALTY_ADJUSTMENTS,
                List.of(
                        required("code", "编号", FieldType.CODE, 50),
                        required("itemCode", "事项编码", FieldType.CODE, 50),
                        required("name", "违法行为", FieldType.TEXT, 200),
                        choice("circumstance", "违法情节", true, "轻微", "一般", "较重", "严重"),
                        choice("outcome", "处理方式", true, PenaltyAdjustment.Outcome.labels()),
                        required("conditions", "适用情形", FieldType.LONG_TEXT, 1000),
                        optional("measures", "其他措施", FieldType.TEXT, 500),
                        required("legalBasis", "依据", FieldType.LEGAL_BASIS, 2000)));
    }

    private static void define(ListKind kind, List<FieldSpec> fields, Range... ranges) {
        ALL.put(kind, new ListSchema(kind, List.copyOf(fields), List.of(ranges)));
    }

    static ListSchema of(ListKind kind) {
        return ALL.get(kind);
    }

    String keyField() {
        return KEY;
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst();
    }

    /** The field whose value is the title of an entry. */
    public String titleField() {
        return TITLE;
    }
}
