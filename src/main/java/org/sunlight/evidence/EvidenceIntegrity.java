package org.sunlight.evidence;

import java.io.IOException;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.sunlight.platform.IntegrityCheck;
import org.sunlight.platform.IntegrityProblem;

/** Re-reads every stored evidence file and compares its SHA-256 with the hash it is stored under. */
@Component
class EvidenceIntegrity implements IntegrityCheck {

    static final String NAME = "证据文件";

    private final EvidenceRows rows;
    private final BlobStore store;

    EvidenceIntegrity(EvidenceRows rows, BlobStore store) {
        this.rows = rows;
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public long run(Consumer<IntegrityProblem> problems, LongConsumer progress) {
        long[] checked = {0};
        rows.eachStoredHash(row -> {
            var sha256 = row[0];
            long size = Long.parseLong(row[1]);
            var item = sha256 + "（" + row[2] + "）";
            try {
                var stored = store.size(sha256);
                if (stored.isEmpty()) {
                    problems.accept(new IntegrityProblem(NAME, item, IntegrityProblem.Kind.MISSING, "存储中没有该文件"));
                } else {
                    var digest = Evidence.sha256();
                    long read = 0;
                    try (var in = store.open(sha256, 0, stored.getAsLong())) {
                        var buffer = new byte[1 << 20];
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            digest.update(buffer, 0, n);
                            read += n;
                        }
                    }
                    var actual = HexFormat.of().formatHex(digest.digest());
                    if (!actual.equals(sha256) || read != size) {
                        problems.accept(new IntegrityProblem(
                                NAME,
                                item,
                                IntegrityProblem.Kind.CHANGED,
                                "应为 " + sha256 + "（" + size + " 字节），实为 " + actual + "（" + read + " 字节）"));
                    }
                }
            } catch (IOException e) {
                problems.accept(new IntegrityProblem(NAME, item, IntegrityProblem.Kind.MISSING, e.getMessage()));
            }
            checked[0]++;
            if (checked[0] % 100 == 0) {
                progress.accept(checked[0]);
            }
        });
        progress.accept(checked[0]);
        return checked[0];
    }
}
