package org.sunlight.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.StaffClient.location;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/**
 * Admins keep the officers of their scope over the real screens: create, find, edit, deactivate; a certificate number
 * belongs to one officer; another unit's officer does not exist for a county admin; garbage never breaks the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficerAdminTest {

    private static final String QUFU = "370881";
    private static final String ZOUCHENG = "370883";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anAdminCreatesAnOfficerAndFindsItInTheListWithAValidCertificate() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var certificateNo = newCertificateNo();
        assertThat(admin.get("/admin/officers/new").statusCode()).isEqualTo(200);

        var response = admin.postForm("/admin/officers", anOfficer(ZOUCHENG, "孟凡新", certificateNo));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/admin/officers");
        var list = admin.get("/admin/officers");
        assertThat(list.body()).contains("已保存执法人员“孟凡新”");
        var found = admin.get("/admin/officers?q=" + encode(certificateNo)).body();
        assertThat(found).contains("孟凡新").contains(certificateNo).contains("邹城市卫生健康局");
        assertThat(statusBadge(found)).isEqualTo("有效");
    }

    @Test
    void theListShowsAnExpiredCertificateAsExpired() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/new");
        var certificateNo = newCertificateNo();
        var officer = anOfficer(ZOUCHENG, "过期证", certificateNo);
        officer.put("issuedOn", "2010-01-01");
        officer.put("expiresOn", "2015-01-01");
        assertThat(admin.postForm("/admin/officers", officer).statusCode()).isEqualTo(302);

        var found = admin.get("/admin/officers?q=" + encode(certificateNo)).body();

        assertThat(statusBadge(found)).isEqualTo("已过期");
    }

    @Test
    void theSearchFindsAnOfficerByName() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/new");
        var name = "寻" + UUID.randomUUID().toString().substring(0, 6);
        admin.postForm("/admin/officers", anOfficer(ZOUCHENG, name, newCertificateNo()));

        var found = admin.get("/admin/officers?q=" + encode(name)).body();

        assertThat(found).contains(name);
        assertThat(admin.get("/admin/officers?q=" + encode("无此人" + UUID.randomUUID()))
                        .body())
                .contains("没有符合条件的执法人员");
    }

    @Test
    void aDuplicateCertificateNumberIsRefusedNamingItsHolderAndNothingIsSaved() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        var taken = db.sql("select o.certificate_no, o.name from organization.officer o join organization.unit u"
                        + " on u.id = o.unit_id where u.division_code = ? order by o.certificate_no limit 1")
                .param(ZOUCHENG)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        admin.get("/admin/officers/new");

        var response = admin.postForm("/admin/officers", anOfficer(ZOUCHENG, "重号者", taken[0]));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("该执法证件编号已被" + taken[1] + "使用");
        assertThat(invalidInput(response.body(), "certificateNo")).isTrue();
        assertThat(db.sql("select count(*) from organization.officer where name = '重号者'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aCountyAdminOpeningAnotherCountysOfficerGetsNotFound() {
        var zouchengOfficer = anOfficerOf(ZOUCHENG);
        var name = db.sql("select name from organization.officer where id = ?")
                .param(zouchengOfficer)
                .query(String.class)
                .single();
        var admin = StaffClient.loggedIn(port, "qufu-admin");

        var edit = asBrowser(admin, "/admin/officers/" + zouchengOfficer + "/edit");

        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(edit.body()).contains("您访问的页面不存在").doesNotContain(name);
        admin.get("/admin/officers");
        assertThat(admin.postForm("/admin/officers/" + zouchengOfficer + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/officers/" + zouchengOfficer, anOfficer(QUFU, "越权", newCertificateNo()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(db.sql("select active from organization.officer where id = ?")
                        .param(zouchengOfficer)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(admin.get("/admin/officers?q=" + encode("鲁" + ZOUCHENG)).body())
                .contains("没有符合条件的执法人员");
    }

    @Test
    void aCountyAdminCannotPutAnOfficerIntoAnotherCounty() {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/admin/officers/new");
        var certificateNo = newCertificateNo();

        var response = admin.postForm("/admin/officers", anOfficer(ZOUCHENG, "越界者", certificateNo));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请选择您管理范围内的在用单位");
        assertThat(officerWith(certificateNo)).isNull();
    }

    @Test
    void aCityAdminEditsAQufuOfficerAndDeactivatesIt() {
        var admin = StaffClient.loggedIn(port, "city-admin");
        admin.get("/admin/officers/new");
        var certificateNo = newCertificateNo();
        assertThat(admin.postForm("/admin/officers", anOfficer(QUFU, "孔令市", certificateNo))
                        .statusCode())
                .isEqualTo(302);
        var id = officerWith(certificateNo);

        var edit = admin.get("/admin/officers/" + id + "/edit");
        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(edit.body()).contains("孔令市").contains("曲阜市卫生健康局");
        var changed = anOfficer(QUFU, "孔令市", certificateNo);
        changed.put("position", "副队长");
        changed.put("revoked", "true");
        changed.put("revokedReason", "调离执法岗位");
        var saved = admin.postForm("/admin/officers/" + id, changed);

        assertThat(saved.statusCode()).isEqualTo(302);
        var row = admin.get("/admin/officers?q=" + encode(certificateNo)).body();
        assertThat(row).contains("副队长");
        assertThat(statusBadge(row)).isEqualTo("已注销");

        // cleanup as well as a requirement: a deactivated officer no longer counts for the unit
        assertThat(admin.postForm("/admin/officers/" + id + "/deactivate", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(admin.get("/admin/officers?q=" + encode(certificateNo)).body())
                .contains("已停用");
        assertThat(db.sql("select active from organization.officer where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    @Test
    void anOfficerWhoIsNoAdminIsRefused() {
        var officer = StaffClient.loggedIn(port, "qufu-officer");

        assertThat(officer.get("/admin/officers").statusCode()).isEqualTo(403);
        assertThat(officer.get("/admin/officers/new").statusCode()).isEqualTo(403);
    }

    @Test
    void anOfficerWithoutCategoriesIsRefused() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/new");
        var officer = anOfficer(ZOUCHENG, "无类别", newCertificateNo());
        officer.remove("categories");
        officer.put("_categories", "on");

        var response = admin.postForm("/admin/officers", officer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请至少选择一个执法类别");
    }

    @Test
    void aCertificateMustEndAfterItBeginsAndARevocationNeedsAReason() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/new");
        var officer = anOfficer(ZOUCHENG, "日期倒置", newCertificateNo());
        officer.put("issuedOn", "2024-05-01");
        officer.put("expiresOn", "2024-05-01");
        officer.put("revoked", "true");
        officer.put("revokedReason", "");

        var response = admin.postForm("/admin/officers", officer);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("有效期截止日期必须晚于发证日期").contains("证件已注销，请填写注销原因");
        assertThat(invalidInput(response.body(), "expiresOn")).isTrue();
        assertThat(invalidInput(response.body(), "revokedReason")).isTrue();
    }

    @Test
    void garbageNeverBreaksThePage() {
        var admin = StaffClient.loggedIn(port, "zoucheng-admin");
        admin.get("/admin/officers/new");

        var badDates = anOfficer(ZOUCHENG, "坏日期", newCertificateNo());
        badDates.put("issuedOn", "2024-13-45");
        badDates.put("expiresOn", "+999999999-01-01");
        badDates.put("annualReviewYear", "二〇二五");
        badDates.put("categories", "FOO");
        badDates.put("annualReviewStatus", "MAYBE");
        badDates.put("bodyId", "not-a-uuid");
        var response = admin.postForm("/admin/officers", badDates);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请输入有效的日期").contains("请输入整数").contains("class=\"field-error\"");

        var farFuture = anOfficer(ZOUCHENG, "远日期", newCertificateNo());
        farFuture.put("expiresOn", "+99999-01-01");
        var far = admin.postForm("/admin/officers", farFuture);
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("日期应在 1950 年至 2199 年之间");

        var empty = admin.postForm("/admin/officers", Map.of());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写姓名").contains("请填写执法证件编号").contains("请选择所属单位");

        var tooLong = anOfficer(ZOUCHENG, "长".repeat(51), "鲁" + "1".repeat(30));
        tooLong.put("region", "区".repeat(101));
        tooLong.put("revoked", "true");
        tooLong.put("revokedReason", "因".repeat(201));
        tooLong.put("position", "\u0000\u0000");
        var longResponse = admin.postForm("/admin/officers", tooLong);
        assertThat(longResponse.statusCode()).isEqualTo(200);
        assertThat(longResponse.body())
                .contains("不能超过 50 个字")
                .contains("不能超过 100 个字")
                .contains("不能超过 200 个字");
        assertThat(longResponse.body()).contains("执法证件编号应为 6 至 30 位").contains("请填写职务");

        assertThat(admin.get("/admin/officers/not-a-uuid/edit").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/officers/" + UUID.randomUUID() + "/edit").statusCode())
                .isEqualTo(404);
        assertThat(admin.postForm("/admin/officers/12345/deactivate", Map.of()).statusCode())
                .isEqualTo(404);
        assertThat(admin.get("/admin/officers?page=abc").statusCode()).isEqualTo(400);
        assertThat(admin.get("/admin/officers?page=-3&q=" + encode("%_'\"<>")).statusCode())
                .isEqualTo(200);
        // a NUL byte is refused, not stripped (issue 14: exact or refused)
        assertThat(admin.get("/admin/officers?q=%00" + encode("鲁")).statusCode())
                .isEqualTo(400);
    }

    /** A page fetched as a browser asks for it, so that errors come as the HTML error page. */
    static HttpResponse<String> asBrowser(StaffClient client, String path) {
        return client.send(
                HttpRequest.newBuilder(client.uri(path))
                        .header("Accept", "text/html")
                        .GET(),
                true);
    }

    private Map<String, String> anOfficer(String divisionCode, String name, String certificateNo) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("unitId", unitId(divisionCode).toString());
        fields.put("name", name);
        fields.put("position", "执法队员");
        fields.put("certificateNo", certificateNo);
        fields.put("categories", "PENALTY");
        fields.put("region", "本行政区域");
        fields.put("issuedOn", "2024-01-15");
        fields.put("expiresOn", "2029-01-14");
        fields.put("annualReviewStatus", "PASSED");
        fields.put("annualReviewYear", "2025");
        return fields;
    }

    private static String newCertificateNo() {
        return "测" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** The text of the certificate-status badge of the first officer listed. */
    private static String statusBadge(String page) {
        var matcher =
                Pattern.compile("data-test=\"certificate-status\">([^<]+)<").matcher(page);
        return matcher.find() ? matcher.group(1) : null;
    }

    static boolean invalidInput(String page, String name) {
        var tag = Pattern.compile("<(input|select|textarea)[^>]*name=\"" + name + "\"[^>]*>");
        var matcher = tag.matcher(page);
        while (matcher.find()) {
            if (matcher.group().matches("(?s).*class=\"[^\"]*\\binvalid\\b[^\"]*\".*")) {
                return true;
            }
        }
        return false;
    }

    private UUID officerWith(String certificateNo) {
        return db.sql("select id from organization.officer where certificate_no = ?")
                .param(certificateNo)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    private UUID anOfficerOf(String divisionCode) {
        return db.sql("select o.id from organization.officer o join organization.unit u on u.id = o.unit_id"
                        + " where u.division_code = ? and o.active order by o.certificate_no limit 1")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    private UUID unitId(String divisionCode) {
        return db.sql("select id from organization.unit where division_code = ?")
                .param(divisionCode)
                .query(UUID.class)
                .single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
