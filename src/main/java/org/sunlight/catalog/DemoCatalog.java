package org.sunlight.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.organization.Organization;
import org.sunlight.platform.DemoData;

/**
 * The demo county's published lists (曲阜市卫生健康局): its real enforcement items with their legal bases, its
 * random-inspection items and its service guides, drafted by its administrator and checked by its reviewer. Loaded
 * once, when the catalog is empty and the demo organization is there. The files are validated like any import.
 */
@Component
@Order(20)
class DemoCatalog implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCatalog.class);
    static final String DEMO_UNIT = "370881";

    private final DemoData demoData;
    private final Organization organization;
    private final ListVersions versions;
    private final EntryValidator validator;
    private final TransactionTemplate transactions;
    private final JdbcClient db;
    private final BodyRegistry bodyRegistry;

    DemoCatalog(
            DemoData demoData,
            Organization organization,
            ListVersions versions,
            EntryValidator validator,
            TransactionTemplate transactions,
            JdbcClient db,
            BodyRegistry bodyRegistry) {
        this.demoData = demoData;
        this.organization = organization;
        this.versions = versions;
        this.validator = validator;
        this.transactions = transactions;
        this.db = db;
        this.bodyRegistry = bodyRegistry;
    }

    @Override
    public void run(ApplicationArguments args) {
        var unit = organization.unitByDivisionCode(DEMO_UNIT);
        if (!demoData.enabled() || unit.isEmpty() || catalogHasVersions()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            for (var code : DEMO_BODY_LISTS.keySet()) {
                organization
                        .unitByDivisionCode(code)
                        .ifPresent(other -> publish(
                                other.id(),
                                ListKind.BODIES,
                                bodiesWithAgreement(bodyRegistry.entries(other.id())),
                                DEMO_BODY_LISTS.get(code)));
            }
            for (var kind : ListKind.values()) {
                if (!new ClassPathResource(file(kind)).exists()) {
                    continue;
                }
                var entries = load(kind);
                if (kind == ListKind.REVIEW_SCOPE_RULES) {
                    // the province's scope list binds every unit below it (L2); 曲阜 publishes its own as well
                    organization
                            .unitByDivisionCode("370000")
                            .ifPresent(province -> publish(province.id(), kind, entries, "province"));
                }
                if (kind == ListKind.HEARING_THRESHOLDS) {
                    // the province sets the hearing amounts for all its units
                    organization
                            .unitByDivisionCode("370000")
                            .ifPresent(province -> publish(province.id(), kind, entries, "province"));
                    continue;
                }
                publish(unit.get().id(), kind, entries, "qufu");
            }
        });
        log.info("Published the demo lists of {}", unit.get().name());
    }

    /**
     * The units whose body lists the demo publishes, with their logins' prefix; 邹城 has no reviewer to check its list,
     * so its list stays unpublished.
     */
    private static final java.util.Map<String, String> DEMO_BODY_LISTS =
            java.util.Map.of("370000", "province", "370800", "city", "370881", "qufu");

    private void publish(java.util.UUID unitId, ListKind kind, List<Entry> entries, String prefix) {
        var draft = versions.createDraft(unitId, kind, prefix + "-admin");
        versions.replaceEntries(draft, ListSchema.of(kind), entries);
        versions.submit(draft, prefix + "-admin");
        versions.publish(draft, unitId, kind, prefix + "-reviewer");
    }

    /** The demo's entrusted teams act under a written entrustment (A3). */
    private static List<Entry> bodiesWithAgreement(List<Entry> entries) {
        return entries.stream()
                .map(entry -> {
                    if (!"受委托组织".equals(entry.get("bodyType"))) {
                        return entry;
                    }
                    var data = new LinkedHashMap<>(entry.data());
                    data.put("agreement", "《行政执法委托书》（2024年1月1日至2026年12月31日）");
                    return new Entry(entry.key(), data);
                })
                .toList();
    }

    private boolean catalogHasVersions() {
        return db.sql("select exists (select 1 from catalog.list_version)")
                .query(Boolean.class)
                .single();
    }

    private static String file(ListKind kind) {
        return "catalog/demo/" + kind.slug() + ".csv";
    }

    /** The demo file of the list, checked entry by entry; a bad line is a bug in the shipped file. */
    List<Entry> load(ListKind kind) {
        var schema = ListSchema.of(kind);
        String text;
        try (var in = new ClassPathResource(file(kind)).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("demo list missing: " + kind, e);
        }
        var rows = Csv.parse(text);
        var headers = rows.get(0);
        var entries = new ArrayList<Entry>();
        for (int r = 1; r < rows.size(); r++) {
            var values = new LinkedHashMap<String, String>();
            for (int c = 0; c < headers.size() && c < rows.get(r).size(); c++) {
                var header = headers.get(c).strip();
                var value = rows.get(r).get(c).replace("\\n", "\n");
                schema.fields().stream()
                        .filter(field -> field.header().equals(header))
                        .findFirst()
                        .ifPresent(field -> values.put(field.name(), value));
            }
            var checked = validator.check(schema, values, r + 1);
            if (!checked.valid()) {
                throw new IllegalStateException("demo " + kind + " line " + (r + 1) + ": " + checked.problems());
            }
            entries.add(checked.entry());
        }
        return entries;
    }
}
