package org.sunlight.cases;

import java.util.Set;
import java.util.UUID;

/**
 * Finds cases by the 文号 of a document they issued; the records module, which numbers the documents, answers. The
 * cases module asks it and knows no table of another module.
 */
public interface CaseDocumentNumbers {

    /** The cases that issued a document numbered exactly so. */
    Set<UUID> casesNumbered(String documentNumber);
}
