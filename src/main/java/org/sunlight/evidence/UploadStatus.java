package org.sunlight.evidence;

import java.util.UUID;

/**
 * Where an upload stands.
 *
 * @param offset how many bytes the server holds; the next chunk starts there
 * @param fileId the stored file once the upload is complete, else null
 */
public record UploadStatus(UUID id, UUID caseId, String fileName, long size, long offset, UUID fileId, String sha256) {

    @com.fasterxml.jackson.annotation.JsonProperty("complete")
    public boolean complete() {
        return fileId != null;
    }
}
