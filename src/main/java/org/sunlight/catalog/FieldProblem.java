package org.sunlight.catalog;

/**
 * What is wrong with one field of one entry.
 *
 * @param row the row of the imported sheet (counting the header as row 1), or 0 for an entry entered on a form
 * @param field the field's name, or null for the entry as a whole
 * @param messageKey the reason, as a key in the message bundles
 * @param value the offending value
 */
record FieldProblem(int row, String field, String header, String messageKey, String value) {}
