package org.sunlight.records;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.sunlight.cases.CaseView;
import org.sunlight.cases.DocumentKind;
import org.sunlight.cases.ProposalKind;
import org.sunlight.platform.Refusal;

/**
 * A correction of a decision document corrects its wording only (L5): one that names another kind of decision or
 * another amount than the one decided is a new decision, which is proposed again and, where major, reviewed again
 * before it is made. The amounts checked are those written in figures (12,000 元, 1.2 万元).
 */
final class DecisionCorrections {

    /** The documents that carry a decision. */
    static final Set<DocumentKind> DECISIONS = Set.of(
            DocumentKind.PENALTY_DECISION,
            DocumentKind.ON_THE_SPOT_DECISION,
            DocumentKind.LICENSING_DECISION,
            DocumentKind.SEIZURE_DECISION);

    private static final Pattern AMOUNT = Pattern.compile("(\\d[\\d,，]*(?:\\.\\d+)?)\\s*(万)?\\s*元");

    private DecisionCorrections() {}

    /** Refuses a correction whose text changes the decided kind or amount. */
    static void check(DocumentKind kind, CaseView decided, String text) {
        if (!DECISIONS.contains(kind)) {
            return;
        }
        for (var other : ProposalKind.values()) {
            if (other != decided.proposalKind()
                    && other.category() == decided.procedure().category()
                    && other.words().stream().anyMatch(text::contains)) {
                throw new DecisionChanged(
                        "records.refusal.correction-kind", other.words().get(0));
            }
        }
        var amounts = AMOUNT.matcher(text);
        while (amounts.find()) {
            var named = new BigDecimal(amounts.group(1).replace(",", "").replace("，", ""));
            if (amounts.group(2) != null) {
                named = named.multiply(BigDecimal.valueOf(10_000));
            }
            if (decided.proposalFine() == null || named.compareTo(decided.proposalFine()) != 0) {
                throw new DecisionChanged(
                        "records.refusal.correction-amount",
                        amounts.group(),
                        decided.proposalFine() == null
                                ? "无"
                                : decided.proposalFine().toPlainString());
            }
        }
    }

    /** The correction would change what was decided. */
    static final class DecisionChanged extends Refusal {
        DecisionChanged(String messageKey, Object... arguments) {
            super("text", messageKey, arguments);
        }

        @Override
        public String rule() {
            return "CORRECTION_CHANGES_DECISION";
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
    }
}
