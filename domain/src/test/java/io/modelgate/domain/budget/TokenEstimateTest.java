package io.modelgate.domain.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class TokenEstimateTest {

    /**
     * Text, its true token count with OpenAI's cl100k_base (GPT-4) and o200k_base (GPT-4o) encodings,
     * counted with a tiktoken implementation when this table was written.
     */
    static Stream<Arguments> knownCounts() {
        return Stream.of(
                Arguments.of("Hello, world!", 4, 4),
                Arguments.of("The quick brown fox jumps over the lazy dog.", 10, 10),
                Arguments.of("Please summarise the attached quarterly report in three bullet points for the board.", 15, 15),
                Arguments.of("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\n", 24, 24),
                Arguments.of("public BudgetState settle(MicroAmount reservation, MicroAmount actualCost) {\n"
                        + "        requireHeld(reservation);\n    }", 24, 23),
                Arguments.of("{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":256}", 25, 26),
                Arguments.of("Invoice 2024-04-01: 12,345.67 USD due in 30 days (ref. INV-000123).", 29, 29),
                Arguments.of("生成AIを導入する際に、最も重要な選択肢の一つが「オープンソースモデル」と「クローズドソースモデル」の"
                        + "どちらを採用するかです。この決定は、単なる技術的な選択ではなく、企業のデータガバナンス、コスト構造、"
                        + "そして競争優位性に直結する経営判断でもあります。", 134, 92),
                Arguments.of("クローズドソースは、OpenAIやAnthropicのように高性能なAPIを提供し、導入のスピードと安定性を重視する"
                        + "企業に最適です。一方で、MetaやMistral AIが牽引するオープンソースモデルは、自由なカスタマイズと完全な"
                        + "データ主権を実現し、長期的な技術資産の構築を可能にします。", 132, 101),
                Arguments.of("さらに、NTTや東京工業大学による国産モデルの登場もあり、日本市場では多様な選択肢が広がっています。"
                        + "本記事では、性能・コスト・セキュリティ・カスタマイズ性といった観点から両者を徹底比較し、最新の導入事例や"
                        + "専門家の見解をもとに、あなたの組織に最適なモデル選定の指針を提示します。", 151, 106),
                Arguments.of("GPT-4oで議事録を要約してください。", 18, 13),
                Arguments.of("Llama 3 70Bをオンプレミスで運用する場合のTCOは？", 27, 22),
                Arguments.of("顧客ID: 12345、氏名: 山田太郎、電話: 03-1234-5678", 34, 27),
                Arguments.of("鬱蒼とした森の奥に、麒麟と饕餮が棲むという。", 36, 24),
                Arguments.of("ｱｲｳｴｵ ｶｷｸｹｺ 半角カナのテスト", 29, 26),
                Arguments.of("안녕하세요, 세계! 한국어 텍스트입니다.", 20, 12),
                Arguments.of("Привет, мир! Это тест.", 12, 8),
                Arguments.of("😀🎉👍🏽 emoji test", 13, 8));
    }

    @ParameterizedTest(name = "[{index}] cl100k {1}, o200k {2}: {0}")
    @MethodSource("knownCounts")
    void never_below_the_true_count_and_not_wildly_above(String text, int cl100k, int o200k) {
        long truth = Math.max(cl100k, o200k);
        long estimate = TokenEstimate.ofText(text);

        assertThat(estimate).as("upper bound").isGreaterThanOrEqualTo(truth);
        assertThat(estimate).as("usefully tight").isLessThanOrEqualTo(4 * truth);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "''          | 0",
            "a           | 1",     // a word of 1 to 3 letters: 1
            "abcd        | 2",     // 4 letters: 2
            "camelCase   | 4",     // a capital after a small letter starts a word: camel 2 + Case 2
            "CAMEL       | 2",     // capitals after capitals do not
            "1234567     | 3",     // digits in threes: 123 456 7
            "a b         | 3",     // a, one space, b
            "a  b        | 4",     // a longer run of white space counts 2
            "!?          | 2",     // one per symbol
            "日本        | 4",     // 2 per kanji
            "カナ        | 4",     // 2 per kana
            "é           | 2",     // other characters: their UTF-8 length
            "Ж           | 2",
            "😀          | 4",
            "𠮷          | 4",     // a supplementary kanji: 4 bytes
    })
    void counts_by_the_documented_table(String text, long tokens) {
        assertThat(TokenEstimate.ofText(text)).isEqualTo(tokens);
    }

    @Test
    void a_lone_surrogate_counts_like_a_replacement_character() {
        assertThat(TokenEstimate.ofText("\uD800")).isEqualTo(3);
    }

    @Test
    void messages_add_the_chat_overhead() {
        // Hello 2, ',' 1, ' ' 1, world 2, '!' 1 = 7; 日本 = 4
        long hello = TokenEstimate.ofText("Hello, world!");
        long japanese = TokenEstimate.ofText("日本");
        assertThat(hello).isEqualTo(7);

        assertThat(TokenEstimate.ofMessages(List.of())).isEqualTo(TokenEstimate.PER_REQUEST);
        assertThat(TokenEstimate.ofMessages(List.of("Hello, world!", "日本")))
                .isEqualTo(TokenEstimate.PER_REQUEST + 2L * TokenEstimate.PER_MESSAGE + hello + japanese);
    }

    @Test
    void text_is_required() {
        assertInvalid(() -> TokenEstimate.ofText(null), "text");
        assertInvalid(() -> TokenEstimate.ofMessages(null), "messages");
        assertInvalid(() -> TokenEstimate.ofMessages(Arrays.asList("a", null)), "messages");
    }
}
