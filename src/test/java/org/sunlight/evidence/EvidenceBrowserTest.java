package org.sunlight.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.Clock;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.RecordForms;

/**
 * An officer in a real browser writes the inquiry's record and is refused the inquiry without its recording, uploads a small video for it from the
 * case's evidence page (in chunks, by the page's script), sees it listed with its hash and plays it, then takes the
 * inquiry.
 */
class EvidenceBrowserTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void anOfficerUploadsTheRecordingOfAnInquiryAndThenTakesIt() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var caseId = fixtures.caseInInvestigation(fixtures.staff("qufu-officer"), fixtures.staff("qufu-leader"));
        var video = EvidenceFixtures.video(300_000);
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + caseId);
            var inquiry = page.locator("#action-inquire");
            RecordForms.fillInquiry(inquiry, LocalDateTime.now(clock).minusMinutes(5));
            take(page, "调查询问");
            assertThat(page.locator("[data-test=refusal]")).containsText("音像记录");
            // the record typed is kept for after the upload
            assertThat(page.locator("#action-inquire").getByLabel("询问地点")).hasValue("曲阜市某诊所办公室");
            assertThat(page.locator("#evidence")).containsText("需附音像记录");

            page.locator("[data-test=evidence-link]").click();
            page.getByLabel("文件").setInputFiles(new FilePayload("询问录像.mp4", "video/mp4", video));
            page.getByLabel("所记录的执法行为").selectOption("inquire");
            page.getByLabel("拍摄、录制时间").fill("2026-01-05T09:30");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("上传").setExact(true))
                    .click();
            var row = page.locator("[data-test=evidence-file]");
            assertThat(row).hasCount(1);
            assertThat(row).containsText("询问录像.mp4");
            // the hash shortened, the whole on its copy button; the type and size in words (issue 18, point 4)
            assertThat(row).containsText(EvidenceFixtures.sha256(video).substring(0, 12) + "…");
            assertThat(row.locator("button[data-copy]")).hasAttribute("data-copy", EvidenceFixtures.sha256(video));
            assertThat(row).containsText("视频（MP4）");
            assertThat(row).containsText(" KB");
            assertThat(row).not().containsText("qufu-officer");
            assertThat(page.locator("[data-step=inquire]")).containsText("已附音像记录 1 个");
            Browser.screenshot(page, "evidence-case");

            row.getByRole(AriaRole.LINK).click();
            assertThat(page.locator("video")).hasCount(1);

            page.navigate("/console/cases/" + caseId);
            RecordForms.fillInquiry(
                    page.locator("#action-inquire"), LocalDateTime.now(clock).minusMinutes(5));
            take(page, "调查询问");
            assertThat(page.locator("[data-test=refusal]")).hasCount(0);
            assertThat(page.locator("#acts")).containsText("调查询问");
        }
    }

    private static void take(Page page, String action) {
        page.locator("#actions")
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(action).setExact(true))
                .click();
        Browser.confirmIfAsked(page);
    }
}
