package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.StaffClient;

/** S1: the pool of inspectors holds only valid certificates covering inspection; conflicts are declared and shown. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InspectorPoolTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Test
    void anExpiredRevokedOrUnreviewedCertificateKeepsAnOfficerOutOfThePool() {
        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");

        var page = supervisor.get("/console/inspection/inspectors").body();

        assertThat(row(page, "鲁37088100101")).contains("data-in-pool=\"true\"").contains("有效");
        assertThat(row(page, "鲁37088100116")).contains("data-in-pool=\"false\"");
        assertThat(row(page, "鲁37088100117")).contains("data-in-pool=\"false\"");
        assertThat(row(page, "鲁37088100118")).contains("data-in-pool=\"false\"");
    }

    @Test
    void anOfficerDeclaresAConflictThatSupervisorsSee() {
        var qufu = InspectionFixtures.unit(db, "370881");
        var subject = db.sql("select identifier, name from inspection.subject where unit_id = ? and category = 'SCHOOL'"
                        + " order by identifier offset 3 limit 1")
                .param(qufu)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
                .single();
        var officer = StaffClient.loggedIn(port, "qufu-officer2");
        officer.get("/console/inspection/inspectors");

        var unknown = officer.postForm(
                "/console/inspection/inspectors/conflicts",
                Map.of("identifier", "91370881NOSUCHCODE", "reason", "RELATIVE", "note", "配偶任该校教师"));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.body()).contains("identifier-error").contains("名录库中没有该统一社会信用代码");

        var declared = officer.postForm(
                "/console/inspection/inspectors/conflicts",
                Map.of("identifier", subject.getKey(), "reason", "RELATIVE", "note", "配偶任该校教师"));
        assertThat(declared.statusCode()).isEqualTo(302);

        var supervisor = StaffClient.loggedIn(port, "qufu-supervisor");
        var page = supervisor.get("/console/inspection/inspectors").body();
        assertThat(page).contains(subject.getValue()).contains("配偶任该校教师").contains("近亲属在该单位任职");
        // the database keeps the declaration as it was made
        var change = db.sql("update inspection.conflict set note = 'x' where note = '配偶任该校教师'");
        org.assertj.core.api.Assertions.assertThatThrownBy(change::update).hasMessageContaining("never changed");
    }

    private static String row(String page, String certificateNo) {
        var matcher = Pattern.compile(
                        "<tr[^>]*>(?:(?!</tr>).)*" + certificateNo + "(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as(certificateNo + " listed").isTrue();
        return matcher.group();
    }
}
