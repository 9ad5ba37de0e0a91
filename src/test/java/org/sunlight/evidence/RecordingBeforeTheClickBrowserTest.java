package org.sunlight.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;

/**
 * Issue 18, point 7: the case page says beside a step's form, before any click, that the unit's list wants it on audio
 * or video and whether a recording is attached; on the evidence page the upload form comes first, its button is
 * disabled while a file goes up, the state shows a percentage, and leaving the page mid-upload asks first.
 */
class RecordingBeforeTheClickBrowserTest extends BrowserTest {

    @Test
    void theRequirementShowsBesideTheFormAndAnUploadCannotBeSentTwiceOrLeftUnwarned() throws Exception {
        var fixtures = new EvidenceFixtures(port, db);
        var caseId = fixtures.caseInInvestigation(fixtures.staff("qufu-officer"), fixtures.staff("qufu-leader"));
        try (var context = browser.newContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");
            page.navigate("/console/cases/" + caseId);
            var inquiry = page.locator("#action-inquire [data-test=recording-requirement]");
            assertThat(inquiry).containsText("调查询问");
            assertThat(inquiry).containsText("尚未附音像记录");
            assertThat(page.locator("#action-inspect-site [data-test=recording-requirement]"))
                    .containsText("尚未附音像记录");
            assertThat(page.locator("[data-test=refusal]")).hasCount(0);

            page.navigate("/console/cases/" + caseId + "/evidence");
            // the upload form before the steps' exemption forms
            assertThat(page.locator("#upload ~ #recorded-steps")).hasCount(1);

            // the file's bytes are held on their way, so that the page is seen mid-upload
            var held = new AtomicReference<Route>();
            page.route("**/api/evidence/uploads/**", route -> {
                if (route.request().method().equals("PATCH") && held.get() == null) {
                    held.set(route);
                } else {
                    route.resume();
                }
            });
            page.getByLabel("文件")
                    .setInputFiles(new FilePayload("询问录像.mp4", "video/mp4", EvidenceFixtures.video(300_000)));
            page.getByLabel("所记录的执法行为").selectOption("inquire");
            var upload = page.locator("#upload-form")
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("上传").setExact(true));
            upload.click();
            assertThat(upload).isDisabled();
            assertThat(page.locator("#upload-state")).containsText("0%");
            assertThat(page.locator("#upload-progress")).isVisible();

            var asked = new AtomicReference<String>();
            page.onDialog(dialog -> {
                asked.set(dialog.type());
                dialog.dismiss();
            });
            page.locator("main a", new Page.LocatorOptions().setHasText("返回案件"))
                    .click(new Locator.ClickOptions().setNoWaitAfter(true));
            page.waitForCondition(() -> asked.get() != null);
            org.assertj.core.api.Assertions.assertThat(asked.get()).isEqualTo("beforeunload");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/evidence$"));

            held.get().resume();
            assertThat(page.locator("[data-test=evidence-file]")).hasCount(1);
            assertThat(page.locator("#upload-form button[type=submit]")).isEnabled();
            page.navigate("/console/cases/" + caseId);
            assertThat(page.locator("#action-inquire [data-test=recording-requirement]"))
                    .containsText("已附音像记录 1 个");
            Browser.screenshot(page, "recording-before-the-click");
        }
    }
}
