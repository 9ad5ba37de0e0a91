package org.sunlight.cases;

/** Who a party is: a natural person (ID number) or an organisation (unified social credit code). */
public enum PartyKind {
    INDIVIDUAL,
    ORGANISATION
}
