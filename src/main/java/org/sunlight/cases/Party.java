package org.sunlight.cases;

import java.util.UUID;

/**
 * The person or organisation a case is about (当事人). An individual carries an ID number (GB 11643), an organisation a
 * unified social credit code (GB 32100); both are checked before a party is accepted.
 */
public record Party(UUID id, PartyKind kind, String name, String idNumber, String creditCode, String address) {

    /** The identity number that applies to the kind of party. */
    public String identity() {
        return kind == PartyKind.INDIVIDUAL ? idNumber : creditCode;
    }
}
