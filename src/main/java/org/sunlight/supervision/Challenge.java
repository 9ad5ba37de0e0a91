package org.sunlight.supervision;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;

/**
 * The simple question the portal's complaint form asks against scripted floods: the sum of two small numbers, its
 * answer kept in the session and good for one attempt.
 */
final class Challenge {

    static final String ATTRIBUTE = "supervision.complaint.challenge";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Challenge() {}

    /** Poses a new question in the session and returns its two numbers. */
    static int[] pose(HttpSession session) {
        int a = 1 + RANDOM.nextInt(9);
        int b = 1 + RANDOM.nextInt(9);
        session.setAttribute(ATTRIBUTE, a + b);
        return new int[] {a, b};
    }

    /** Whether the answer is right; the question is spent either way. */
    static boolean answered(HttpSession session, String answer) {
        var expected = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        if (!(expected instanceof Integer sum) || answer == null) {
            return false;
        }
        try {
            return Integer.parseInt(answer.strip()) == sum;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
