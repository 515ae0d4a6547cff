package io.modelgate.domain.classification;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses and phone numbers: personal information, so CONFIDENTIAL.
 * The patterns are written to run in linear time on any input: a lookbehind lets a match start
 * only where a token starts, quantifiers are possessive or bounded, and alternatives do not
 * overlap — nothing can backtrack over a long run of characters.
 */
final class ContactScanner {

    private static final String LOCAL_CHAR = "[A-Za-z0-9._%+\\-]";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<!" + LOCAL_CHAR + ")" + LOCAL_CHAR + "++@[A-Za-z0-9\\-]++(?:\\.[A-Za-z0-9\\-]++)++");

    /**
     * Japanese domestic numbers start with the trunk 0: 03-1234-5678, 090 1234 5678,
     * 0120-123-456, (03) 1234-5678, 03(1234)5678, and unseparated only for mobile and IP phones
     * (050/070/080/090 + 8 digits), where a plain number is unlikely to look the same.
     * The digit count (10 or 11) is checked afterwards.
     */
    private static final Pattern DOMESTIC_PHONE = Pattern.compile(
            "(?<![0-9A-Za-z_+\\-.])"
                    + "(?:0\\d{1,4}(?<sep>[\\- ])\\d{1,4}\\k<sep>\\d{3,4}"
                    + "|\\(0\\d{1,4}\\) ?\\d{1,4}[\\- ]\\d{4}"
                    + "|0\\d{1,4}\\(\\d{1,4}\\)\\d{4}"
                    + "|0[5789]0\\d{8})"
                    + "(?![0-9A-Za-z_]|-\\d)");

    /**
     * International numbers written with + and a country code: +81 90 1234 5678,
     * +81-3-1234-5678, +81 (0)3 1234 5678, +1 (415) 555-2671, +14155552671. The digit count
     * (8 to 15, E.164) is checked afterwards.
     */
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile(
            "(?<![0-9A-Za-z_+])\\+"
                    + "(?:\\d{8,15}"
                    + "|\\d{1,3}(?:[ .\\-]?\\(\\d{1,4}\\)|[ .\\-]\\d{1,5}|(?<=\\))\\d{1,5}){1,6})"
                    + "(?![0-9A-Za-z_]|[ .\\-]?\\d|[ .\\-]?\\()");

    private ContactScanner() {
    }

    static void scan(String text, List<ContentMarker> out) {
        findEmails(text, out);
        findPhones(text, DOMESTIC_PHONE, 10, 11, out);
        findPhones(text, INTERNATIONAL_PHONE, 8, 15, out);
    }

    private static void findEmails(String text, List<ContentMarker> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (isEmail(text, m.start(), m.end())) {
                out.add(new ContentMarker(MarkerKind.EMAIL_ADDRESS, DataClassification.CONFIDENTIAL,
                        m.start(), m.end(), "an email address"));
            }
        }
    }

    /** A domain of at least two labels, none starting or ending with '-', and an alphabetic top-level domain. */
    private static boolean isEmail(String text, int start, int end) {
        int at = text.indexOf('@', start);
        if (text.charAt(start) == '.' || text.charAt(at - 1) == '.') {
            return false;
        }
        int labelStart = at + 1;
        for (int i = at + 1; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                    return false;
                }
                if (i == end) {
                    return isTopLevelDomain(text, labelStart, end);
                }
                labelStart = i + 1;
            }
        }
        return false;
    }

    private static boolean isTopLevelDomain(String text, int start, int end) {
        if (end - start < 2 || end - start > 63) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return true;
    }

    private static void findPhones(String text, Pattern pattern, int minDigits, int maxDigits, List<ContentMarker> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int digits = 0;
            for (int i = m.start(); i < m.end(); i++) {
                if (NumberScanner.isDigit(text.charAt(i))) {
                    digits++;
                }
            }
            if (digits >= minDigits && digits <= maxDigits) {
                out.add(new ContentMarker(MarkerKind.PHONE_NUMBER, DataClassification.CONFIDENTIAL,
                        m.start(), m.end(), "a phone number"));
            }
        }
    }
}
