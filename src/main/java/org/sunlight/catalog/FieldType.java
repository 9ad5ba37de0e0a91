package org.sunlight.catalog;

/** How a list field is entered, checked and shown. */
enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** One of the enforcement categories, entered by its Chinese name. */
    CATEGORY,
    /** Law and article: 《…》第…条, several separated by ；. */
    LEGAL_BASIS,
    /** A whole number of working days, zero or more. */
    WORKING_DAYS,
    /** A percentage between 0 and 100. */
    PERCENT,
    /** An item code of the power list: letters, digits and dashes. */
    CODE,
    /** An amount of yuan, zero or more, at most two decimals. */
    MONEY,
    /** A day, yyyy-MM-dd. */
    DATE,
    /** One of the field's fixed choices. */
    CHOICE
}
