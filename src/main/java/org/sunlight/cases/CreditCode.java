package org.sunlight.cases;

import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码) of 18 characters, GB 32100-2015.
 *
 * @param value the registration authority, the organisation type, the 6-digit division code, the 9-character
 *     organisation code and the check character, in upper case
 */
public record CreditCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Strips whitespace, upper-cases letters, and refuses anything GB 32100-2015 does not allow. */
    public CreditCode {
        value = normalised(value);
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** The credit code in text, per GB 32100-2015; throws IllegalArgumentException with the reason code. */
    public static CreditCode parse(String text) {
        return new CreditCode(text);
    }

    /** Why the text is no GB 32100-2015 credit code, as a reason code, or empty when it is one. */
    public static Optional<String> problem(String text) {
        String code = normalised(text);
        if (code == null || code.length() != 18) {
            return Optional.of("credit-code.length");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("credit-code.characters");
            }
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return Optional.of("credit-code.check-character");
        }
        return Optional.empty();
    }

    private static String normalised(String text) {
        if (text == null) {
            return null;
        }
        char[] chars = text.strip().toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    /** The check character of the first 17 characters, weighted sum mod 31, GB 32100-2015. */
    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
