package org.sunlight.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.platform.DemoData;

/**
 * The demo counties' implementation plans of the three systems, so that the portal's section is not empty on a first
 * run; saved through {@link ImplementationPlans} as an administrator would, once, into an empty table.
 */
@Component
@Order(42)
class DemoImplementationPlans implements ApplicationRunner {

    private final DemoData demo;
    private final Organization organization;
    private final ImplementationPlans plans;
    private final JdbcClient db;

    DemoImplementationPlans(DemoData demo, Organization organization, ImplementationPlans plans, JdbcClient db) {
        this.demo = demo;
        this.organization = organization;
        this.plans = plans;
        this.db = db;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()
                || db.sql("select exists (select 1 from supervision.implementation_plan)")
                        .query(Boolean.class)
                        .single()) {
            return;
        }
        for (var code : List.of("370881", "370883")) {
            organization.unitByDivisionCode(code).ifPresent(unit -> {
                var form = new ImplementationPlanForm();
                form.setTitle(unit.name() + "关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的实施方案");
                form.setAdoptedOn(LocalDate.of(2019, 6, 20));
                form.setBody(body(unit.name()));
                plans.save(unit.id(), form, code.equals("370881") ? "qufu-admin" : "zoucheng-admin");
            });
        }
    }

    private static String body(String unitName) {
        return """
                为规范本单位行政执法行为，依据《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号），结合本单位卫生健康行政执法工作实际，制定本方案。

                一、总体要求
                坚持依法行政，以行政处罚、行政许可、行政强制、行政检查等执法行为为重点，做到执法信息公开透明、执法全过程留痕可回溯、重大执法决定法制审核全覆盖。

                二、主要任务
                （一）全面推行行政执法公示制度。事前公开执法主体、人员、职责、权限、依据、程序、救济方式和随机抽查事项清单；事中执法人员主动出示执法证件、出具执法文书；事后自作出决定之日起七个工作日内公开行政许可、行政处罚的执法决定信息，每年1月31日前公开上年度行政执法总体情况统计年报。
                （二）全面推行执法全过程记录制度。以文字、音像方式记录执法的启动、调查取证、审核决定、送达执行等全过程；对现场检查、查封扣押、听证等容易引发争议的环节进行全程音像记录；执法记录归档保存，不得篡改、删除。
                （三）全面推行重大执法决定法制审核制度。作出重大执法决定前，由法制审核机构对执法主体、权限、事实、证据、依据、程序和裁量基准进行审核；未经法制审核或者审核未通过的，不得作出决定。

                三、保障措施
                %s主要负责人对本方案的实施负总责，法制审核机构具体组织实施，综合监督执法机构逐项落实；落实情况纳入年度行政执法评议考核。
                """
                .formatted(unitName)
                .strip();
    }
}
