package org.sunlight.archive;

import org.springframework.http.HttpStatus;
import org.sunlight.platform.Refusal;

/** What the case files refuse. */
final class ArchiveRefusals {

    private ArchiveRefusals() {}

    /** Only a closed or archived case is filed. */
    static final class CaseNotClosed extends Refusal {
        CaseNotClosed(String stage) {
            super(null, "archive.refusal.not-closed", stage);
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.CONFLICT;
        }
    }
}
