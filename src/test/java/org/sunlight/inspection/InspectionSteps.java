package org.sunlight.inspection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sunlight.StaffClient;

/** The steps of a random inspection over HTTP, as a unit's staff take them on the console pages. */
public final class InspectionSteps {

    private InspectionSteps() {}

    /** A draft plan of the demo county for the year, with one line: public places, 5/10/20/30 %. */
    public static UUID aPlanWithALine(StaffClient staff, int year) {
        staff.get("/console/inspection/plans");
        var created = staff.postForm(
                "/console/inspection/plans", Map.of("year", String.valueOf(year), "title", year + " 年度随机监督抽查计划"));
        assertRedirect(created);
        var path = URI.create(StaffClient.location(created)).getPath();
        var planId = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        var line = staff.postForm(
                path + "/lines",
                Map.of(
                        "itemCode", "370881-SJ-002",
                        "categories", "PUBLIC_PLACE",
                        "ratioA", "5",
                        "ratioB", "10",
                        "ratioC", "20",
                        "ratioD", "30",
                        "frequency", "每年1次",
                        "periodFrom", year + "-01-01",
                        "periodTo", year + "-12-31"));
        assertRedirect(line);
        return planId;
    }

    public static UUID aTask(StaffClient staff, UUID planId, int year) {
        var page = staff.get("/console/inspection/plans/" + planId).body();
        var matcher = Pattern.compile(
                        "<input[^>]*value=\"([0-9a-f-]{36})\"[^>]*name=\"lineIds\"|<input[^>]*name=\"lineIds\"[^>]*value=\"([0-9a-f-]{36})\"")
                .matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no plan line to take");
        }
        var task = staff.postForm(
                "/console/inspection/plans/" + planId + "/tasks",
                Map.of(
                        "title", year + " 年公共场所卫生监督抽查",
                        "lineIds", matcher.group(1) != null ? matcher.group(1) : matcher.group(2),
                        "periodFrom", year + "-03-01",
                        "periodTo", year + "-11-30"));
        assertRedirect(task);
        var tasks = Pattern.compile("/console/inspection/tasks/([0-9a-f-]{36})/draws")
                .matcher(staff.get("/console/inspection/plans/" + planId).body());
        UUID last = null;
        while (tasks.find()) {
            last = UUID.fromString(tasks.group(1));
        }
        return last;
    }

    /** A published plan, a task, a draw committed today and finished with the public value; the draw's id. */
    public static UUID aFinishedDraw(StaffClient staff, int year, LocalDate today, String publicValue) {
        var planId = aPlanWithALine(staff, year);
        assertRedirect(staff.postForm("/console/inspection/plans/" + planId + "/publish", Map.of()));
        var taskId = aTask(staff, planId, year);
        var committed = staff.postForm(
                "/console/inspection/tasks/" + taskId + "/draws", Map.of("publicValueDate", today.toString()));
        assertRedirect(committed);
        var drawPage = URI.create(StaffClient.location(committed)).getPath();
        if (!drawPage.startsWith("/console/inspection/draws/")) {
            throw new AssertionError(
                    "the draw was not committed: " + staff.get(drawPage).body());
        }
        staff.get(drawPage);
        assertRedirect(staff.postForm(drawPage + "/finish", Map.of("publicValue", publicValue)));
        var page = staff.get(drawPage).body();
        if (!page.contains("已完成抽取")) {
            throw new AssertionError("the draw was not finished: " + page);
        }
        return UUID.fromString(drawPage.substring(drawPage.lastIndexOf('/') + 1));
    }

    /** The published files of a draw (the five and the re-matchings), downloaded from the portal into a fresh directory. */
    static Path downloadDraw(StaffClient anyone, UUID drawId) throws java.io.IOException {
        var directory = Files.createTempDirectory("draw");
        for (var name : DrawVerifier.FILES) {
            var response = anyone.download("/portal/random-inspection-results/draws/" + drawId + "/" + name);
            if (response.statusCode() != 200) {
                throw new AssertionError(name + ": " + response.statusCode());
            }
            Files.write(directory.resolve(name), response.body());
        }
        var rematches =
                anyone.download("/portal/random-inspection-results/draws/" + drawId + "/" + DrawVerifier.REMATCHES);
        if (rematches.statusCode() != 200) {
            throw new AssertionError(DrawVerifier.REMATCHES + ": " + rematches.statusCode());
        }
        Files.write(directory.resolve(DrawVerifier.REMATCHES), rematches.body());
        return directory;
    }

    private static void assertRedirect(java.net.http.HttpResponse<String> response) {
        if (response.statusCode() != 302) {
            throw new AssertionError("expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
