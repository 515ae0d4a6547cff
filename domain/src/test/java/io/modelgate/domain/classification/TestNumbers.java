package io.modelgate.domain.classification;

/**
 * Check digits computed here, apart from the production code, so the tests do not merely
 * repeat it: the My Number weights are written out as the literal table they form.
 */
final class TestNumbers {

    /** Q(n) for the eleven digits read left to right (n = 11 … 1): 6 5 4 3 2 7 6 5 4 3 2. */
    private static final int[] MY_NUMBER_WEIGHTS = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    private TestNumbers() {
    }

    static String myNumber(String elevenDigits) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (elevenDigits.charAt(i) - '0') * MY_NUMBER_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return elevenDigits + (remainder <= 1 ? 0 : 11 - remainder);
    }

    /** Appends the digit that makes the number pass Luhn. */
    static String withLuhnDigit(String body) {
        for (int d = 0; d <= 9; d++) {
            if (luhn(body + d)) {
                return body + d;
            }
        }
        throw new AssertionError("unreachable");
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2) / 10 + (d * 2) % 10 : d;
        }
        return sum % 10 == 0;
    }

    static String grouped(String digits, String separator, int... sizes) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                out.append(separator);
            }
            out.append(digits, at, at + size);
            at += size;
        }
        return out.toString();
    }
}
