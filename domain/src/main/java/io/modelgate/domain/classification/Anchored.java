package io.modelgate.domain.classification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only at the characters where a match can begin, rather than letting the regex
 * engine try every alternative at every character: on a megabyte of ordinary text that is the
 * difference between trying a few thousand positions and a million.
 */
final class Anchored {

    interface StartTest {
        boolean canStartAt(String text, int index);
    }

    interface MatchHandler {
        /** Whether the match is kept (for example, a phone number with the right number of digits). */
        boolean accept(Matcher match);
    }

    private Anchored() {
    }

    /**
     * Calls {@code onMatch} for each match, left to right, never overlapping. {@code onMatch}
     * returns whether it accepted the match; after a rejected one the search goes on at the next
     * character, so a rejected candidate does not hide a real one inside it.
     */
    static void find(String text, Pattern pattern, StartTest test, MatchHandler onMatch) {
        // Transparent bounds let lookbehinds see the text before the region start.
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (test.canStartAt(text, i)) {
                m.region(i, n);
                if (m.lookingAt() && onMatch.accept(m)) {
                    i = m.end();
                    continue;
                }
            }
            i++;
        }
    }

    static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
