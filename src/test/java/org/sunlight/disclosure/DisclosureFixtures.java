package org.sunlight.disclosure;

import static org.sunlight.StaffClient.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.sunlight.CaseSteps;
import org.sunlight.StaffClient;

/** Decisions made on the spot in the demo county, and their disclosure entries published, for the disclosure tests. */
final class DisclosureFixtures {

    /** The demo party of the tests that need a natural person: 赵某某 with a valid ID number. */
    static final String PERSON = "{\"kind\":\"INDIVIDUAL\",\"name\":\"赵某某\",\"identity\":\"11010519491231002X\"}";

    private final LocalDate today;
    private final int port;
    private final JdbcClient db;

    /** With the application's clock: the day a party is told is the product's today. */
    DisclosureFixtures(int port, JdbcClient db, Clock clock) {
        this.port = port;
        this.db = db;
        this.today = LocalDate.now(clock);
    }

    record Decided(UUID caseId, UUID entry) {}

    /** An organisation as a case's party, by name, with the demo credit code. */
    static String organisation(String name) {
        return "{\"kind\":\"ORGANISATION\",\"name\":\"" + name + "\",\"identity\":\"91350100M000100Y43\"}";
    }

    /** A fine decided on the spot (simple procedure) by qufu-officer, and the disclosure entry it made. */
    Decided decided(String title, String summary, String party, int fine) throws Exception {
        return decided(title, summary, party, fine, null, null);
    }

    /**
     * As {@link #decided(String, String, String, int)}, under an enforcement item and circumstance of the demo discretion
     * standards (for instance 370881-XZCF-041, 轻微: 20 to 1,000 yuan), or none when they are null.
     */
    Decided decided(String title, String summary, String party, int fine, String itemCode, String circumstance)
            throws Exception {
        var officer = StaffClient.loggedIn(port, "qufu-officer");
        officer.get("/console");
        var caseId = new CaseSteps(port, db)
                .decidedOnTheSpot(
                        officer,
                        "qufu-officer",
                        title,
                        summary,
                        party,
                        "{\"kind\":\"FINE\",\"fine\":" + fine + ",\"text\":\"罚款\""
                                + (itemCode == null
                                        ? ""
                                        : ",\"itemCode\":\"" + itemCode + "\",\"circumstance\":\"" + circumstance
                                                + "\"")
                                + "}");
        var entry = db.sql("select id from disclosure.disclosure_entry where case_id = ?")
                .param(caseId)
                .query(UUID.class)
                .single();
        return new Decided(caseId, entry);
    }

    /** The administrator records that the party was told, then publishes the entry. */
    void publish(UUID entry) {
        var admin = StaffClient.loggedIn(port, "qufu-admin");
        admin.get("/console/disclosures");
        admin.postFormAndFollow(
                "/console/disclosures/" + entry + "/party-notified", form("on", today.toString(), "how", "决定书中载明"));
        admin.postFormAndFollow("/console/disclosures/" + entry + "/publish", form());
    }

    /** A fine of 150 yuan on 赵某某, decided and published; its entry. */
    UUID publishedOnAPerson(String title) throws Exception {
        var decided = decided(title, "", PERSON, 150);
        publish(decided.entry());
        return decided.entry();
    }
}
