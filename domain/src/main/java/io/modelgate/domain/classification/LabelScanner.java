package io.modelgate.domain.classification;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.modelgate.domain.classification.DataClassification.CONFIDENTIAL;
import static io.modelgate.domain.classification.DataClassification.INTERNAL;
import static io.modelgate.domain.classification.DataClassification.RESTRICTED;

/**
 * Finds confidentiality stamps written in the text. The mapping follows the scheme most
 * Japanese companies use:
 * <ul>
 *   <li>極秘 / 最高機密 ("top secret"), STRICTLY CONFIDENTIAL, RESTRICTED → RESTRICTED;</li>
 *   <li>機密, 社外秘 ("must not leave the company": a confidentiality stamp, not a mere "internal"),
 *       部外秘, 関係者外秘, ㊙ / マル秘, CONFIDENTIAL → CONFIDENTIAL;</li>
 *   <li>社内限り / 社内限定, INTERNAL ONLY / FOR INTERNAL USE ONLY → INTERNAL.</li>
 * </ul>
 * English labels must stand as words (こちらはCONFIDENTIALです counts: Japanese text does not
 * put spaces around them). "RESTRICTED" counts only in capitals, since "restricted access" is
 * ordinary prose; "non-confidential" and 非機密 say the opposite and do not count.
 */
final class LabelScanner {

    private record Label(String name, DataClassification implies, String regex) {
    }

    private static final List<Label> LABELS = List.of(
            new Label("STRICTLY CONFIDENTIAL", RESTRICTED, word("(?i:strictly\\s++confidential)")),
            new Label("RESTRICTED", RESTRICTED, word("RESTRICTED")),
            new Label("CONFIDENTIAL", CONFIDENTIAL, "(?<!(?i:non)[\\- ])" + word("(?i:confidential)")),
            new Label("INTERNAL ONLY", INTERNAL, word("(?i:internal\\s++(?:use\\s++)?only)")),
            new Label("極秘", RESTRICTED, "極秘"),
            new Label("最高機密", RESTRICTED, "最高機密"),
            new Label("機密", CONFIDENTIAL, "(?<!非)機密"),
            new Label("社外秘", CONFIDENTIAL, "社外秘"),
            new Label("部外秘", CONFIDENTIAL, "部外秘"),
            new Label("関係者外秘", CONFIDENTIAL, "関係者外秘"),
            new Label("マル秘", CONFIDENTIAL, "㊙|マル秘|丸秘"),
            new Label("社内限り", INTERNAL, "社内限り|社内限定"));

    /** One pass for all labels: each label is a numbered group, and the group that matched names it. */
    private static final Pattern PATTERN = Pattern.compile(IntStream.range(0, LABELS.size())
            .mapToObj(i -> "(?<l" + i + ">" + LABELS.get(i).regex() + ")")
            .collect(Collectors.joining("|")));

    private LabelScanner() {
    }

    /** The first characters of the labels above; the pattern is tried nowhere else. */
    private static final String FIRST_CHARACTERS = "SsRCcIi極最機社部関㊙マ丸";

    static void scan(String text, List<ContentMarker> out) {
        Anchored.find(text, PATTERN, LabelScanner::canStartAt, m -> {
            for (int i = 0; i < LABELS.size(); i++) {
                if (m.start("l" + i) >= 0) {
                    Label label = LABELS.get(i);
                    out.add(new ContentMarker(MarkerKind.CLASSIFICATION_LABEL, label.implies(), m.start(), m.end(),
                            "the label " + label.name()));
                    return true;
                }
            }
            return false;
        });
    }

    /** English labels start a word; Japanese ones start anywhere (Japanese has no spaces). */
    private static boolean canStartAt(String text, int i) {
        char c = text.charAt(i);
        if (FIRST_CHARACTERS.indexOf(c) < 0) {
            return false;
        }
        return c > 0x7F || i == 0 || !Anchored.isAsciiWordChar(text.charAt(i - 1));
    }

    private static String word(String regex) {
        return "(?<![A-Za-z0-9_])" + regex + "(?![A-Za-z0-9_])";
    }
}
