package org.sunlight.platform;

import java.time.Instant;

/**
 * A person opened a record (R8): a case, a document, a stored file. Published by the module that serves it; the audit
 * log keeps every one, with where the request came from.
 *
 * @param kind what was opened: {@code case}, {@code document}, {@code evidence}, {@code archive}
 * @param recordId the record's id
 * @param caseId the case the record belongs to, when it belongs to one (null otherwise)
 * @param address the client's address as the server saw it
 */
public record Retrieved(String kind, String recordId, String caseId, String username, String address, Instant at) {}
