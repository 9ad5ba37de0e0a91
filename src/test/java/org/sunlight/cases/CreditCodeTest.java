package org.sunlight.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Unified social credit codes, GB 32100-2015: the alphabet and the weighted mod 31 check character. */
class CreditCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** The check character, computed here independently of the class under test. */
    static char checkCharacter(String prefix) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(prefix.charAt(i)) * weight;
            weight = weight * 3 % 31; // 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }

    @Test
    void theAlphabetHasThirtyOneCharactersWithoutIOZSV() {
        assertThat(ALPHABET).hasSize(31).doesNotContain("I", "O", "Z", "S", "V");
    }

    @Test
    void thePublishedExampleIsValid() {
        // 91350100M000100Y4: Σ value × weight = 1640, 1640 mod 31 = 28, 31 - 28 = 3 → '3'
        assertThat(checkCharacter("91350100M000100Y4")).isEqualTo('3');

        var code = CreditCode.parse("91350100M000100Y43");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.problem("91350100M000100Y43")).isEmpty();
    }

    @Test
    void moreCodesCheckedByHandAreValid() {
        // 91110108551385082: Σ = 999, 999 mod 31 = 7, 31 - 7 = 24 → 'Q'
        assertThat(checkCharacter("91110108551385082")).isEqualTo('Q');
        assertThat(CreditCode.problem("91110108551385082Q")).isEmpty();
        // 91440300708461136: Σ = 966, 966 mod 31 = 5, 31 - 5 = 26 → 'T'
        assertThat(checkCharacter("91440300708461136")).isEqualTo('T');
        assertThat(CreditCode.problem("91440300708461136T")).isEmpty();
    }

    @Test
    void aSumDivisibleByThirtyOneGivesTheCheckCharacterZero() {
        // 91370881MA3C010Q1: Σ = 2294 = 74 × 31, 31 - 0 = 31 → 0 → '0'
        assertThat(checkCharacter("91370881MA3C010Q1")).isEqualTo('0');
        assertThat(CreditCode.problem("91370881MA3C010Q10")).isEmpty();
        assertThat(CreditCode.problem("91370881MA3C010Q1Y")).contains("credit-code.check-character");
    }

    @Test
    void aWronglyRememberedExampleIsRefused() {
        // 91110000100006080: Σ = 452, 452 mod 31 = 18, 31 - 18 = 13 → 'D', so an X there is wrong
        assertThat(checkCharacter("91110000100006080")).isEqualTo('D');
        assertThat(CreditCode.problem("91110000100006080X")).contains("credit-code.check-character");
        assertThatThrownBy(() -> CreditCode.parse("91110000100006080X"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credit-code.check-character");
    }

    @Test
    void lowerCaseAndSurroundingWhitespaceAreAccepted() {
        var code = CreditCode.parse("  91350100m000100y43\u3000\n");

        assertThat(code.value()).isEqualTo("91350100M000100Y43");
        assertThat(code).isEqualTo(new CreditCode("91350100M000100Y43"));
        assertThat(new CreditCode("91350100m000100y43").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void theConstructorRefusesAnInvalidCodeToo() {
        assertThatThrownBy(() -> new CreditCode("91350100M000100Y44"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credit-code.check-character");
        assertThatThrownBy(() -> new CreditCode(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credit-code.length");
    }

    @Test
    void anythingButEighteenCharactersIsRefused() {
        assertThat(CreditCode.problem("91350100M000100Y4")).contains("credit-code.length");
        assertThat(CreditCode.problem("91350100M000100Y430")).contains("credit-code.length");
        assertThat(CreditCode.problem("")).contains("credit-code.length");
        assertThat(CreditCode.problem(" ")).contains("credit-code.length");
        assertThat(CreditCode.problem(null)).contains("credit-code.length");
        // the old 15-digit business registration number
        assertThat(CreditCode.problem("370881000012345")).contains("credit-code.length");
    }

    @Test
    void lettersOutsideTheAlphabetAreRefused() {
        for (var letter : new String[] {"I", "O", "Z", "S", "V", "i", "o", "z", "s", "v", "-", " ", "Ａ"}) {
            var code = "91350100" + letter + "000100Y43";
            assertThat(CreditCode.problem(code)).as(code).contains("credit-code.characters");
        }
        assertThat(CreditCode.problem("91350100M000100Y4I")).contains("credit-code.characters");
    }

    @Provide
    Arbitrary<String> validCodes() {
        return Arbitraries.strings()
                .withChars(ALPHABET.toCharArray())
                .ofLength(17)
                .map(prefix -> prefix + checkCharacter(prefix));
    }

    @Property
    void everyCodeWithItsCheckCharacterIsAccepted(@ForAll("validCodes") String text) {
        var code = CreditCode.parse(text);

        assertThat(code.value()).isEqualTo(text);
        assertThat(CreditCode.parse(text.toLowerCase())).isEqualTo(code);
    }

    @Property
    void anySingleSubstitutedCharacterIsDetected(
            @ForAll("validCodes") String text,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 30) int shift) {
        // every weight is non-zero mod 31 and 31 is prime, so a change of value by 1..30 at one position
        // changes the sum mod 31, and with it the check character; a changed check character mismatches
        char replacement = ALPHABET.charAt((ALPHABET.indexOf(text.charAt(position)) + shift) % 31);
        var altered = text.substring(0, position) + replacement + text.substring(position + 1);

        assertThat(altered).isNotEqualTo(text);
        assertThat(CreditCode.problem(altered)).contains("credit-code.check-character");
        assertThatThrownBy(() -> CreditCode.parse(altered))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("credit-code.check-character");
    }

    @Property
    void parseAndProblemAgree(@ForAll String text) {
        var problem = CreditCode.problem(text);
        if (problem.isPresent()) {
            assertThatThrownBy(() -> CreditCode.parse(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(problem.get());
        } else {
            assertThat(CreditCode.parse(text).value()).isEqualTo(text.strip().toUpperCase());
        }
    }
}
