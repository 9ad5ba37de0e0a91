package org.sunlight.records;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;

/**
 * Re-hashes the frozen content of every issued document and the bytes of every stored PDF, and names each one that no
 * longer matches the SHA-256 taken when it was written (R7).
 */
@Component
class DocumentIntegrity implements IntegrityCheck {

    private final Documents documents;
    private final MessageSource messages;

    DocumentIntegrity(Documents documents, MessageSource messages) {
        this.documents = documents;
        this.messages = messages;
    }

    @Override
    public String name() {
        return text("records.integrity.name");
    }

    @Override
    public long run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        var checked = new AtomicLong();
        documents.eachStored(document -> {
            var actual = Documents.contentSha256(document.html());
            if (!actual.equals(document.contentSha256())) {
                problems.accept(new IntegrityProblem(
                        name(),
                        (document.number() != null ? document.number() : document.title()) + " (" + document.id() + ")",
                        IntegrityProblem.Kind.CHANGED,
                        messages.getMessage(
                                "records.integrity.changed",
                                new Object[] {document.contentSha256(), actual},
                                Locale.SIMPLIFIED_CHINESE)));
            }
            if (checked.incrementAndGet() % 1000 == 0) {
                progress.accept(checked.get());
            }
        });
        documents.eachPrinted(printed -> {
            var actual = PdfMaker.sha256(printed.pdf());
            if (!actual.equals(printed.sha256())) {
                problems.accept(new IntegrityProblem(
                        name(),
                        (printed.number() != null ? printed.number() : "") + " (" + printed.documentId() + ")",
                        IntegrityProblem.Kind.CHANGED,
                        messages.getMessage(
                                "records.integrity.pdf-changed",
                                new Object[] {printed.sha256(), actual},
                                Locale.SIMPLIFIED_CHINESE)));
            }
            if (checked.incrementAndGet() % 1000 == 0) {
                progress.accept(checked.get());
            }
        });
        progress.accept(checked.get());
        return checked.get();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
