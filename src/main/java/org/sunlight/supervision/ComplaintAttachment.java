package org.sunlight.supervision;

import java.util.UUID;

/** A file an online complaint carried, kept in the evidence store by its SHA-256. */
record ComplaintAttachment(UUID id, UUID complaintId, String fileName, String mediaType, String sha256, long size) {}
