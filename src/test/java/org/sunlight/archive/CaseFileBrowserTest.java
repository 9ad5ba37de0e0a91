package org.sunlight.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/** An officer in a real browser downloads an archived case's file from its page; the verifier finds it clean. */
class CaseFileBrowserTest extends BrowserTest {

    @TempDir
    Path directory;

    @Test
    void theCasePageDownloadsACaseFileThatVerifies() throws Exception {
        var caseId = archivedCase();
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + caseId);
            var download = page.waitForDownload(
                    () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("下载案卷（含校验）"))
                            .click());
            assertThat(download.suggestedFilename()).startsWith("案卷-").endsWith(".zip");
            var file = directory.resolve("case-file.zip");
            download.saveAs(file);

            var report = ArchiveVerifier.verify(file);
            assertThat(report.problems()).isEmpty();
            assertThat(report.exitCode()).isZero();
        }
    }

    private UUID archivedCase() throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var steps = new CaseSteps(port, db);
        var id = steps.decidedOnTheSpot(
                officer,
                "qufu-officer",
                "游泳场所水质不符合卫生标准",
                "",
                CaseSteps.citizen("孙某某", "11010519491231002X", "曲阜市"),
                "{\"kind\":\"FINE\",\"fine\":100,\"text\":\"罚款\",\"major\":false}");
        for (var action : new String[] {"record-payment", "report-for-record", "archive"}) {
            steps.act(officer, id, action, "{}");
        }
        return id;
    }
}
