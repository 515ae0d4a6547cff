package io.modelgate.domain.classification;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;
import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedContentDetectorTest {

    private static final ContentDetector DETECTOR = new RuleBasedContentDetector();

    /** What a marker points at, read back from the text: for assertions only, never produced by the code. */
    record Seen(MarkerKind kind, DataClassification implies, String span) {
    }

    static List<Seen> seen(String text) {
        List<Seen> seen = new ArrayList<>();
        for (ContentMarker marker : DETECTOR.inspect(text).markers()) {
            seen.add(new Seen(marker.kind(), marker.implies(), text.substring(marker.start(), marker.end())));
        }
        return seen;
    }

    static List<MarkerKind> kinds(String text) {
        return DETECTOR.inspect(text).markers().stream().map(ContentMarker::kind).toList();
    }

    @Nested
    class MyNumbers {

        @Test
        void theWellKnownSampleIsValid() {
            // By hand: P1..P11 = 1,0,9,8,7,6,5,4,3,2,1; Q = 2,3,4,5,6,7,2,3,4,5,6;
            // Σ = 2+0+36+40+42+42+10+12+12+10+6 = 212; 212 mod 11 = 3; check digit 11 − 3 = 8.
            assertThat(TestNumbers.myNumber("12345678901")).isEqualTo("123456789018");
            assertThat(seen("123456789018")).containsExactly(new Seen(MarkerKind.MY_NUMBER, RESTRICTED, "123456789018"));
        }

        static Stream<Arguments> validNumbers() {
            List<Arguments> rows = new ArrayList<>();
            for (String body : List.of("12345678901", "98765432109", "31415926535", "27182818284", "01234567890",
                    "09012345678", "08011112222", "03123456789", "00000000001", "55555555555")) {
                String number = TestNumbers.myNumber(body);
                rows.add(Arguments.of(number));
                rows.add(Arguments.of(TestNumbers.grouped(number, " ", 4, 4, 4)));
                rows.add(Arguments.of(TestNumbers.grouped(number, "-", 4, 4, 4)));
            }
            return rows.stream();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("validNumbers")
        void aValidNumberIsOneRestrictedMarkerAndNothingElse(String number) {
            // Numbers starting 090 / 080 / 03 would look like phone numbers: they must not count twice.
            assertThat(seen("番号: " + number + " です")).containsExactly(new Seen(MarkerKind.MY_NUMBER, RESTRICTED, number));
        }

        @ParameterizedTest(name = "check digit {0}")
        @ValueSource(strings = {"0", "1", "2", "3", "4", "5", "6", "7", "9"})
        void everyOtherCheckDigitIsRejected(String wrongCheckDigit) {
            assertThat(seen("12345678901" + wrongCheckDigit)).isEmpty();
            assertThat(seen("1234 5678 901" + wrongCheckDigit)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                マイナンバーは123456789018です。                 | 123456789018
                個人番号：1234 5678 9018                         | 1234 5678 9018
                (1234-5678-9018)                                | 1234-5678-9018
                full width １２３４５６７８９０１８                | １２３４５６７８９０１８
                full width １２３４－５６７８－９０１８            | １２３４－５６７８－９０１８
                number 1234 5678 9018 expires 2030/01/01         | 1234 5678 9018
                number 1234 5678 9018 12 items                   | 1234 5678 9018
                """)
        void foundInContext(String text, String span) {
            assertThat(seen(text)).containsExactly(new Seen(MarkerKind.MY_NUMBER, RESTRICTED, span));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "1234567890180",          // thirteen digits
                "ID123456789018",         // part of an identifier
                "123456789018abc",
                "3.123456789018",         // the fraction of a decimal
                "123456789018.5",
                "1,123456789018",
                "1234 5678-9018",         // mixed separators
                "1234  5678  9018",       // two spaces: three separate numbers
                "2024 1234 5678 9018",    // a chain of four-digit groups: the shape of a card
                "1234 5678 9018 2024",
                "000000000000",           // passes the check but is a placeholder
                "123456789018@example"    // part of an address
        })
        void notAMyNumber(String text) {
            assertThat(kinds(text)).doesNotContain(MarkerKind.MY_NUMBER);
        }
    }

    @Nested
    class CardNumbers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                4242 4242 4242 4242                 | 4242 4242 4242 4242  | 4242
                4242424242424242                    | 4242424242424242     | 4242
                4111-1111-1111-1111                 | 4111-1111-1111-1111  | 1111
                378282246310005                     | 378282246310005      | 0005
                Amex 3782 822463 10005 OK           | 3782 822463 10005    | 0005
                5555555555554444                    | 5555555555554444     | 4444
                JCB 3530 1113 3330 0000             | 3530 1113 3330 0000  | 0000
                6011111111111117                    | 6011111111111117     | 1117
                Visa-13 4222222222222               | 4222222222222        | 2222
                Diners 3056 930902 5904             | 3056 930902 5904     | 5904
                4242 4242 4242 4242 12/27           | 4242 4242 4242 4242  | 4242
                paid with 2023 4242 4242 4242 4242  | 4242 4242 4242 4242  | 4242
                カード番号4242424242424242です       | 4242424242424242     | 4242
                ４２４２ ４２４２ ４２４２ ４２４２     | ４２４２ ４２４２ ４２４２ ４２４２ | 4242
                """)
        void aLuhnValidCardIsRestricted(String text, String span, String lastFour) {
            ContentFinding finding = DETECTOR.inspect(text);

            assertThat(seen(text)).containsExactly(new Seen(MarkerKind.CREDIT_CARD_NUMBER, RESTRICTED, span));
            assertThat(finding.markers().get(0).description()).isEqualTo("a credit-card number ending " + lastFour);
        }

        @Test
        void theLastFourDigitsIgnoreTheSeparators() {
            String nineteen = TestNumbers.withLuhnDigit("424242424242424242");
            String grouped = TestNumbers.grouped(nineteen, "-", 4, 4, 4, 4, 3);

            assertThat(DETECTOR.inspect(grouped).markers()).singleElement()
                    .extracting(ContentMarker::description)
                    .isEqualTo("a credit-card number ending " + nineteen.substring(15));
        }

        static Stream<Arguments> offByOne() {
            List<Arguments> rows = new ArrayList<>();
            for (String card : List.of("4242424242424242", "4111111111111111", "378282246310005")) {
                for (int i = 0; i < card.length(); i++) {
                    char changed = (char) ('0' + (card.charAt(i) - '0' + 1) % 10);
                    String wrong = card.substring(0, i) + changed + card.substring(i + 1);
                    rows.add(Arguments.of(wrong));
                    if (wrong.length() == 16) {
                        rows.add(Arguments.of(TestNumbers.grouped(wrong, " ", 4, 4, 4, 4)));
                        rows.add(Arguments.of(TestNumbers.grouped(wrong, "-", 4, 4, 4, 4)));
                    } else {
                        rows.add(Arguments.of(TestNumbers.grouped(wrong, " ", 4, 6, 5)));
                    }
                }
            }
            return rows.stream();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("offByOne")
        void oneWrongDigitIsNoCard(String wrong) {
            assertThat(TestNumbers.luhn(wrong.replaceAll("\\D", ""))).isFalse();
            assertThat(seen(wrong)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "0000 0000 0000 0000",        // Luhn-valid, but no card starts with 0
                "42424242424242424242",       // twenty digits
                "ABC4242424242424242",        // part of an identifier
                "4242424242424242XYZ",
                "0.4242424242424242",         // a fraction
                "4242 4242 42 4242 4242",     // not a card's grouping
                "4242--4242--4242--4242"
        })
        void notACard(String text) {
            assertThat(kinds(text)).doesNotContain(MarkerKind.CREDIT_CARD_NUMBER);
        }

        @ParameterizedTest(name = "starting with {0}")
        @ValueSource(strings = {"1", "7", "8", "9"})
        void aLuhnValidNumberOutsideTheCardRangesIsNoCard(String first) {
            String number = TestNumbers.withLuhnDigit(first + "23456789012345");

            assertThat(kinds(number)).doesNotContain(MarkerKind.CREDIT_CARD_NUMBER);
        }
    }

    @Nested
    class Emails {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                taro.yamada@example.co.jp                     | taro.yamada@example.co.jp
                連絡先:hanako_suzuki@example.jp。              | hanako_suzuki@example.jp
                write to a+tag@sub.example.com.               | a+tag@sub.example.com
                <USER@EXAMPLE.COM>                            | USER@EXAMPLE.COM
                ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ                    | ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ
                mailto:o'brien@example.ie                     | brien@example.ie
                """)
        void anEmailAddressIsConfidential(String text, String span) {
            assertThat(seen(text)).containsExactly(new Seen(MarkerKind.EMAIL_ADDRESS, CONFIDENTIAL, span));
            assertThat(DETECTOR.inspect(text).markers().get(0).description()).isEqualTo("an email address");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"user@localhost", "@mention", "a@b.c", "name@-example.com", "foo@bar.123",
                "x@", "x@.com", ".x@example.com", "x.@example.com", "price 10@5.00", "2 @ 3", "a@b..com",
                "a@example.c0m", "a@example_co.jp"})
        void notAnEmailAddress(String text) {
            assertThat(kinds(text)).doesNotContain(MarkerKind.EMAIL_ADDRESS);
        }
    }

    @Nested
    class Phones {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                03-1234-5678                      | 03-1234-5678
                電話:090-1234-5678まで             | 090-1234-5678
                090 1234 5678                     | 090 1234 5678
                09012345678                       | 09012345678
                045-123-4567                      | 045-123-4567
                0120-123-456                      | 0120-123-456
                (03) 1234-5678                    | (03) 1234-5678
                03(1234)5678                      | 03(1234)5678
                代表(03-1234-5678)                 | 03-1234-5678
                ０３－１２３４－５６７８              | ０３－１２３４－５６７８
                TEL 06-6123-4567 FAX              | 06-6123-4567
                +81 90 1234 5678                  | +81 90 1234 5678
                +81-3-1234-5678                   | +81-3-1234-5678
                +81 (0)3 1234 5678                | +81 (0)3 1234 5678
                +1 415 555 2671                   | +1 415 555 2671
                +1 (415) 555-2671                 | +1 (415) 555-2671
                +14155552671                      | +14155552671
                +44 20 7946 0958                  | +44 20 7946 0958
                call +819012345678 now            | +819012345678
                """)
        void aPhoneNumberIsConfidential(String text, String span) {
            assertThat(seen(text)).containsExactly(new Seen(MarkerKind.PHONE_NUMBER, CONFIDENTIAL, span));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "2024-03-15",            // a date
                "2024年3月15日",
                "15/03/2024",
                "〒060-0001",            // a postal code
                "123-4567",
                "3.14159265",
                "1234567",
                "version 10.0.19045",
                "03-1234-56789",         // one digit too many
                "03-1234-567",           // nine digits: too few for Japan
                "0-1234-5678",
                "(0312) 1234-5678",      // twelve digits: too many
                "0120 1234 5678",
                "+12 3456",              // too short for an international number
                "0-1-2",
                "10:00-12:00",
                "¥1,234,567",
                "0312345678",            // an unseparated landline looks like any other number
                "1+2345 6789 0123",
                "+12 345",               // too short for a phone number
                "ID-03-1234-5678",
                "price 0120",
                "+1234567890123456"      // longer than E.164 allows
        })
        void notAPhoneNumber(String text) {
            assertThat(kinds(text)).doesNotContain(MarkerKind.PHONE_NUMBER);
        }
    }

    @Nested
    class Labels {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                【極秘】新製品計画                  | RESTRICTED   | 極秘                | the label 極秘
                最高機密                           | RESTRICTED   | 最高機密             | the label 最高機密
                STRICTLY CONFIDENTIAL             | RESTRICTED   | STRICTLY CONFIDENTIAL | the label STRICTLY CONFIDENTIAL
                Strictly  Confidential - Board    | RESTRICTED   | Strictly  Confidential | the label STRICTLY CONFIDENTIAL
                RESTRICTED                        | RESTRICTED   | RESTRICTED          | the label RESTRICTED
                [RESTRICTED] merger terms         | RESTRICTED   | RESTRICTED          | the label RESTRICTED
                社外秘                             | CONFIDENTIAL | 社外秘               | the label 社外秘
                【機密】人事評価                     | CONFIDENTIAL | 機密                 | the label 機密
                部外秘                             | CONFIDENTIAL | 部外秘               | the label 部外秘
                関係者外秘                          | CONFIDENTIAL | 関係者外秘            | the label 関係者外秘
                ㊙ 資料                            | CONFIDENTIAL | ㊙                   | the label マル秘
                マル秘資料                          | CONFIDENTIAL | マル秘               | the label マル秘
                CONFIDENTIAL                      | CONFIDENTIAL | CONFIDENTIAL        | the label CONFIDENTIAL
                Confidential: draft               | CONFIDENTIAL | Confidential        | the label CONFIDENTIAL
                this is confidential.             | CONFIDENTIAL | confidential        | the label CONFIDENTIAL
                この資料はCONFIDENTIALです           | CONFIDENTIAL | CONFIDENTIAL        | the label CONFIDENTIAL
                ＣＯＮＦＩＤＥＮＴＩＡＬ              | CONFIDENTIAL | ＣＯＮＦＩＤＥＮＴＩＡＬ | the label CONFIDENTIAL
                INTERNAL ONLY                     | INTERNAL     | INTERNAL ONLY       | the label INTERNAL ONLY
                For internal use only             | INTERNAL     | internal use only   | the label INTERNAL ONLY
                社内限り                           | INTERNAL     | 社内限り              | the label 社内限り
                社内限定の資料                       | INTERNAL     | 社内限定              | the label 社内限り
                """)
        void aLabelImpliesItsLevel(String text, DataClassification level, String span, String description) {
            ContentFinding finding = DETECTOR.inspect(text);

            assertThat(seen(text)).containsExactly(new Seen(MarkerKind.CLASSIFICATION_LABEL, level, span));
            assertThat(finding.markers().get(0).description()).isEqualTo(description);
            assertThat(finding.implied()).contains(level);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "NON-CONFIDENTIAL", "non confidential", "Confidentiality matters", "UNRESTRICTED",
                "restricted access", "Restricted", "非機密", "internal", "internal users only", "INTERNALONLY",
                "秘書", "社内", "the secret sauce"
        })
        void notALabel(String text) {
            assertThat(seen(text)).isEmpty();
        }
    }

    @Nested
    class Overlaps {

        @Test
        void aLabelInsideAnEmailAddressCountsOnceAsTheAddress() {
            assertThat(seen("confidential@example.com"))
                    .containsExactly(new Seen(MarkerKind.EMAIL_ADDRESS, CONFIDENTIAL, "confidential@example.com"));
        }

        @Test
        void everyMarkerInAMixedTextIsFoundInOrder() {
            String text = "【社外秘】担当: taro@example.jp, 090-1234-5678, 個人番号 1234-5678-9018, "
                    + "card 4111 1111 1111 1111. INTERNAL ONLY";

            assertThat(seen(text)).containsExactly(
                    new Seen(MarkerKind.CLASSIFICATION_LABEL, CONFIDENTIAL, "社外秘"),
                    new Seen(MarkerKind.EMAIL_ADDRESS, CONFIDENTIAL, "taro@example.jp"),
                    new Seen(MarkerKind.PHONE_NUMBER, CONFIDENTIAL, "090-1234-5678"),
                    new Seen(MarkerKind.MY_NUMBER, RESTRICTED, "1234-5678-9018"),
                    new Seen(MarkerKind.CREDIT_CARD_NUMBER, RESTRICTED, "4111 1111 1111 1111"),
                    new Seen(MarkerKind.CLASSIFICATION_LABEL, INTERNAL, "INTERNAL ONLY"));
            assertThat(DETECTOR.inspect(text).implied()).contains(RESTRICTED);
        }
    }
}
