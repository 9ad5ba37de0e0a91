package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.inspection.InspectionFixtures.HEADERS;
import static org.sunlight.inspection.InspectionFixtures.aCreditCode;
import static org.sunlight.inspection.InspectionFixtures.importSheet;
import static org.sunlight.inspection.InspectionFixtures.sheet;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;
import org.sunlight.cases.CreditCode;

/** S1: the pool of objects of inspection, kept by import and by form, every change in its history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectPoolTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    Clock clock;

    @Test
    void theDemoCountyHasAPoolOfThousandsAcrossEveryCategoryWithValidCodes() {
        var qufu = InspectionFixtures.unit(db, "370881");
        var perCategory = db.sql(
                        "select category, count(*) from inspection.subject where unit_id = ? group by category")
                .param(qufu)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
        assertThat(perCategory).hasSize(SubjectCategory.values().length);
        assertThat(perCategory.stream().mapToLong(Map.Entry::getValue).sum()).isGreaterThanOrEqualTo(3000);
        var codes = db.sql("select credit_code from inspection.subject where unit_id = ? and credit_code is not null")
                .param(qufu)
                .query(String.class)
                .list();
        assertThat(codes).hasSizeGreaterThan(2000).allSatisfy(code -> assertThat(CreditCode.problem(code))
                .isEmpty());
        assertThat(db.sql("select count(distinct risk_class) from inspection.subject where unit_id = ?")
                        .param(qufu)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void anImportAddsAndUpdatesSubjectsAndKeepsTheirHistory() throws Exception {
        var officer = StaffClient.loggedIn(port, "zoucheng-officer");
        var code = aCreditCode(101);
        var yesterday = LocalDate.now(clock).minusDays(1).toString();
        var first = sheet(
                HEADERS,
                List.of("邹城市测试宾馆", code, "", "公共场所", "邹城市太平东路1号", "钢山街道", "B", "正常经营", yesterday),
                List.of(
                        "邹城市测试卫生室",
                        "",
                        "PDY" + UUID.randomUUID().toString().substring(0, 8),
                        "医疗机构",
                        "邹城市某村",
                        "太平镇",
                        "A类",
                        "正常经营",
                        ""));

        var response = importSheet(officer, first);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(officer.get("/console/inspection/subjects").body()).contains("已导入 2 行：新增 2 个检查对象，更新 0 个");
        var again = sheet(
                HEADERS,
                List.of("邹城市测试宾馆", code.toLowerCase(), "", "公共场所", "邹城市太平东路1号", "钢山街道", "D", "停业、关闭", yesterday));
        assertThat(importSheet(officer, again).statusCode()).isEqualTo(302);
        var subject = db.sql("select id, risk_class, status from inspection.subject where credit_code = ?")
                .param(code)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
                .single();
        assertThat(subject.subList(1, 3)).containsExactly("D", "CLOSED");
        var page = officer.get("/console/inspection/subjects/" + subject.get(0)).body();
        assertThat(page).contains("Excel 导入").contains("风险等级：B → D").contains("经营状态：OPERATING → CLOSED");
    }

    @Test
    void aSheetWithABadRowImportsNothingAndNamesEveryBadRow() throws Exception {
        var officer = StaffClient.loggedIn(port, "zoucheng-officer");
        var good = aCreditCode(202);
        var repeated = aCreditCode(203);
        var badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        var tomorrow = LocalDate.now(clock).plusDays(1).toString();
        var bad = sheet(
                HEADERS,
                List.of("好的一行", good, "", "公共场所", "地址1", "钢山街道", "A", "正常经营", ""),
                List.of("校验码错", badCheck, "", "公共场所", "地址2", "钢山街道", "A", "正常经营", ""),
                List.of("类别错", aCreditCode(204), "", "美食", "地址3", "钢山街道", "A", "正常经营", ""),
                List.of("重复一", repeated, "", "学校卫生", "地址4", "钢山街道", "C", "正常经营", ""),
                List.of("重复二", repeated, "", "学校卫生", "地址5", "钢山街道", "C", "正常经营", ""),
                List.of("将来检查", aCreditCode(205), "", "学校卫生", "地址6", "钢山街道", "C", "正常经营", tomorrow));

        var response = importSheet(officer, bad);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("共发现 5 处问题")
                .contains("第 3 行 统一社会信用代码：统一社会信用代码的校验码不对")
                .contains("第 4 行 监管类别：没有这个监管类别")
                .contains("第 5 行 统一社会信用代码：表中有多行")
                .contains("第 6 行 统一社会信用代码：表中有多行")
                .contains("第 7 行 最近检查日期：最近检查日期不能晚于今天");
        assertThat(db.sql("select count(*) from inspection.subject where credit_code = ?")
                        .param(good)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theFormRefusesABadCreditCodeOnItsFieldAndKeepsAGoodChange() {
        var officer = StaffClient.loggedIn(port, "zoucheng-officer");
        officer.get("/console/inspection/subjects/new");
        var code = aCreditCode(301);
        var fields = new java.util.HashMap<>(Map.of(
                "name", "邹城市表单诊所",
                "creditCode", code.substring(0, 17) + (code.charAt(17) == 'A' ? 'B' : 'A'),
                "category", "MEDICAL_INSTITUTION",
                "address", "邹城市岗山路8号",
                "area", "千泉街道",
                "riskClass", "C",
                "status", "OPERATING",
                "version", "0"));

        var refused = officer.postForm("/console/inspection/subjects", fields);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("creditCode-error").contains("校验码不对");
        fields.put("creditCode", code);
        var saved = officer.postForm("/console/inspection/subjects", fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        var page = officer.get(java.net.URI.create(StaffClient.location(saved)).getPath())
                .body();
        assertThat(page).contains("邹城市表单诊所").contains(code).contains("表单");
        // another county's staff do not keep this pool
        var qufu = StaffClient.loggedIn(port, "qufu-officer");
        assertThat(qufu.get(java.net.URI.create(StaffClient.location(saved)).getPath())
                        .statusCode())
                .isEqualTo(404);
    }
}
