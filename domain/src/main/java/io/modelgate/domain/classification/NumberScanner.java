package io.modelgate.domain.classification;

import java.util.Arrays;
import java.util.List;

/**
 * Finds My Numbers and card numbers in one left-to-right pass. A "run" is a maximal sequence of
 * digit groups joined by single spaces or hyphens ("4242 4242 4242 4242 12"); inside a run the
 * scanner tries, from each group, the longest card number and then a My Number, so a number
 * followed by another number ("… 4242 12/27") is still found. Work per group is bounded (a match
 * spans at most 19 digits), so the pass is linear in the text.
 */
final class NumberScanner {

    private static final int MIN_CARD_DIGITS = 13;
    private static final int MAX_CARD_DIGITS = 19;
    private static final int MY_NUMBER_DIGITS = 12;

    private final String text;
    private final List<ContentMarker> out;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    /** separators[i] joins group i and group i + 1. */
    private char[] separators = new char[16];
    private int groups;

    private NumberScanner(String text, List<ContentMarker> out) {
        this.text = text;
        this.out = out;
    }

    /** @param text normalised text (ASCII digits and hyphens, see {@link RuleBasedContentDetector}) */
    static void scan(String text, List<ContentMarker> out) {
        new NumberScanner(text, out).scan();
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            groups = 0;
            int j = i;
            while (true) {
                int groupStart = j;
                while (j < n && isDigit(text.charAt(j))) {
                    j++;
                }
                addGroup(groupStart, j);
                if (j + 1 < n && isSeparator(text.charAt(j)) && isDigit(text.charAt(j + 1))) {
                    separators[groups - 1] = text.charAt(j);
                    j++;
                } else {
                    break;
                }
            }
            matchRun();
            i = j;
        }
    }

    private void matchRun() {
        int g = 0;
        while (g < groups) {
            int cardEnd = longestCardFrom(g);
            if (cardEnd >= 0) {
                int[] digits = digits(g, cardEnd);
                // The last four digits are what PCI DSS allows to show; the last group may be shorter.
                StringBuilder lastFour = new StringBuilder(4);
                for (int k = digits.length - 4; k < digits.length; k++) {
                    lastFour.append(digits[k]);
                }
                out.add(new ContentMarker(MarkerKind.CREDIT_CARD_NUMBER, DataClassification.RESTRICTED,
                        starts[g], ends[cardEnd], "a credit-card number ending " + lastFour));
                g = cardEnd + 1;
                continue;
            }
            int myNumberEnd = myNumberFrom(g);
            if (myNumberEnd >= 0) {
                out.add(new ContentMarker(MarkerKind.MY_NUMBER, DataClassification.RESTRICTED,
                        starts[g], ends[myNumberEnd], "a My Number (個人番号)"));
                g = myNumberEnd + 1;
                continue;
            }
            g++;
        }
    }

    /**
     * The last group of the longest card number starting at group {@code g}, or −1. Written
     * either as one block of 13–19 digits or in groups joined by one kind of separator, a first
     * group of four and the others of three to six digits (4-4-4-4, Amex 4-6-5, Diners 4-6-4,
     * 4-4-4-4-3). Card numbers start with 2–6 (Mastercard 2/5, Amex/JCB/Diners 3, Visa 4,
     * Discover/UnionPay 6); requiring it removes a good share of Luhn's one-in-ten false hits.
     */
    private int longestCardFrom(int g) {
        int best = -1;
        int total = 0;
        for (int h = g; h < groups; h++) {
            int length = ends[h] - starts[h];
            total += length;
            if (total > MAX_CARD_DIGITS) {
                break;
            }
            if (h > g && (separators[h - 1] != separators[g] || ends[g] - starts[g] != 4 || length < 3 || length > 6)) {
                break;
            }
            if (total >= MIN_CARD_DIGITS && isCard(g, h)) {
                best = h;
            }
        }
        return best;
    }

    private boolean isCard(int g, int h) {
        char first = text.charAt(starts[g]);
        if (first < '2' || first > '6' || !standsAlone(starts[g], ends[h])) {
            return false;
        }
        return Checksums.passesLuhn(digits(g, h));
    }

    /**
     * The last group of a My Number starting at group {@code g}, or −1: one block of twelve
     * digits, or 4-4-4 with one kind of separator. A 4-4-4 inside a longer chain of four-digit
     * groups is the shape of a card number (or a serial number), not a My Number.
     */
    private int myNumberFrom(int g) {
        int length = ends[g] - starts[g];
        if (length == MY_NUMBER_DIGITS) {
            return isMyNumber(g, g) ? g : -1;
        }
        if (length != 4 || g + 2 >= groups || !isFour(g + 1) || !isFour(g + 2)
                || separators[g] != separators[g + 1]) {
            return -1;
        }
        boolean chainBefore = g > 0 && isFour(g - 1) && separators[g - 1] == separators[g];
        boolean chainAfter = g + 3 < groups && isFour(g + 3) && separators[g + 2] == separators[g];
        if (chainBefore || chainAfter) {
            return -1;
        }
        return isMyNumber(g, g + 2) ? g + 2 : -1;
    }

    private boolean isMyNumber(int g, int h) {
        if (!standsAlone(starts[g], ends[h])) {
            return false;
        }
        int[] digits = digits(g, h);
        // All zeros passes the check but is a placeholder, not anybody's number.
        return !Checksums.allSame(digits) && Checksums.isMyNumber(digits);
    }

    private boolean isFour(int group) {
        return ends[group] - starts[group] == 4;
    }

    /**
     * Not glued to a word ("ID123…", "…@mail"), to the fraction of a decimal ("3.14159…") or to
     * a "+" that makes it an international phone number. A neighbouring separator is fine: it
     * only means the number is one of several in a run.
     */
    private boolean standsAlone(int start, int end) {
        if (start > 0) {
            char before = text.charAt(start - 1);
            if (isWordChar(before) || before == '@' || before == '+'
                    || (isJoiner(before) && start > 1 && isDigit(text.charAt(start - 2)))) {
                return false;
            }
        }
        if (end < text.length()) {
            char after = text.charAt(end);
            if (isWordChar(after) || after == '@'
                    || (isJoiner(after) && end + 1 < text.length() && isDigit(text.charAt(end + 1)))) {
                return false;
            }
        }
        return true;
    }

    private int[] digits(int g, int h) {
        int count = 0;
        for (int i = g; i <= h; i++) {
            count += ends[i] - starts[i];
        }
        int[] digits = new int[count];
        int k = 0;
        for (int i = g; i <= h; i++) {
            for (int p = starts[i]; p < ends[i]; p++) {
                digits[k++] = text.charAt(p) - '0';
            }
        }
        return digits;
    }

    private void addGroup(int start, int end) {
        if (groups == starts.length) {
            starts = Arrays.copyOf(starts, groups * 2);
            ends = Arrays.copyOf(ends, groups * 2);
            separators = Arrays.copyOf(separators, groups * 2);
        }
        starts[groups] = start;
        ends[groups] = end;
        groups++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    /** Characters that join numbers into one value: decimals, thousands, dates, times. */
    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '/' || c == ':';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
    }
}
