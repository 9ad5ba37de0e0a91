package org.sunlight.evidence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.sunlight.Browser;
import org.sunlight.BrowserTest;
import org.sunlight.CaseSteps;

/**
 * Issue 18, point 14: an officer in the field on a phone, 390 px wide, finds the case through the folded menu, records a
 * video with the phone's camera from the evidence page, loses the network mid-upload and sees the upload go on from
 * what the server holds once it is back, then tells the party and decides on the spot (行政处罚法 第五十一条、第五十二条).
 */
class FieldWorkPhoneBrowserTest extends BrowserTest {

    private static final int CHUNK = 8 * 1024 * 1024;

    @Test
    void anOfficerOnAPhoneCapturesAVideoWhoseUploadSurvivesALostNetworkAndDecidesOnTheSpot() throws Exception {
        var steps = new CaseSteps(port, db);
        var title = "现场检查：美发店从业人员未取得健康合格证明（手机）";
        var caseId = steps.openOnTheSpot(
                steps.staff("qufu-officer"),
                "qufu-officer",
                title,
                "现场检查发现从业人员未取得健康合格证明",
                CaseSteps.citizen("李某", CaseSteps.PERSON_ID, "曲阜市鼓楼北街1号"));
        var colleague = db.sql("select o.name from organization.officer o join organization.user_account a"
                        + " on a.officer_id = o.id where a.username = 'qufu-officer2'")
                .query(String.class)
                .single();
        var video = EvidenceFixtures.video(CHUNK + 1_500_000);

        try (var context = browser.newPhoneContext(port)) {
            var page = context.newPage();
            Browser.logIn(page, "qufu-officer");

            // the navigation folds behind the menu button
            var menu = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("菜单"));
            var cases = page.locator("#console-nav")
                    .getByRole(
                            AriaRole.LINK,
                            new Locator.GetByRoleOptions().setName("案件").setExact(true));
            assertThat(menu).isVisible();
            assertThat(cases).isHidden();
            fitsTheScreen(page);
            menu.click();
            assertThat(menu).hasAttribute("aria-expanded", "true");
            Browser.screenshot(page, "phone-console-menu");
            cases.click();

            page.getByLabel("案件名称").fill("美发店从业人员未取得健康合格证明（手机）");
            page.locator("#case-search button[type=submit]").click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                    .click();
            assertThat(page.locator("[data-test=stage]")).hasText("当场处罚");
            fitsTheScreen(page);
            Browser.screenshot(page, "phone-case");

            page.locator("#evidence [data-test=evidence-link]").click();
            // the camera straight from the browser: a file input asking for video from the back camera
            var camera = page.locator("#capture-video");
            assertThat(camera).hasAttribute("accept", "video/*");
            assertThat(camera).hasAttribute("capture", "environment");
            assertThat(page.locator("#capture-photo")).hasAttribute("accept", "image/*");
            assertThat(page.locator("#capture-audio")).hasAttribute("accept", "audio/*");
            camera.setInputFiles(new FilePayload("现场录像.mp4", "video/mp4", video));
            assertThat((Number) page.locator("#upload-file").evaluate("input => input.files.length"))
                    .isEqualTo(1);

            // the second chunk is lost with the network: the phone goes offline as it is sent
            var offsets = new CopyOnWriteArrayList<String>();
            var cut = new AtomicBoolean();
            page.route("**/api/evidence/uploads/**", route -> {
                var request = route.request();
                if (request.method().equals("PATCH")) {
                    var offset = request.headerValue("upload-offset");
                    offsets.add(offset);
                    if (!offset.equals("0") && cut.compareAndSet(false, true)) {
                        context.setOffline(true);
                        route.abort("internetdisconnected");
                        return;
                    }
                }
                route.resume();
            });
            page.locator("#upload-form")
                    .getByRole(
                            AriaRole.BUTTON,
                            new Locator.GetByRoleOptions().setName("上传").setExact(true))
                    .click();
            // eight megabytes through the browser's interception take their time on a busy machine
            assertThat(page.locator("#upload-state"))
                    .containsText("网络已断开", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#upload-form button[type=submit]")).isDisabled();
            Browser.screenshot(page, "phone-upload-offline");

            context.setOffline(false);
            assertThat(page.locator("[data-test=evidence-file]"))
                    .hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
            // sent on from the server's offset, not again from the start
            assertThat(offsets).isEqualTo(List.of("0", String.valueOf(CHUNK), String.valueOf(CHUNK)));
            // this case's file: other tests upload files of the same name to the shared database
            var stored = db.sql("select sha256 from evidence.file where file_name = '现场录像.mp4' and case_id = ?")
                    .param(caseId)
                    .query(String.class)
                    .single();
            assertThat(stored).isEqualTo(EvidenceFixtures.sha256(video));
            fitsTheScreen(page);
            Browser.screenshot(page, "phone-evidence");

            // the decision on the spot, on the phone: the party told and heard, then the decision
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("返回案件"))
                    .click();
            var inform = page.locator("form[action$='/actions/inform-on-the-spot']");
            inform.getByLabel("处罚种类").selectOption("FINE");
            inform.getByLabel("罚款或没收金额（元）").fill("200");
            inform.getByLabel("同行执法人员").selectOption(new SelectOption().setLabel(colleagueOption(inform, colleague)));
            inform.getByLabel("记录").fill("已告知违法事实、理由和依据，当事人无异议");
            inform.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("当场告知并听取陈述申辩"))
                    .click();
            assertThat(page.locator("#acts")).containsText("当场告知并听取陈述申辩");

            var decide = page.locator("form[action$='/actions/decide-on-the-spot']");
            decide.getByLabel("处罚种类").selectOption("FINE");
            decide.getByLabel("罚款或没收金额（元）").fill("200");
            var button = decide.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("当场作出处罚决定"));
            assertThat(button.boundingBox().height).isGreaterThanOrEqualTo(40);
            fitsTheScreen(page);
            Browser.screenshot(page, "phone-decide-on-the-spot");
            button.click();
            Browser.confirmIfAsked(page);
            assertThat(page.locator("[data-test=stage]")).hasText("已作出决定");
            assertThat(page.locator("#documents")).containsText("当场行政处罚决定书");
            fitsTheScreen(page);
            Browser.screenshot(page, "phone-case-decided");
        }
    }

    private static String colleagueOption(Locator form, String colleague) {
        return form.locator("option", new Locator.LocatorOptions().setHasText(colleague))
                .first()
                .textContent();
    }

    /** Nothing wider than the phone's screen: no sideways scrolling. */
    private static void fitsTheScreen(Page page) {
        assertThat(((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue())
                .as(() -> "page width on a 390 px screen at " + page.url() + "; wider than the screen: "
                        + page.evaluate(
                                "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect()"
                                        + ".right > 390).slice(0, 5).map(e => e.tagName + '.' + e.className + ' '"
                                        + " + (e.textContent || '').trim().slice(0, 40)).join(' | ')"))
                .isLessThanOrEqualTo(390);
    }
}
