package org.sunlight.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.sunlight.cases.DocumentKind;

/** R2: 文号 are unique per unit, kind and year, and gap-free, even when officers issue at the same moment. */
@SpringBootTest
class DocumentNumbersTest {

    @Autowired
    DocumentNumbers numbers;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient db;

    @Test
    void eightOfficersIssuingAtOnceGetEightConsecutiveNumbers() throws Exception {
        var unit = UUID.randomUUID();
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var taken = new ArrayList<Future<Integer>>();
            for (int i = 0; i < 8; i++) {
                taken.add(pool.submit(() -> {
                    start.await();
                    return transactions.execute(status -> numbers.next(unit, DocumentKind.PENALTY_DECISION, 2026));
                }));
            }
            start.countDown();
            var sequences = new ArrayList<Integer>();
            for (var number : taken) {
                sequences.add(number.get(30, TimeUnit.SECONDS));
            }

            assertThat(sequences)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 8).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        var unit = UUID.randomUUID();
        transactions.executeWithoutResult(status -> numbers.next(unit, DocumentKind.ADVANCE_NOTICE, 2026));

        var rolledBack = transactions.execute(status -> {
            status.setRollbackOnly();
            return numbers.next(unit, DocumentKind.ADVANCE_NOTICE, 2026);
        });
        var next = transactions.execute(status -> numbers.next(unit, DocumentKind.ADVANCE_NOTICE, 2026));

        assertThat(rolledBack).isEqualTo(2);
        assertThat(next).isEqualTo(2);
    }

    @Test
    void eachUnitKindAndYearCountsOnItsOwn() {
        var unit = UUID.randomUUID();
        var other = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            assertThat(numbers.next(unit, DocumentKind.PENALTY_DECISION, 2026)).isEqualTo(1);
            assertThat(numbers.next(unit, DocumentKind.PENALTY_DECISION, 2026)).isEqualTo(2);
            assertThat(numbers.next(unit, DocumentKind.PENALTY_DECISION, 2027)).isEqualTo(1);
            assertThat(numbers.next(unit, DocumentKind.HEARING_NOTICE, 2026)).isEqualTo(1);
            assertThat(numbers.next(other, DocumentKind.PENALTY_DECISION, 2026)).isEqualTo(1);
        });
    }

    @Test
    void aNumberIsTakenOnlyInsideTheIssuingTransaction() {
        assertThatThrownBy(() -> numbers.next(UUID.randomUUID(), DocumentKind.PENALTY_DECISION, 2026))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void theNumberNamesTheUnitTheKindAndTheYear() {
        assertThat(numbers.format("曲阜市卫生健康局", DocumentKind.PENALTY_DECISION, 2026, 12))
                .isEqualTo("曲卫罚〔2026〕12号");
        assertThat(numbers.format("邹城市卫生健康局", DocumentKind.ON_THE_SPOT_DECISION, 2026, 3))
                .isEqualTo("邹卫当罚〔2026〕3号");
        assertThat(numbers.format("曲阜市卫生健康局", DocumentKind.RELEASE_DECISION, 2027, 1))
                .isEqualTo("曲卫强〔2027〕1号");
        assertThat(DocumentNumbers.numbered(DocumentKind.SITE_RECORD)).isFalse();
        assertThat(DocumentNumbers.numbered(DocumentKind.TRANSFER_LETTER)).isTrue();
    }
}
