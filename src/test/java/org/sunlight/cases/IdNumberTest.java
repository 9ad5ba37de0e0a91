package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Resident identity numbers, GB 11643-1999: structure, birth date and the ISO 7064 MOD 11-2 check character. */
class IdNumberTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");

    /** The check character, computed here independently of the class under test. */
    static char checkCharacter(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static String withCheck(String body) {
        return body + checkCharacter(body);
    }

    @Test
    void thePublishedExampleIsValid() {
        // 11010519491231002: Σ digit × weight = 167, 167 mod 11 = 2 → "10X98765432"[2] = X
        assertThat(checkCharacter("11010519491231002")).isEqualTo('X');

        var id = IdNumber.parse("11010519491231002X");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(IdNumber.problem("11010519491231002X")).isEmpty();
    }

    @Test
    void aNumberFromQufuIsValid() {
        // 37088119800101001: Σ = 267, 267 mod 11 = 3 → 9
        assertThat(checkCharacter("37088119800101001")).isEqualTo('9');

        var id = IdNumber.parse("370881198001010019");

        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(id.masked()).isEqualTo("370881********0019");
    }

    @Test
    void maskingKeepsTheDivisionAndTheLastFourCharacters() {
        // 37088119800118123: Σ = 332, 332 mod 11 = 2 → X
        assertThat(checkCharacter("37088119800118123")).isEqualTo('X');

        assertThat(IdNumber.parse("37088119800118123X").masked()).isEqualTo("370881********123X");
    }

    @Test
    void aLowerCaseXAndSurroundingWhitespaceAreAccepted() {
        var id = IdNumber.parse(" \t11010519491231002x\u3000\n");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id).isEqualTo(new IdNumber("11010519491231002X"));
        assertThat(new IdNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThat(IdNumber.problem("110105194912310021")).contains("id-number.check-digit");
        assertThat(IdNumber.problem("370881198001010018")).contains("id-number.check-digit");
        assertThatThrownBy(() -> IdNumber.parse("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id-number.check-digit");
    }

    @Test
    void theConstructorRefusesAnInvalidNumberToo() {
        assertThatThrownBy(() -> new IdNumber("110105194912310021"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id-number.check-digit");
        assertThatThrownBy(() -> new IdNumber(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id-number.length");
    }

    @Test
    void aBirthDateThatIsNoCalendarDateIsRefused() {
        assertThat(IdNumber.problem(withCheck("37088120250230001"))).contains("id-number.birth-date");
        assertThat(IdNumber.problem(withCheck("37088119801301001"))).contains("id-number.birth-date");
        assertThat(IdNumber.problem(withCheck("37088119800100001"))).contains("id-number.birth-date");
        // 1900 is no leap year, 2000 is
        assertThat(IdNumber.problem(withCheck("37088119000229001"))).contains("id-number.birth-date");
        assertThat(IdNumber.parse(withCheck("37088120000229001")).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void aBirthDateBefore1900IsRefused() {
        assertThat(IdNumber.problem(withCheck("37088118991231001"))).contains("id-number.birth-date");
        assertThat(IdNumber.problem(withCheck("37088100000101001"))).contains("id-number.birth-date");
        assertThat(IdNumber.parse(withCheck("37088119000101001")).birthDate()).isEqualTo(EARLIEST);
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        var today = LocalDate.of(2026, 3, 15);

        assertThat(IdNumber.problem(withCheck("37088120260316001"), today)).contains("id-number.birth-date");
        assertThat(IdNumber.problem(withCheck("37088120260315001"), today)).isEmpty();

        var tomorrow = LocalDate.now(CHINA).plusDays(1);
        assertThat(IdNumber.problem(withCheck("370881" + tomorrow.format(YYYYMMDD) + "001")))
                .contains("id-number.birth-date");
        assertThat(IdNumber.problem(withCheck("370881" + LocalDate.now(CHINA).format(YYYYMMDD) + "001")))
                .isEmpty();
    }

    @Test
    void anythingButEighteenCharactersIsRefused() {
        assertThat(IdNumber.problem("11010519491231002")).contains("id-number.length");
        assertThat(IdNumber.problem("11010519491231002X0")).contains("id-number.length");
        assertThat(IdNumber.problem("")).contains("id-number.length");
        assertThat(IdNumber.problem("   ")).contains("id-number.length");
        assertThat(IdNumber.problem(null)).contains("id-number.length");
        assertThat(IdNumber.problem("1101051949 1231002X")).contains("id-number.length");
    }

    @Test
    void theOldFifteenDigitFormIsRefused() {
        // first-generation cards: division, yyMMdd, sequence, no check digit
        assertThat(IdNumber.problem("370881800101001")).contains("id-number.length");
        assertThatThrownBy(() -> IdNumber.parse("370881800101001")).hasMessage("id-number.length");
    }

    @Test
    void lettersInTheBodyAreRefused() {
        assertThat(IdNumber.problem("3708811980010100A9")).contains("id-number.characters");
        assertThat(IdNumber.problem("37088119800101X019")).contains("id-number.characters");
        assertThat(IdNumber.problem("37088119800101x019")).contains("id-number.characters");
        assertThat(IdNumber.problem("11010519491231002Y")).contains("id-number.characters");
        assertThat(IdNumber.problem("1101051949-231002X")).contains("id-number.characters");
        // full-width digits are digits to Character.isDigit, not to the standard
        assertThat(IdNumber.problem("１10105194912310021")).contains("id-number.characters");
    }

    @Test
    void aDivisionCodeStartingWithZeroIsRefused() {
        assertThat(IdNumber.problem(withCheck("01010519491231002"))).contains("id-number.characters");
    }

    @Provide
    Arbitrary<String> validNumbers() {
        var divisions = Arbitraries.integers().between(100000, 999999);
        var birthDates = Arbitraries.longs()
                .between(EARLIEST.toEpochDay(), LocalDate.now(CHINA).toEpochDay())
                .map(LocalDate::ofEpochDay);
        var sequences = Arbitraries.integers().between(0, 999);
        return Combinators.combine(divisions, birthDates, sequences)
                .as((division, birthDate, sequence) ->
                        withCheck(division + birthDate.format(YYYYMMDD) + String.format("%03d", sequence)));
    }

    @Property
    void everyWellFormedNumberIsAccepted(@ForAll("validNumbers") String text) {
        var id = IdNumber.parse(text);

        assertThat(id.value()).isEqualTo(text);
        assertThat(id.birthDate().format(YYYYMMDD)).isEqualTo(text.substring(6, 14));
        assertThat(id.masked()).isEqualTo(text.substring(0, 6) + "********" + text.substring(14));
        assertThat(IdNumber.parse(text.toLowerCase())).isEqualTo(id);
    }

    @Property
    void anySingleSubstitutedCharacterIsDetected(
            @ForAll("validNumbers") String text,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 0, max = 9) int shift) {
        var characters = position < 17 ? "0123456789" : "0123456789X";
        int n = characters.length();
        char replacement = characters.charAt((characters.indexOf(text.charAt(position)) + 1 + shift % (n - 1)) % n);
        var altered = text.substring(0, position) + replacement + text.substring(position + 1);

        assertThat(altered).isNotEqualTo(text);
        assertThat(IdNumber.problem(altered)).isPresent();
        assertThatThrownBy(() -> IdNumber.parse(altered)).isInstanceOf(IllegalArgumentException.class);
        // when the altered body is itself well formed, the check digit alone catches the change
        if (IdNumber.problem(withCheck(altered.substring(0, 17))).isEmpty()) {
            assertThat(IdNumber.problem(altered)).contains("id-number.check-digit");
        }
    }

    @Property
    void parseAndProblemAgree(@ForAll String text) {
        agree(text);
    }

    @Property
    void parseAndProblemAgreeOnEighteenDigits(@ForAll @StringLength(18) @NumericChars String text) {
        agree(text);
    }

    private static void agree(String text) {
        var problem = IdNumber.problem(text);
        if (problem.isPresent()) {
            assertThatThrownBy(() -> IdNumber.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(problem.get());
        } else {
            assertThat(IdNumber.parse(text).value()).isEqualTo(text.strip().toUpperCase());
        }
    }
}
