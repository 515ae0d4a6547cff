package io.modelgate.domain.budget;

import io.modelgate.domain.shared.Require;

import java.util.List;

/**
 * A conservative upper bound of the tokens a prompt uses, to reserve budget before a call (the
 * provider reports the true count afterwards). It over-counts on purpose: a reservation that is too
 * large holds budget for a second; one that is too small lets concurrent calls overspend. Not meant for
 * context-window checks, where over-counting would refuse prompts that fit.
 *
 * <table>
 *   <caption>How text is counted (ASCII runs as a byte-level BPE pre-tokenizer splits them)</caption>
 *   <tr><th>text</th><th>tokens</th></tr>
 *   <tr><td>a word of ASCII letters (a capital after a small letter starts a new word, as in camelCase)</td>
 *       <td>ceil(letters / 3)</td></tr>
 *   <tr><td>a run of ASCII digits</td><td>ceil(digits / 3)</td></tr>
 *   <tr><td>a run of ASCII white space (space, tab, CR, LF)</td><td>1, or 2 if longer than one character</td></tr>
 *   <tr><td>any other ASCII character (punctuation, symbols, controls)</td><td>1 each</td></tr>
 *   <tr><td>a CJK character in the Basic Multilingual Plane: kanji, hiragana, katakana (also half-width),
 *       hangul, CJK punctuation, full-width forms</td><td>2 each</td></tr>
 *   <tr><td>any other character (accented Latin, Cyrillic, emoji, rare supplementary kanji, …)</td>
 *       <td>its UTF-8 length, 2 to 4 (no byte-level tokenizer needs more)</td></tr>
 * </table>
 *
 * <p>Calibrated against OpenAI's cl100k_base (GPT-4, GPT-3.5) and o200k_base (GPT-4o) encodings on the
 * source article (8,753 characters of Japanese: 8,813 and 6,353 tokens; estimated 15,791), on this
 * project's code and documents (about 2,700 pieces) and on short English, Japanese and mixed strings:
 * never below the larger of the two true counts, about 1.1&times; it for short English, 1.8&times; for
 * Japanese and 2.1&times; for code and Markdown. Counting one token per Japanese character would
 * <em>under</em>-count cl100k (0.91&times; over the article, 0.67&times; on short lines). Random strings
 * (hex, base64, JWTs, runs of capitals) can exceed the bound by up to 1.4&times;; such prompts are rare,
 * and the overspend is bounded by the settlement of that one call.
 */
public final class TokenEstimate {

    /** Role, separators and the chat template's markers per message (OpenAI counts 3 to 4; Llama 3, 5). */
    public static final int PER_MESSAGE = 8;
    /** Start-of-conversation and reply-priming tokens per request (OpenAI counts 3; Llama 3, 5). */
    public static final int PER_REQUEST = 8;

    private TokenEstimate() {
    }

    /** Upper bound of the tokens of the text alone (no chat overhead); 0 for empty text. */
    public static long ofText(String text) {
        Require.present(text, "text");
        long tokens = 0;
        int run = 0;
        int runKind = NONE;
        boolean previousLower = false;
        int length = text.length();
        for (int i = 0; i < length; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int kind = kindOf(cp);
            boolean lower = cp >= 'a' && cp <= 'z';
            boolean newWord = kind == LETTER && runKind == LETTER && previousLower && cp >= 'A' && cp <= 'Z';
            if (kind != runKind || newWord) {
                tokens += runTokens(runKind, run);
                run = 0;
                runKind = kind;
            }
            previousLower = lower;
            switch (kind) {
                case LETTER, DIGIT, SPACE -> run++;
                case SYMBOL -> tokens++;
                case WIDE -> tokens += 2;
                default -> tokens += utf8Length(cp);
            }
        }
        return tokens + runTokens(runKind, run);
    }

    /**
     * Upper bound of the prompt tokens of a chat request whose messages have these contents:
     * {@link #ofText} of each, plus {@link #PER_MESSAGE} per message and {@link #PER_REQUEST} once.
     */
    public static long ofMessages(List<String> contents) {
        Require.present(contents, "messages");
        long tokens = PER_REQUEST;
        for (String content : contents) {
            tokens += PER_MESSAGE + ofText(Require.present(content, "messages"));
        }
        return tokens;
    }

    private static final int NONE = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;
    private static final int SPACE = 3;
    private static final int SYMBOL = 4;
    private static final int WIDE = 5;
    private static final int OTHER = 6;

    private static int kindOf(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
                return LETTER;
            }
            if (cp >= '0' && cp <= '9') {
                return DIGIT;
            }
            return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ? SPACE : SYMBOL;
        }
        return isWide(cp) ? WIDE : OTHER;
    }

    /** CJK in the Basic Multilingual Plane (supplementary characters count by their UTF-8 length). */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x11FF)      // Hangul Jamo
                || (cp >= 0x2E80 && cp <= 0x9FFF)  // CJK radicals, punctuation, kana, CJK ideographs
                || (cp >= 0xA960 && cp <= 0xA97F)  // Hangul Jamo Extended-A
                || (cp >= 0xAC00 && cp <= 0xD7FF)  // Hangul syllables, Jamo Extended-B
                || (cp >= 0xF900 && cp <= 0xFAFF)  // CJK compatibility ideographs
                || (cp >= 0xFE30 && cp <= 0xFE4F)  // CJK compatibility forms
                || (cp >= 0xFF00 && cp <= 0xFFEF); // half-width and full-width forms
    }

    private static long runTokens(int kind, int run) {
        if (run == 0) {
            return 0;
        }
        return switch (kind) {
            case LETTER, DIGIT -> (run + 2) / 3;
            case SPACE -> run > 1 ? 2 : 1;
            default -> 0;
        };
    }

    private static int utf8Length(int cp) {
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }
}
