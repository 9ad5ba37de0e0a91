package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.form;
import static org.sunlight.StaffClient.location;
import static org.sunlight.organization.OfficerAdminTest.asBrowser;
import static org.sunlight.organization.OfficerAdminTest.invalidInput;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Admins keep the units of their scope: a new unit takes the level below its parent's, a county has no units below
 * it, division codes are six digits and unique, and another county's unit does not exist for a county admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnitAdminTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void aCityAdminCreatesACountyUnitUnderTheCityAndFindsItInTheList() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        var code = freeDivisionCode();
        var name = "测试县卫生健康局" + code;
        assertThat(admin.get("/admin/units/new").body()).contains("济宁市卫生健康委员会");

        var response =
                admin.postForm("/admin/units", form("name", name, "divisionCode", code, "parentId", unitId("370800")));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/units");
        var list = admin.get("/admin/units").body();
        assertThat(list).contains("已保存单位“" + name + "”").contains(name).contains(code);
        assertThat(db.sql("select level from organization.unit where division_code = ?")
                        .param(code)
                        .query(String.class)
                        .single())
                .isEqualTo("COUNTY");
    }

    @Test
    void creatingAUnitUnderACountyIsRefusedWithAFieldError() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        assertThat(admin.get("/admin/units/new").body()).contains("县级单位不能再设下级单位");
        var code = freeDivisionCode();

        var response = admin.postForm(
                "/admin/units", form("name", "曲阜某乡卫生院", "divisionCode", code, "parentId", unitId("370881")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("曲阜市卫生健康局是县级单位，不能再设下级单位。");
        assertThat(invalidInput(response.body(), "parentId")).isTrue();
        assertThat(unitWith(code)).isNull();
    }

    @Test
    void aDivisionCodeIsSixDigitsAndUnique() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/units/new");

        var taken = admin.postForm(
                "/admin/units", form("name", "重复代码", "divisionCode", "370881", "parentId", unitId("370800")));
        var malformed = admin.postForm(
                "/admin/units", form("name", "错误代码", "divisionCode", "037088", "parentId", unitId("370800")));

        assertThat(taken.body()).contains("行政区划代码 370881 已被其他单位使用。");
        assertThat(invalidInput(taken.body(), "divisionCode")).isTrue();
        assertThat(malformed.body()).contains("行政区划代码应为 6 位数字");
    }

    @Test
    void theLevelCannotBeChangedByEditing() {
        var admin = StaffClient.loggedIn(port, "province-admin");
        admin.get("/admin/units/new");
        var code = freeDivisionCode();
        admin.postForm("/admin/units", form("name", "测试市卫生健康委员会", "divisionCode", code, "parentId", unitId("370000")));
        var id = unitWith(code);
        assertThat(admin.get("/admin/units/" + id + "/edit").body()).contains("市级");

        var saved = admin.postForm(
                "/admin/units/" + id,
                form(
                        "name",
                        "测试市卫生健康委员会（更名）",
                        "divisionCode",
                        code,
                        "level",
                        "PROVINCE",
                        "parentId",
                        "not-a-uuid",
                        "id",
                        UUID.randomUUID().toString()));

        assertThat(saved.statusCode()).isEqualTo(302);
        var row = db.sql("select name, level, parent_id from organization.unit where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class)})
                .single();
        assertThat(row[0]).isEqualTo("测试市卫生健康委员会（更名）");
        assertThat(row[1]).isEqualTo("CITY");
        assertThat(row[2]).isEqualTo(UUID.fromString(unitId("370000")));
    }

    @Test
    void aCountyAdminSeesNeitherTheCityNorTheOtherCounty() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");

        var list = admin.get("/admin/units").body();

        assertThat(list).contains("曲阜市卫生健康局").doesNotContain("邹城市卫生健康局");
        assertThat(asBrowser(admin, "/admin/units/" + unitId("370883") + "/edit")
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/units/" + unitId("370800") + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(db.sql("select active from organization.unit where division_code = '370800'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void anAdminCannotDeactivateTheirOwnUnitButCanASubordinateOne() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/units/new");
        var code = freeDivisionCode();
        admin.postForm("/admin/units", form("name", "待停用县", "divisionCode", code, "parentId", unitId("370800")));
        admin.get("/admin/units");
        var id = unitWith(code);

        var own = admin.postForm("/admin/units/" + unitId("370800") + "/deactivate", Map.of());
        assertThat(admin.get(location(own).replaceFirst("^https?://[^/]+", "")).body())
                .contains("不能停用本单位");
        var other = admin.postForm("/admin/units/" + id + "/deactivate", Map.of());

        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/units").body()).contains("已停用单位“待停用县”");
        assertThat(activeUnit("370800")).isTrue();
        assertThat(activeUnit(code)).isFalse();
        admin.postForm("/admin/units/" + id + "/activate", Map.of());
        assertThat(activeUnit(code)).isTrue();
    }

    @Test
    void garbageNeverBreaksThePage() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/units/new");

        var empty = admin.postForm("/admin/units", Map.of());
        var tooLong = admin.postForm(
                "/admin/units", form("name", "长".repeat(101), "divisionCode", "3708812", "parentId", "not-a-uuid"));
        var unknownParent = admin.postForm(
                "/admin/units",
                form(
                        "name",
                        "无上级",
                        "divisionCode",
                        freeDivisionCode(),
                        "parentId",
                        UUID.randomUUID().toString()));

        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写单位名称").contains("请填写行政区划代码").contains("请选择上级单位");
        assertThat(tooLong.statusCode()).isEqualTo(200);
        assertThat(tooLong.body()).contains("不能超过 100 个字").contains("请从列表中选择");
        assertThat(unknownParent.statusCode()).isEqualTo(200);
        assertThat(unknownParent.body()).contains("请选择您管理范围内的在用单位作为上级单位");
        assertThat(admin.get("/admin/units/xyz/edit").statusCode()).isEqualTo(404);
        assertThat(admin.postForm("/admin/units/xyz", form("name", "x")).statusCode())
                .isEqualTo(404);
    }

    private String freeDivisionCode() {
        while (true) {
            var code = String.valueOf(ThreadLocalRandom.current().nextInt(500000, 999999));
            if (unitWith(code) == null) {
                return code;
            }
        }
    }

    private UUID unitWith(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private boolean activeUnit(String divisionCode) {
        return db.sql("select active from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(Boolean.class)
                .single();
    }

    private String unitId(String divisionCode) {
        return unitWith(divisionCode).toString();
    }
}
