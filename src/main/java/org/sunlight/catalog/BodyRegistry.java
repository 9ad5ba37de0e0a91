package org.sunlight.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.sunlight.organization.BodyType;
import org.sunlight.organization.EnforcementBody;
import org.sunlight.organization.Organization;

/** Drafts a unit's body list (D4) from its registry of enforcement bodies, to be checked before publication. */
@Component
class BodyRegistry {

    private final Organization organization;

    BodyRegistry(Organization organization) {
        this.organization = organization;
    }

    /** The unit's active bodies as entries of the body list; entrusted ones name the unit as entrusting body. */
    List<Entry> entries(UUID unitId) {
        var unitName = organization.unit(unitId).map(unit -> unit.name()).orElse("");
        var entries = new ArrayList<Entry>();
        for (var body : organization.bodiesOf(unitId)) {
            entries.add(entry(body, unitName));
        }
        return entries;
    }

    private static Entry entry(EnforcementBody body, String unitName) {
        var code = "ZT-" + body.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        var data = new LinkedHashMap<String, String>();
        data.put("code", code);
        data.put("name", body.name());
        data.put("nature", body.nature());
        data.put("fundingSource", body.fundingSource());
        data.put("staffing", body.staffing());
        data.put("bodyType", label(body.bodyType()));
        data.put("duties", body.duties());
        data.put("legalRepresentative", body.legalRepresentative());
        data.put("address", body.address());
        data.put("complaintPhone", body.complaintPhone());
        data.put("entrustingBody", body.bodyType() == BodyType.ENTRUSTED ? unitName : "");
        data.put("agreement", "");
        return new Entry(code, data);
    }

    private static String label(BodyType type) {
        return switch (type) {
            case STATUTORY -> "法定行政机关";
            case AUTHORIZED -> "法律法规授权组织";
            case ENTRUSTED -> "受委托组织";
        };
    }
}
