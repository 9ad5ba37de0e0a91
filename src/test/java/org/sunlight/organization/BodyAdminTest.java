package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.location;
import static org.sunlight.organization.OfficerAdminTest.asBrowser;
import static org.sunlight.organization.OfficerAdminTest.invalidInput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** Admins keep the enforcement bodies (D4) of their scope: every disclosed field, a unique name, a real phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BodyAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anAdminCreatesABodyWithEveryDisclosedFieldAndFindsItInTheList() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/admin/bodies/new");
        var name = newName();

        var response = admin.postForm("/admin/bodies", aBody("370881", name));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/bodies");
        var list = admin.get("/admin/bodies").body();
        assertThat(list).contains("已保存执法主体“" + name + "”").contains(name).contains("法律法规授权组织");
        var stored = db.sql("select nature, funding_source, staffing, duties, legal_representative, address,"
                        + " complaint_phone from organization.enforcement_body where name = ?")
                .param(name)
                .query((rs, row) -> new String[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7)
                })
                .single();
        assertThat(stored)
                .containsExactly("事业单位", "财政全额拨款", "事业编制 12 名", "负责传染病防治监督", "孔祥东", "曲阜市静轩东路12号", "0537-4412345");
    }

    @Test
    void aBodyNameIsUniqueAndAComplaintPhoneMustBeAPhoneNumber() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/admin/bodies/new");
        var duplicate = aBody("370881", "曲阜市卫生健康局");
        var badPhone = aBody("370881", newName());
        badPhone.put("complaintPhone", "请拨打12345转人工");

        var taken = admin.postForm("/admin/bodies", duplicate);
        var phone = admin.postForm("/admin/bodies", badPhone);

        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("执法主体“曲阜市卫生健康局”已存在，名称不能重复。");
        assertThat(invalidInput(taken.body(), "name")).isTrue();
        assertThat(phone.body()).contains("投诉电话格式不正确");
        assertThat(invalidInput(phone.body(), "complaintPhone")).isTrue();
        assertThat(db.sql("select count(*) from organization.enforcement_body where name = ?")
                        .param(badPhone.get("name"))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdminEditsAndDeactivatesABodyOfTheirUnit() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/admin/bodies/new");
        var name = newName();
        admin.postForm("/admin/bodies", aBody("370881", name));
        admin.get("/admin/bodies");
        var id = bodyNamed(name);
        assertThat(admin.get("/admin/bodies/" + id + "/edit").body()).contains(name);

        var changed = aBody("370883", name);
        changed.put("address", "曲阜市新区1号");
        var saved = admin.postForm("/admin/bodies/" + id, changed);
        assertThat(admin.get("/admin/bodies").body()).contains("已保存执法主体“" + name + "”");
        var deactivated = admin.postForm("/admin/bodies/" + id + "/deactivate", Map.of());

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(deactivated.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/bodies").body()).contains("已停用执法主体“" + name + "”");
        var row = db.sql("select address, active, unit_id from organization.enforcement_body where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getObject(3, UUID.class)})
                .single();
        assertThat(row[0]).isEqualTo("曲阜市新区1号");
        assertThat(row[1]).isEqualTo(false);
        assertThat(row[2]).isEqualTo(unitId("370881"));
    }

    @Test
    void aCountyAdminCanNeitherSeeNorUseAnotherCountysBodiesOrUnit() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        var zouchengBody = db.sql("select b.id from organization.enforcement_body b join organization.unit u"
                        + " on u.id = b.unit_id where u.division_code = '370883' limit 1")
                .query(UUID.class)
                .single();

        assertThat(admin.get("/admin/bodies").body()).doesNotContain("邹城市卫生健康综合监督执法大队");
        assertThat(asBrowser(admin, "/admin/bodies/" + zouchengBody + "/edit").statusCode())
                .isEqualTo(404);
        admin.get("/admin/bodies/new");
        var name = newName();
        var intoZoucheng = admin.postForm("/admin/bodies", aBody("370883", name));
        assertThat(intoZoucheng.statusCode()).isEqualTo(200);
        assertThat(intoZoucheng.body()).contains("请选择您管理范围内的在用单位");
        assertThat(bodyNamed(name)).isNull();
        assertThat(admin.postForm("/admin/bodies/" + zouchengBody + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void garbageNeverBreaksThePage() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/bodies/new");
        var tooLong = aBody("370800", "长".repeat(201));
        tooLong.put("bodyType", "PIRATE");
        tooLong.put("complaintPhone", "1".repeat(31));
        tooLong.put("duties", "职".repeat(4001));

        var empty = admin.postForm("/admin/bodies", Map.of());
        var longer = admin.postForm("/admin/bodies", tooLong);

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body())
                .contains("请选择所属单位")
                .contains("请填写执法主体名称")
                .contains("请选择主体类别")
                .contains("请填写投诉电话");
        assertThat(longer.statusCode()).isEqualTo(200);
        assertThat(longer.body())
                .contains("不能超过 200 个字")
                .contains("不能超过 30 个字")
                .contains("不能超过 4000 个字")
                .contains("格式不正确");
        assertThat(admin.get("/admin/bodies/0/edit").statusCode()).isEqualTo(404);
    }

    private Map<String, String> aBody(String divisionCode, String name) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("unitId", unitId(divisionCode).toString());
        fields.put("name", name);
        fields.put("nature", "事业单位");
        fields.put("fundingSource", "财政全额拨款");
        fields.put("staffing", "事业编制 12 名");
        fields.put("bodyType", "AUTHORIZED");
        fields.put("duties", "负责传染病防治监督");
        fields.put("legalRepresentative", "孔祥东");
        fields.put("address", "曲阜市静轩东路12号");
        fields.put("complaintPhone", "0537-4412345");
        return fields;
    }

    private static String newName() {
        return "测试执法主体" + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID bodyNamed(String name) {
        return db.sql("select id from organization.enforcement_body where name = ?")
                .param(name)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private UUID unitId(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }
}
