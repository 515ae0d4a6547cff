package io.modelgate.domain.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters that no value ModelGate accepts may contain. NUL cannot be stored by PostgreSQL; the
 * other C0 and C1 control characters and DEL corrupt logs, terminals, CSV exports and audit texts;
 * an unpaired UTF-16 surrogate cannot be written as UTF-8 at all. The one rule behind every text a
 * value object keeps ({@link Require#text}) and, earlier, behind the REST adapter's parameter screen,
 * JSON reader and gateway format, which refuse such input before it is read any further.
 */
public enum UnsafeCharacters {

    /** A path, query or form parameter of one line: no control character at all. */
    PARAMETER,
    /** Text in a body or a multi-line form field: tab, line feed and carriage return are ordinary text. */
    TEXT,
    /**
     * A prompt forwarded to a model provider: only NUL and unpaired surrogates are refused (escape
     * sequences and form feeds in pasted logs are the caller's business, and no provider stores them here).
     */
    PROMPT;

    /** Why the value is refused ("must not contain the control character U+0000 (character 3)"), or empty. */
    public Optional<String> check(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a well-formed pair
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired surrogate " + codePoint(c) + " (character " + (i + 1) + ")");
            }
            if (refused(c)) {
                return Optional.of("must not contain the control character " + codePoint(c) + " (character " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }

    private boolean refused(char c) {
        if (c == 0) {
            return true;
        }
        if (this == PROMPT) {
            return false;
        }
        boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        boolean lineBreakOrTab = c == '\t' || c == '\n' || c == '\r';
        return control && !(this == TEXT && lineBreakOrTab);
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
