package io.modelgate.domain.classification;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds email addresses and phone numbers: personal information, so CONFIDENTIAL.
 * Everything runs in linear time on any input: emails are read outwards from each '@' (the
 * stretches read never overlap), and the phone patterns run only where a number can start,
 * with bounded quantifiers and alternatives that cannot backtrack over a long run.
 */
final class ContactScanner {

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
        Anchored.find(text, DOMESTIC_PHONE, (t, i) -> t.charAt(i) == '0' || t.charAt(i) == '(',
                m -> addPhone(text, m, 10, 11, out));
        Anchored.find(text, INTERNATIONAL_PHONE, (t, i) -> t.charAt(i) == '+',
                m -> addPhone(text, m, 8, 15, out));
    }

    private static boolean addPhone(String text, Matcher m, int minDigits, int maxDigits, List<ContentMarker> out) {
        int digits = 0;
        for (int i = m.start(); i < m.end(); i++) {
            if (NumberScanner.isDigit(text.charAt(i))) {
                digits++;
            }
        }
        if (digits < minDigits || digits > maxDigits) {
            return false;
        }
        out.add(new ContentMarker(MarkerKind.PHONE_NUMBER, DataClassification.CONFIDENTIAL, m.start(), m.end(),
                "a phone number"));
        return true;
    }

    /**
     * The local part is the whole run of address characters before the '@' and the domain the
     * run of letters, digits, '-' and '.' after it, less any full stop that ends the sentence.
     */
    private static void findEmails(String text, List<ContentMarker> out) {
        int n = text.length();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            int start = at;
            while (start > 0 && isLocalChar(text.charAt(start - 1))) {
                start--;
            }
            int end = at + 1;
            while (end < n && isDomainChar(text.charAt(end))) {
                end++;
            }
            while (end > at + 1 && text.charAt(end - 1) == '.') {
                end--;
            }
            if (isEmail(text, start, at, end)) {
                out.add(new ContentMarker(MarkerKind.EMAIL_ADDRESS, DataClassification.CONFIDENTIAL, start, end,
                        "an email address"));
            }
        }
    }

    /** A local part not starting or ending with '.', and a domain of two or more labels ending in a letters-only TLD. */
    private static boolean isEmail(String text, int start, int at, int end) {
        if (start == at || text.charAt(start) == '.' || text.charAt(at - 1) == '.') {
            return false;
        }
        int labels = 0;
        int labelStart = at + 1;
        for (int i = at + 1; i <= end; i++) {
            if (i == end || text.charAt(i) == '.') {
                if (i == labelStart || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                if (i == end) {
                    return labels >= 2 && isTopLevelDomain(text, labelStart, end);
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

    private static boolean isLocalChar(char c) {
        return Anchored.isAsciiWordChar(c) || c == '.' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomainChar(char c) {
        return (Anchored.isAsciiWordChar(c) && c != '_') || c == '-' || c == '.';
    }
}
