package org.sunlight.organization;

import java.beans.PropertyEditorSupport;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;

/** How every administration form binds: never the id, text trimmed and cleaned, blank as absent. */
final class AdminForms {

    /** Control characters a person cannot type, which PostgreSQL would refuse (NUL) or nobody wants stored. */
    private static final String CONTROL_CHARACTERS = controlCharacters();

    /** The validation group of the fields only a new record takes: its unit or parent, a username, a first password. */
    interface OnCreate {}

    private AdminForms() {}

    /**
     * Binds text cleaned, and never the id; on an edit (a request with an id in its path) not the fields either that
     * only a new record takes, such as its unit, so that a request carrying them anyway changes nothing.
     */
    static void prepare(WebDataBinder binder, String pathId, String... onlyWhenNew) {
        var disallowed = new ArrayList<String>(List.of("id"));
        if (pathId != null) {
            disallowed.addAll(List.of(onlyWhenNew));
        }
        binder.setDisallowedFields(disallowed.toArray(String[]::new));
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(CONTROL_CHARACTERS, true));
        binder.registerCustomEditor(String.class, "password", new PasswordEditor());
    }

    private static String controlCharacters() {
        var characters = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r' && c != '\t') {
                characters.append(c);
            }
        }
        return characters.append('\u007f').toString();
    }

    /** Passwords are taken exactly as typed, spaces included; only an empty one counts as absent. */
    private static final class PasswordEditor extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text == null || text.isEmpty() ? null : text);
        }

        @Override
        public String getAsText() {
            // never echo a password back into the page
            return "";
        }
    }
}
