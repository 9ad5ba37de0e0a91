package org.sunlight;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDateTime;

/**
 * The structured records on the case page (询问笔录, 现场检查笔录) filled in as an officer would, for browser tests: the
 * times as the {@code datetime-local} inputs take them.
 */
public final class RecordForms {

    private RecordForms() {}

    /** An inquiry of the demo clinic's head, one question and answer, signed; it ended at {@code endedAt}. */
    public static void fillInquiry(Locator form, LocalDateTime endedAt) {
        form.getByLabel("询问地点").fill("曲阜市某诊所办公室");
        form.getByLabel("询问开始时间").fill(minutes(endedAt.minusHours(1)));
        form.getByLabel("询问结束时间").fill(minutes(endedAt));
        form.getByLabel("被询问人姓名").fill("王某某");
        form.getByLabel("被询问人身份或与当事人关系").fill("诊所负责人");
        form.getByLabel("问 1").fill("你是否知道诊所未取得医疗机构执业许可证？");
        form.getByLabel("答 1").fill("知道，正在办理。");
        form.getByLabel("被询问人已阅读并签名").check();
    }

    /** An inspection of the demo clinic with its head present, signed; it ended at {@code endedAt}. */
    public static void fillSiteRecord(Locator form, LocalDateTime endedAt) {
        form.getByLabel("检查地点").fill("曲阜市某诊所诊疗室");
        form.getByLabel("检查开始时间").fill(minutes(endedAt.minusHours(1)));
        form.getByLabel("检查结束时间").fill(minutes(endedAt));
        form.getByLabel("在场人员 1 姓名").fill("王某某");
        form.getByLabel("在场人员 1 身份", new Locator.GetByLabelOptions().setExact(true))
                .fill("诊所负责人");
        form.getByLabel("检查内容").fill("诊所执业许可证、诊疗科目及药品储存情况");
        form.getByLabel("检查情况").fill("诊疗室内有患者两名，未见医疗机构执业许可证。");
        form.getByLabel("当事人已核对并签名").check();
    }

    /** Adds a row by the record's button named {@code button}. */
    public static void addRow(Locator form, String button) {
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button))
                .click();
    }

    /** Sends the form by its action's button and waits for the page that answers. */
    public static void submit(Locator form, String action) {
        form.page().waitForNavigation(() -> form.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName(action).setExact(true))
                .click());
    }

    /** The time as a {@code datetime-local} input takes it: to the minute. */
    public static String minutes(LocalDateTime time) {
        return time.withSecond(0).withNano(0).toString().substring(0, 16);
    }
}
