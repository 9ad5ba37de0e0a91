package org.sunlight.records;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.platform.NotFound;

/**
 * Prints issued documents to PDF after the act that issued them commits, and keeps each PDF byte for byte with its
 * SHA-256, so that an act does not wait for printing and every download is the same PDF. A document not printed yet
 * (its turn has not come, or the product stopped before) is printed when someone first asks for it, and the sweep
 * prints the ones left behind.
 */
@Component
class DocumentPrinting {

    private static final Logger log = LoggerFactory.getLogger(DocumentPrinting.class);

    /** Documents waiting for the printer; beyond this the sweep or the first download prints them. */
    private static final int QUEUE = 10_000;

    private final Documents documents;
    private final PdfMaker pdf;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ThreadPoolExecutor printer;

    DocumentPrinting(
            Documents documents,
            PdfMaker pdf,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.documents = documents;
        this.pdf = pdf;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
        this.printer = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE),
                work -> {
                    var thread = new Thread(work, "document-printer");
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.DiscardPolicy());
    }

    /** The stored PDF of a document, printed and stored first when it has not been yet. */
    Documents.Printed printed(UUID id) {
        var stored = documents.printed(id);
        if (stored.isPresent()) {
            return stored.get();
        }
        var document = documents.find(id).orElseThrow(() -> new NotFound("document"));
        var bytes = pdf.pdf(document.title(), document.html());
        var sha256 = PdfMaker.sha256(bytes);
        return transactions.execute(status -> {
            var at = clock.instant();
            if (documents.insertPrinted(id, bytes, sha256, at)) {
                events.publishEvent(new DocumentPrinted(id, document.caseId(), document.unitId(), sha256, at));
            }
            // printed meanwhile by another thread: that PDF is the one kept
            return documents.printed(id).orElseThrow();
        });
    }

    /** Queues the document for the printer once the current transaction commits; nothing when it rolls back. */
    void afterCommit(UUID id) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                printer.execute(() -> print(id));
            }
        });
    }

    /** Prints the documents whose turn was lost (a full queue, a stop of the product) a batch at a time. */
    @Scheduled(
            initialDelayString = "${sunlight.records.print-sweep-every:PT5M}",
            fixedDelayString = "${sunlight.records.print-sweep-every:PT5M}")
    void sweep() {
        if (printer.getQueue().isEmpty()) {
            documents.unprinted(100).forEach(id -> printer.execute(() -> print(id)));
        }
    }

    /** Documents waiting for the printer in this process, for the benchmark's report. */
    int waiting() {
        return printer.getQueue().size() + printer.getActiveCount();
    }

    private void print(UUID id) {
        try {
            printed(id);
        } catch (RuntimeException e) {
            // printed on demand when asked for; the sweep tries again
            log.warn("document {} not printed: {}", id, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        printer.shutdownNow();
    }
}
