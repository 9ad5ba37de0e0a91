package org.sunlight.organization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password may not be, beyond its format ({@link PasswordForm#STRONG_ENOUGH}): the demo password, a common
 * password (the list shipped as {@code organization/common-passwords.txt}), or one containing the account's name
 * (GB/T 22239-2019 等保 level 3, 8.1.4.1: passwords of sufficient complexity, changed on schedule).
 */
@Component
class PasswordRules {

    /** The password every demo account starts with; never a new one. */
    static final String DEMO_PASSWORD = "Sunlight@2026";

    private final Set<String> common;

    PasswordRules() {
        var words = new HashSet<String>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("organization/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> words.add(line.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.common = Set.copyOf(words);
    }

    /** The message key of the rule the password breaks, if any. */
    Optional<String> broken(String username, String password) {
        if (password == null) {
            return Optional.empty();
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(DEMO_PASSWORD.toLowerCase(Locale.ROOT))) {
            return Optional.of("admin.account.password.demo");
        }
        if (common.contains(lower)) {
            return Optional.of("admin.account.password.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("admin.account.password.username");
        }
        return Optional.empty();
    }
}
