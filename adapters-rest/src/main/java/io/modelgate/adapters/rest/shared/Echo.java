package io.modelgate.adapters.rest.shared;

/**
 * What a refusal may repeat of the caller's input: a short, printable excerpt, never the whole value.
 * A 10-megabyte string or a spelled-out exponent must not come back as a 10-megabyte problem.
 */
public final class Echo {

    /** Longest excerpt of a refused value that a message quotes. */
    public static final int VALUE_LENGTH = 60;

    private Echo() {
    }

    /** The value as a message may quote it: control characters and lone surrogates replaced, cut at 60 characters. */
    public static String of(Object value) {
        return limit(String.valueOf(value), VALUE_LENGTH);
    }

    /** At most {@code max} characters of printable text, saying how long the original was when it is cut. */
    public static String limit(String text, int max) {
        if (text == null) {
            return null;
        }
        boolean cut = text.length() > max;
        int end = cut ? max : text.length();
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a pair
        }
        StringBuilder shown = new StringBuilder(end + 32);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                shown.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c)) {
                shown.append('\uFFFD');
            } else {
                shown.append(c);
            }
        }
        if (cut) {
            shown.append("… (").append(text.length()).append(" characters)");
        }
        return shown.toString();
    }
}
