package org.sunlight.supervision;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.sunlight.organization.Organization;
import org.sunlight.platform.DemoData;

/**
 * Demo complaint channels: each active unit publishes its enforcement body's complaint phone and address, an e-mail
 * box and the scope the seed names. Loaded once, when no unit has published any.
 */
@Component
@Order(40)
class DemoChannels implements ApplicationRunner {

    static final String SCOPE = "本单位及所属执法人员违法或不当行政执法行为的投诉举报：不履行法定职责、违反法定程序、" + "滥用自由裁量权、执法不文明、无证执法等。";

    private final DemoData demo;
    private final Organization organization;
    private final ChannelDirectory directory;

    DemoChannels(DemoData demo, Organization organization, ChannelDirectory directory) {
        this.demo = demo;
        this.organization = organization;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled() || directory.anyPublished()) {
            return;
        }
        for (var unit : organization.activeUnits()) {
            var body = organization.bodiesOf(unit.id()).stream().findFirst();
            var hotline = body.map(b -> b.complaintPhone()).orElse("12320");
            var address = body.map(b -> b.address()).orElse(unit.name());
            directory.save(
                    new ComplaintChannels(
                            unit.id(),
                            unit.name(),
                            "jdts" + unit.divisionCode() + "@wsjd.example.gov.cn",
                            hotline,
                            address + "（" + unit.name() + "法制机构收）",
                            SCOPE),
                    "demo");
        }
    }
}
