package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/**
 * Finding a case (issue 18, point 3) over {@code /api/cases} and on the console: by title, party, exact credit code or
 * ID number, 文号, stage, procedure, officer, unit and deadline; what waits for a person and what is theirs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseSearchHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private CaseSteps steps;
    private StaffClient officer;
    private StaffClient leader;
    private String mark;

    @BeforeEach
    void staff() {
        steps = new CaseSteps(port, db);
        officer = steps.staff("qufu-officer");
        leader = steps.staff("qufu-leader");
        mark = "检索" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A general-procedure case about the demo clinic whose title carries this test's mark. */
    private UUID openMarked(StaffClient by, String officerUsername) throws Exception {
        var response = by.postJson(
                "/api/cases",
                """
                {"procedure":"GENERAL_PENALTY","title":"%s 某诊所超范围执业",
                 "parties":[{"kind":"ORGANISATION","name":"曲阜市%s诊所","identity":"%s"}],
                 "officerIds":["%s","%s"]}
                """
                        .formatted(
                                mark,
                                mark,
                                CaseSteps.CLINIC_CODE,
                                steps.officerOf(officerUsername),
                                steps.colleagueOf(officerUsername)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(JSON.readTree(response.body()).get("id").asText());
    }

    private JsonNode search(StaffClient client, String query) throws Exception {
        var response = client.getJson("/api/cases?" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private List<UUID> ids(JsonNode page) {
        var ids = new ArrayList<UUID>();
        page.get("content")
                .forEach(line -> ids.add(UUID.fromString(line.get("id").asText())));
        return ids;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void aCaseIsFoundByTitlePartyIdentityStageProcedureOfficerAndUnit() throws Exception {
        var id = openMarked(officer, "qufu-officer");
        var title = "title=" + encoded(mark);

        var byTitle = search(officer, title);
        assertThat(ids(byTitle)).containsExactly(id);
        assertThat(byTitle.get("content").get(0).get("parties").asText()).isEqualTo("曲阜市" + mark + "诊所");
        assertThat(ids(search(officer, "party=" + encoded(mark + "诊所")))).containsExactly(id);
        assertThat(ids(search(officer, title + "&identity=" + CaseSteps.CLINIC_CODE)))
                .containsExactly(id);
        assertThat(ids(search(officer, title + "&identity=" + CaseSteps.CLINIC_CODE.toLowerCase())))
                .as("letters of a credit code in either case")
                .containsExactly(id);
        assertThat(ids(search(officer, title + "&stage=clue&procedure=GENERAL_PENALTY")))
                .containsExactly(id);
        assertThat(ids(search(officer, title + "&stage=filed"))).isEmpty();
        assertThat(ids(search(officer, title + "&procedure=INSPECTION"))).isEmpty();
        assertThat(ids(search(officer, title + "&officerId=" + steps.officerOf("qufu-officer"))))
                .containsExactly(id);
        assertThat(ids(search(officer, title + "&officerId=" + steps.officerOf("zoucheng-officer"))))
                .isEmpty();

        var qufu = db.sql("select unit_id from cases.enforcement_case where id = ?")
                .param(id)
                .query(UUID.class)
                .single();
        var cityLeader = steps.staff("city-leader");
        assertThat(ids(search(cityLeader, title + "&unitId=" + qufu))).containsExactly(id);
        assertThat(ids(search(steps.staff("zoucheng-leader"), title)))
                .as("another county's case is out of scope")
                .isEmpty();
    }

    @Test
    void theIdentityIsMatchedExactlyAndAPartialNumberIsRefusedNamingTheField() throws Exception {
        openMarked(officer, "qufu-officer");
        var partial = officer.getJson("/api/cases?identity=" + CaseSteps.CLINIC_CODE.substring(0, 10));
        assertThat(partial.statusCode()).isEqualTo(400);
        assertThat(partial.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        var problem = JSON.readTree(partial.body());
        assertThat(problem.get("field").asText()).isEqualTo("identity");
        assertThat(problem.get("detail").asText()).contains("完整");

        var tooFar =
                JSON.readTree(officer.getJson("/api/cases?dueWithinDays=400").body());
        assertThat(tooFar.get("field").asText()).isEqualTo("dueWithinDays");
        var word = officer.getJson("/api/cases?dueWithinDays=soon");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(word.body()).get("field").asText()).isEqualTo("dueWithinDays");
        var stage = officer.getJson("/api/cases?stage=nowhere");
        assertThat(stage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(stage.body()).get("field").asText()).isEqualTo("stage");
        var zoucheng = db.sql("select id from organization.unit where name = '邹城市卫生健康局'")
                .query(UUID.class)
                .single();
        var otherUnit = officer.getJson("/api/cases?unitId=" + zoucheng);
        assertThat(otherUnit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(otherUnit.body()).get("field").asText()).isEqualTo("unitId");
    }

    @Test
    void theDeadlineFiltersFindWhatFallsDueAndPagesAreCounted() throws Exception {
        var first = openMarked(officer, "qufu-officer");
        var second = openMarked(officer, "qufu-officer");
        var title = "title=" + encoded(mark);
        steps.act(leader, first, "file", "{}"); // the 90-day limit of 第六十条 starts

        assertThat(ids(search(officer, title + "&dueWithinDays=120"))).containsExactly(first);
        assertThat(ids(search(officer, title + "&dueWithinDays=10"))).isEmpty();
        assertThat(ids(search(officer, title + "&overdue=true"))).isEmpty();

        var pageOne = search(officer, title + "&size=1&page=0");
        var pageTwo = search(officer, title + "&size=1&page=1");
        assertThat(pageOne.get("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(pageOne)).containsExactly(second);
        assertThat(ids(pageTwo)).containsExactly(first);
    }

    @Test
    void aDecisionIsFoundByItsDocumentNumber() throws Exception {
        var id = steps.decidedOnTheSpot(
                officer,
                "qufu-officer",
                mark + " 从业人员未取得健康证明",
                "从业人员未取得有效健康合格证明即上岗",
                CaseSteps.citizen("孙某某", CaseSteps.PERSON_ID, "曲阜市鲁城街道"),
                "{\"kind\":\"FINE\",\"fine\":200,\"text\":\"罚款\",\"major\":false}");
        var documents =
                JSON.readTree(officer.getJson("/api/cases/" + id + "/documents").body());
        String number = null;
        for (var document : documents) {
            if (document.hasNonNull("number")) {
                number = document.get("number").asText();
            }
        }
        assertThat(number).as(documents.toString()).contains("〔");

        assertThat(ids(search(officer, "documentNumber=" + encoded(number)))).containsExactly(id);
        assertThat(ids(search(officer, "documentNumber=" + encoded(number + "0"))))
                .isEmpty();
        assertThat(ids(search(officer, "title=" + encoded(mark) + "&identity=" + CaseSteps.PERSON_ID.toLowerCase())))
                .as("an ID number's final x in either case")
                .containsExactly(id);
    }

    @Test
    void whatWaitsForALeaderAndForTheCaseOfficersIsCountedOnTheirConsole() throws Exception {
        var id = openMarked(officer, "qufu-officer");
        var title = "title=" + encoded(mark);

        // a case on its clue waits for the leader's 批准立案, not for the officers
        assertThat(ids(search(leader, title + "&scope=WAITING"))).containsExactly(id);
        assertThat(ids(search(officer, title + "&scope=WAITING"))).isEmpty();
        assertThat(ids(search(officer, title + "&scope=MINE"))).containsExactly(id);
        assertThat(ids(search(leader, title + "&scope=MINE"))).isEmpty();
        var waiting =
                search(leader, "scope=WAITING&size=1").get("totalElements").asLong();
        assertThat(leader.get("/console").body()).contains("待我办理的案件：" + waiting + " 件");

        steps.act(leader, id, "file", "{}");
        // filed, it waits for its officers (开始调查) and no longer for the leader
        assertThat(ids(search(leader, title + "&scope=WAITING"))).isEmpty();
        assertThat(ids(search(leader, title + "&scope=MINE")))
                .as("the leader acted in it")
                .containsExactly(id);
        assertThat(ids(search(officer, title + "&scope=WAITING"))).containsExactly(id);
        assertThat(ids(search(steps.staff("qufu-reviewer2"), title + "&scope=WAITING")))
                .as("an officer who does not handle the case")
                .isEmpty();
        var mine = search(officer, "scope=MINE&size=1").get("totalElements").asLong();
        var console = officer.get("/console").body();
        assertThat(console).contains("我的案件：" + mine + " 件").contains("/console/cases?scope=MINE");
    }

    @Test
    void theConsoleListFiltersAndKeepsTheSearchInItsPagerAndShowsAFieldError() throws Exception {
        var first = openMarked(officer, "qufu-officer");
        openMarked(officer, "qufu-officer");
        var page = officer.get("/console/cases?title=" + encoded(mark)).body();
        assertThat(page).contains("共找到 2 件案件").contains(first.toString());

        var refused = officer.get("/console/cases?identity=12345").body();
        assertThat(refused).contains("field-error").contains("请填写完整的 18 位统一社会信用代码或身份证号码");
        assertThat(refused).contains("value=\"12345\"");
        var malformed = officer.get("/console/cases?dueWithinDays=soon");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThat(malformed.body()).contains("请填写 0 至 366 之间的整数天数").contains("value=\"soon\"");
    }
}
