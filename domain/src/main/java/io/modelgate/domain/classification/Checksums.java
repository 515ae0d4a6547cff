package io.modelgate.domain.classification;

/** The check-digit algorithms that separate real identifiers from any run of digits. */
final class Checksums {

    private Checksums() {
    }

    /**
     * The My Number check digit, as the 個人番号 ordinance defines it: for the first 11 digits,
     * P(n) is the n-th digit counting leftwards from the one just before the check digit, Q(n) is
     * n+1 for n ≤ 6 and n−5 for n ≥ 7; r = Σ P(n)·Q(n) mod 11; the check digit is 0 when r ≤ 1,
     * else 11 − r.
     */
    static boolean isMyNumber(int[] digits) {
        if (digits.length != 12) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits[11 - n];
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return digits[11] == check;
    }

    /** The Luhn (mod 10) check that every payment card number carries. */
    static boolean passesLuhn(int[] digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length - 1; i >= 0; i--) {
            int d = digits[i];
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    static boolean allSame(int[] digits) {
        for (int digit : digits) {
            if (digit != digits[0]) {
                return false;
            }
        }
        return true;
    }
}
