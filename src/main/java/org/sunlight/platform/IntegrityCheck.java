package org.sunlight.platform;

import java.util.function.Consumer;

/**
 * One part of the verification that nothing stored was altered unseen (R7): the audit log, the issued documents, the
 * stored files. Each module that keeps hashed records contributes one; the {@code verify} command and the
 * administrators' page run them all and report every problem by name.
 */
public interface IntegrityCheck {

    /** What this check covers, as the report names it (in Chinese, e.g. 审计日志, 执法文书, 证据文件). */
    String name();

    /**
     * Re-hashes everything this check covers and reports each problem found.
     *
     * @param problems receives every problem; the check goes on after reporting one
     * @param progress receives the number of items checked so far, now and then, for long checks
     * @return how many items were checked
     */
    long run(Consumer<IntegrityProblem> problems, java.util.function.LongConsumer progress);
}
