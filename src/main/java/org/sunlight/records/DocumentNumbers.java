package org.sunlight.records;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.sunlight.cases.DocumentKind;

/**
 * The 文号 of decision documents: unique per unit, kind and year, and gap-free. The next sequence is taken from a
 * counter row inside the issuing transaction, whose lock holds a concurrent issuer until the first commits or rolls
 * back; a rolled-back issue gives its number back.
 */
@Component
class DocumentNumbers {

    /** The decision documents; each has a word in its 文号 (records.number.word.KIND). */
    private static final Set<DocumentKind> NUMBERED = EnumSet.of(
            DocumentKind.PENALTY_DECISION,
            DocumentKind.NO_PENALTY_DECISION,
            DocumentKind.PAYMENT_REMINDER,
            DocumentKind.ENFORCEMENT_APPLICATION,
            DocumentKind.ON_THE_SPOT_DECISION,
            DocumentKind.ADVANCE_NOTICE,
            DocumentKind.HEARING_NOTICE,
            DocumentKind.EVIDENCE_PRESERVATION_DECISION,
            DocumentKind.LICENSING_DECISION,
            DocumentKind.SEIZURE_DECISION,
            DocumentKind.RELEASE_DECISION,
            DocumentKind.SEIZURE_EXTENSION_DECISION,
            DocumentKind.TESTING_PERIOD_NOTICE,
            DocumentKind.PRESERVATION_HANDLING_DECISION,
            DocumentKind.CORRECTION_NOTICE,
            DocumentKind.LICENSING_EXTENSION_NOTICE,
            DocumentKind.LICENSING_HEARING_NOTICE,
            DocumentKind.LICENCE_CHANGE_DECISION,
            DocumentKind.LICENCE_CHANGE_REFUSAL,
            DocumentKind.LICENCE_RENEWAL_DECISION,
            DocumentKind.LICENCE_RENEWAL_REFUSAL,
            DocumentKind.TRANSFER_LETTER);

    private final JdbcClient db;
    private final MessageSource messages;

    DocumentNumbers(JdbcClient db, MessageSource messages) {
        this.db = db;
        this.messages = messages;
    }

    /** Only decision documents carry a 文号. */
    static boolean numbered(DocumentKind kind) {
        return NUMBERED.contains(kind);
    }

    /** Takes the next sequence of the unit, kind and year; must run inside the issuing transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(UUID unitId, DocumentKind kind, int year) {
        return db.sql(
                        """
                        insert into records.document_counter (unit_id, kind, year, last) values (?, ?, ?, 1)
                        on conflict (unit_id, kind, year) do update set last = document_counter.last + 1
                        returning last
                        """)
                .params(unitId, kind.name(), year)
                .query(Integer.class)
                .single();
    }

    /** The unit's first character, 卫, the kind's word, the year in 〔〕, the sequence and 号: 曲卫罚〔2026〕12号. */
    String format(String unitName, DocumentKind kind, int year, int sequence) {
        var first = new String(Character.toChars(unitName.strip().codePointAt(0)));
        var word = messages.getMessage("records.number.word." + kind.name(), null, Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage(
                "records.number",
                new Object[] {first, word, String.valueOf(year), String.valueOf(sequence)},
                Locale.SIMPLIFIED_CHINESE);
    }
}
