package org.sunlight.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A resident identity number (居民身份证号码) of 18 characters, GB 11643-1999.
 *
 * @param value the 6-digit division code, the birth date yyyyMMdd, the 3-digit sequence and the check character
 *     (0-9 or an upper-case X)
 */
public record IdNumber(String value) {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    /** Strips whitespace, upper-cases an x check character, and refuses anything GB 11643-1999 does not allow. */
    public IdNumber {
        value = normalised(value);
        Optional<String> problem = problem(value, today());
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** The identity number in text, per GB 11643-1999; throws IllegalArgumentException with the reason code. */
    public static IdNumber parse(String text) {
        return new IdNumber(text);
    }

    /** Why the text is no GB 11643-1999 identity number, as a reason code, or empty when it is one. */
    public static Optional<String> problem(String text) {
        return problem(text, today());
    }

    /** As {@link #problem(String)}, with the birth date allowed up to the given day. */
    static Optional<String> problem(String text, LocalDate today) {
        String id = normalised(text);
        if (id == null || id.length() != 18) {
            return Optional.of("id-number.length");
        }
        for (int i = 0; i < 17; i++) {
            if (!isDigit(id.charAt(i))) {
                return Optional.of("id-number.characters");
            }
        }
        char check = id.charAt(17);
        if ((!isDigit(check) && check != 'X') || id.charAt(0) == '0') {
            return Optional.of("id-number.characters");
        }
        LocalDate birthDate = birthDateOf(id);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
            return Optional.of("id-number.birth-date");
        }
        if (checkCharacter(id) != check) {
            return Optional.of("id-number.check-digit");
        }
        return Optional.empty();
    }

    /** The birth date, digits 7–14, GB 11643-1999. */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** The number with its 8 birth-date digits hidden, e.g. 370881********123X. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    private static String normalised(String text) {
        return text == null ? null : text.strip().replace('x', 'X');
    }

    private static LocalDate today() {
        return LocalDate.now(CHINA);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate birthDateOf(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits, GB 11643-1999. */
    private static char checkCharacter(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }
}
