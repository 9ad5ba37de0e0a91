package org.sunlight.disclosure;

/**
 * The complaints about enforcement (投诉举报, A6) a yearly report counts: those received in the year and what became of
 * them.
 *
 * @param received complaints registered, from every channel
 * @param accepted of those, accepted for handling
 * @param notAccepted of those, not accepted (不属于受理范围, with the reasons told)
 * @param concluded of the accepted, with a result fed back
 * @param upheld of the concluded, found true (查证属实)
 * @param acknowledgedLate the complainant told of acceptance after the 5 working days, or not yet and past them
 */
public record ComplaintFigures(
        long received, long accepted, long notAccepted, long concluded, long upheld, long acknowledgedLate) {}
