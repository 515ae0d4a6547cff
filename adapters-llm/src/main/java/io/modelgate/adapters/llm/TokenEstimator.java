package io.modelgate.adapters.llm;

import io.modelgate.domain.chat.ChatMessage;
import io.modelgate.domain.chat.ChatRequest;

/**
 * The gateway's own token count, used only when a provider did not report usage (a stream cut short,
 * a self-hosted server that ignores {@code include_usage}). Tokenizers differ per model, so this is an
 * estimate that errs high, because budgets should rather be over- than under-charged:
 * <ul>
 *   <li>ASCII: one token per 3 characters, rounded up (English prose averages about 4 per token,
 *       code and numbers fewer);</li>
 *   <li>every other code point (kana, kanji, hangul, accented letters…): one token each — Japanese
 *       runs at roughly 0.7–1.1 tokens per character on current tokenizers;</li>
 *   <li>a chat prompt adds 4 tokens of framing per message and 3 for the reply's priming, as OpenAI's
 *       chat format does.</li>
 * </ul>
 */
final class TokenEstimator {

    private static final int ASCII_CHARS_PER_TOKEN = 3;
    private static final int TOKENS_PER_MESSAGE = 4;
    private static final int TOKENS_PER_REPLY = 3;

    private TokenEstimator() {
    }

    static long tokens(CharSequence text) {
        Counter counter = new Counter();
        counter.add(text);
        return counter.tokens();
    }

    static long input(ChatRequest request) {
        long total = TOKENS_PER_REPLY;
        for (ChatMessage message : request.messages()) {
            total += TOKENS_PER_MESSAGE + tokens(message.content());
        }
        return total;
    }

    /** Counts text as it arrives, in pieces; a surrogate pair split across pieces still counts once. */
    static final class Counter {
        private long ascii;
        private long other;

        void add(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    ascii++;
                } else if (!Character.isLowSurrogate(c)) {
                    other++;
                }
            }
        }

        long tokens() {
            return (ascii + ASCII_CHARS_PER_TOKEN - 1) / ASCII_CHARS_PER_TOKEN + other;
        }
    }
}
