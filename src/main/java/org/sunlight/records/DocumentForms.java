package org.sunlight.records;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sunlight.cases.DocumentKind;

/**
 * What each kind of document states beyond its facts: whether it names the penalty, and its fixed paragraphs (the
 * party's rights, payment, remedies), as message keys of records.properties.
 */
final class DocumentForms {

    /** 行政处罚法 第四十四条 (statement, defence) and 第六十三条、第六十四条 (hearing). */
    static final String RIGHTS_BEFORE_DECISION = "records.clause.statement";

    static final String HEARING = "records.clause.hearing";

    /** 行政处罚法 第六十七条、第七十二条. */
    static final String PAYMENT = "records.clause.payment";

    /** 行政处罚法 第五十九条: the decision names the ways and periods of review and suit. */
    static final String PENALTY_REMEDIES = "records.clause.remedies";

    /** 行政处罚法 第七十三条. */
    static final String NOT_SUSPENDED = "records.clause.not-suspended";

    /** 行政复议法 第二十条 (sixty days), 行政诉讼法 第四十六条 (six months). */
    static final String REMEDIES = "records.clause.remedies-other";

    private static final Set<DocumentKind> STATING_PENALTY = Set.of(
            DocumentKind.ADVANCE_NOTICE,
            DocumentKind.PENALTY_DECISION,
            DocumentKind.NO_PENALTY_DECISION,
            DocumentKind.PAYMENT_REMINDER,
            DocumentKind.ENFORCEMENT_APPLICATION,
            DocumentKind.ON_THE_SPOT_DECISION,
            DocumentKind.ON_THE_SPOT_FILING,
            DocumentKind.DISCUSSION_RECORD,
            DocumentKind.COLLECTIVE_DISCUSSION_RECORD);

    private static final Map<DocumentKind, List<String>> CLAUSES = Map.ofEntries(
            Map.entry(DocumentKind.ADVANCE_NOTICE, List.of(RIGHTS_BEFORE_DECISION, HEARING)),
            Map.entry(DocumentKind.PENALTY_DECISION, List.of(PAYMENT, PENALTY_REMEDIES, NOT_SUSPENDED)),
            Map.entry(DocumentKind.ON_THE_SPOT_DECISION, List.of(PAYMENT, PENALTY_REMEDIES)),
            Map.entry(DocumentKind.NO_PENALTY_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.EVIDENCE_PRESERVATION_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.LICENSING_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.NON_ACCEPTANCE_NOTICE, List.of(REMEDIES)),
            Map.entry(DocumentKind.SEIZURE_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.RELEASE_DECISION, List.of(REMEDIES)),
            // 行政强制法 第二十五条: the extension is a decision the party may challenge like the seizure itself
            Map.entry(DocumentKind.SEIZURE_EXTENSION_DECISION, List.of(REMEDIES)),
            // 行政处罚法 第五十六条: the handling of preserved evidence (a seizure among its outcomes) may be challenged
            Map.entry(DocumentKind.PRESERVATION_HANDLING_DECISION, List.of(REMEDIES)),
            // 行政许可法 第三十八条第二款: a refusal tells the applicant of the right to reconsideration or suit; the
            // change and the renewal are licensing decisions like the grant
            Map.entry(DocumentKind.LICENCE_CHANGE_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.LICENCE_CHANGE_REFUSAL, List.of(REMEDIES)),
            Map.entry(DocumentKind.LICENCE_RENEWAL_DECISION, List.of(REMEDIES)),
            Map.entry(DocumentKind.LICENCE_RENEWAL_REFUSAL, List.of(REMEDIES)));

    private DocumentForms() {}

    /** The decisions: they name the officers who acted (行政处罚法 第五十九条). */
    static boolean statesDecision(DocumentKind kind) {
        return kind == DocumentKind.PENALTY_DECISION
                || kind == DocumentKind.NO_PENALTY_DECISION
                || kind == DocumentKind.ON_THE_SPOT_DECISION;
    }

    /**
     * The decisions of the general procedure: they state the facts and evidence without the internal discussions and
     * reviews, and the provisions broken and the penalty provisions (行政处罚法 第五十九条第一款第二项、第三项).
     */
    static boolean statesFactsOnly(DocumentKind kind) {
        return kind == DocumentKind.PENALTY_DECISION || kind == DocumentKind.NO_PENALTY_DECISION;
    }

    /** The execution documents state the surcharge to the day they are issued (行政处罚法 第七十二条). */
    static boolean statesSurcharge(DocumentKind kind) {
        return kind == DocumentKind.PAYMENT_REMINDER || kind == DocumentKind.ENFORCEMENT_APPLICATION;
    }

    static boolean statesPenalty(DocumentKind kind) {
        return STATING_PENALTY.contains(kind);
    }

    static List<String> clauses(DocumentKind kind) {
        return CLAUSES.getOrDefault(kind, List.of());
    }

    /**
     * The kind's clauses for a case: 行政处罚法 第六十三条 gives a hearing only for the penalties it lists, so the
     * hearing clause is printed only where the intended penalty is one of them.
     */
    static List<String> clauses(DocumentKind kind, boolean hearingAllowed) {
        return clauses(kind).stream()
                .filter(clause -> hearingAllowed || !clause.equals(HEARING))
                .toList();
    }
}
