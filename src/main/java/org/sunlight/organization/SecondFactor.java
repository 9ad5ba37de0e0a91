package org.sunlight.organization;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) as authenticator apps make them, by
 * {@code java-otp}. A code is accepted for the current step and one step either side (clocks drift), and only for a
 * step later than the last accepted one, so that a code seen over someone's shoulder cannot be used again.
 */
@Component
class SecondFactor {

    private static final int SECRET_BYTES = 20;

    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SecondFactor(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, in Base32 without padding. */
    String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The {@code otpauth://} address an authenticator app reads (as a link or a QR code). */
    String uri(String issuer, String username, String secret) {
        var label = encode(issuer + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The time step the code belongs to, if it is right for now (± one step) and later than {@code lastStep}. */
    OptionalLong accept(String secret, String code, Long lastStep) {
        if (secret == null || code == null || !code.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        var key = new SecretKeySpec(new Base32().decode(secret), totp.getAlgorithm());
        var now = clock.instant();
        long step = now.getEpochSecond() / totp.getTimeStep().getSeconds();
        for (long candidate = step - 1; candidate <= step + 1; candidate++) {
            if (lastStep != null && candidate <= lastStep) {
                continue;
            }
            if (code.equals(codeAt(
                    key, Instant.ofEpochSecond(candidate * totp.getTimeStep().getSeconds())))) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }

    private String codeAt(SecretKeySpec key, Instant instant) {
        try {
            return totp.generateOneTimePasswordString(key, instant, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret that is no HMAC key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
