package org.sunlight.supervision;

import java.util.List;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.sunlight.organization.Organization;
import org.sunlight.platform.DemoData;

/**
 * The powers-to-posts list (A2; 实施方案 三(一)2-3): each unit's powers broken down to its organs and posts, with
 * their duties and the liability for wrongful acts at each stage of a case. Published on the portal; an accountability
 * matter names its answerable posts from it. The demo list is loaded once, when no unit has one.
 */
@Service
@Order(41)
class PostDuties implements ApplicationRunner {

    private final JdbcClient db;
    private final Organization organization;
    private final DemoData demo;

    PostDuties(JdbcClient db, Organization organization, DemoData demo) {
        this.db = db;
        this.organization = organization;
        this.demo = demo;
    }

    List<PostDuty> of(UUID unitId) {
        return db.sql(
                        """
                        select * from supervision.post_duty where unit_id = ?
                        order by array_position(array['CLUE', 'INVESTIGATION', 'PROPOSAL', 'INTERNAL_REVIEW',
                            'LEGAL_REVIEW', 'DECISION', 'EXECUTION']::varchar[], stage), organ, post
                        """)
                .param(unitId)
                .query((rs, n) -> new PostDuty(
                        rs.getObject("id", UUID.class),
                        unitId,
                        rs.getString("organ"),
                        rs.getString("post"),
                        ResponsibilityStage.valueOf(rs.getString("stage")),
                        rs.getString("powers"),
                        rs.getString("duties"),
                        rs.getString("liability")))
                .list();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || db.sql("select count(*) from supervision.post_duty")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        for (var unit : organization.activeUnits()) {
            for (var line : DEMO) {
                db.sql(
                                """
                                insert into supervision.post_duty (id, unit_id, organ, post, stage, powers, duties,
                                    liability)
                                values (?, ?, ?, ?, ?, ?, ?, ?)
                                """)
                        .params(UUID.randomUUID(), unit.id(), line[0], line[1], line[2], line[3], line[4], line[5])
                        .update();
            }
        }
    }

    private static final List<String[]> DEMO = List.of(
            new String[] {
                "卫生监督执法机构",
                "执法人员（承办人）",
                "CLUE",
                "受理投诉举报、监督检查中发现违法线索，报请立案。",
                "对违法线索及时核查，符合立案条件的及时报请立案。",
                "应立案不立案、发现线索不报告的，承担直接责任。"
            },
            new String[] {
                "卫生监督执法机构",
                "执法人员（承办人）",
                "INVESTIGATION",
                "现场检查、询问、抽样取证、先行登记保存。",
                "两名以上持证执法人员调查取证，出示证件，全面、客观、公正收集证据（行政处罚法 第四十二条、第五十五条）。",
                "证据不足、违反法定程序取证的，承担直接责任。"
            },
            new String[] {
                "卫生监督执法机构",
                "执法人员（承办人）",
                "PROPOSAL",
                "提出处理意见，事先告知当事人并听取陈述申辩。",
                "依据事实和裁量基准提出建议，告知当事人权利（行政处罚法 第四十四条、第四十五条）。",
                "建议明显不当、未告知权利的，承担直接责任。"
            },
            new String[] {
                "卫生监督执法机构",
                "科室负责人",
                "INTERNAL_REVIEW",
                "审核案件事实、证据和处理建议。",
                "对承办人员的建议逐项审核，发现问题退回补充。",
                "审核把关不严致决定错误的，承担审核责任。"
            },
            new String[] {
                "法制机构",
                "法制审核人员",
                "LEGAL_REVIEW",
                "对重大执法决定进行法制审核。",
                "审核主体、事实、证据、依据、程序、裁量，出具书面意见（行政处罚法 第五十八条）。",
                "应审未审、审核意见错误的，承担审核责任。"
            },
            new String[] {
                "机关领导",
                "负责人",
                "DECISION",
                "作出行政执法决定，组织集体讨论。",
                "审查后依法作出决定；情节复杂或重大违法的集体讨论决定（行政处罚法 第五十七条）。",
                "决定违法或明显不当的，承担决定责任。"
            },
            new String[] {
                "卫生监督执法机构",
                "执法人员（承办人）",
                "EXECUTION",
                "送达决定书，督促履行，申请强制执行，结案归档。",
                "依法送达、跟踪履行、按期申请法院强制执行（行政处罚法 第六十一条、第七十二条）。",
                "不送达、不执行、不归档的，承担直接责任。"
            });
}
