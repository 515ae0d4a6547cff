package io.modelgate.benchmarks;

import io.modelgate.domain.classification.ContentFinding;
import io.modelgate.domain.classification.RuleBasedContentDetector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * {@link RuleBasedContentDetector#inspect} on a 2,048-character prompt of mixed Japanese and English text
 * (about 4 KB in UTF-8): once with no sensitive content, once with a confidentiality label, an email
 * address, a phone number and a My Number in every paragraph.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContentDetectionBenchmark {

    static final int PROMPT_CHARS = 2_048;

    static final String CLEAN = "来期の製品計画について要点をまとめてください。営業部からの要望は、既存顧客向けの"
            + "サポート体制の強化と、新しい価格体系の説明資料です。Please summarise the main points of the"
            + " product plan for next year and list the open questions for the planning meeting. ";
    static final String MARKED = "【社外秘】議事録: 担当 taro@example.jp (090-1234-5678)、個人番号 1234-5678-9018。"
            + " The budget review for the planning meeting is next week; please prepare the figures. ";

    private final RuleBasedContentDetector detector = new RuleBasedContentDetector();
    private String clean;
    private String marked;

    @Setup(Level.Trial)
    public void setUp() {
        clean = CLEAN.repeat(PROMPT_CHARS / CLEAN.length() + 1).substring(0, PROMPT_CHARS);
        StringBuilder text = new StringBuilder();
        while (text.length() + MARKED.length() + CLEAN.length() <= PROMPT_CHARS) {
            text.append(MARKED).append(CLEAN);
        }
        text.append(clean, 0, PROMPT_CHARS - text.length());
        marked = text.toString();
        if (clean.length() != PROMPT_CHARS || marked.length() != PROMPT_CHARS) {
            throw new IllegalStateException("prompts must be " + PROMPT_CHARS + " characters");
        }
        if (!detector.inspect(clean).markers().isEmpty()) {
            throw new IllegalStateException("the clean prompt has markers: " + detector.inspect(clean));
        }
        if (detector.inspect(marked).markers().size() < 4) {
            throw new IllegalStateException("the marked prompt has too few markers: " + detector.inspect(marked));
        }
    }

    @Benchmark
    public ContentFinding inspectWithoutMarkers() {
        return detector.inspect(clean);
    }

    @Benchmark
    public ContentFinding inspectWithMarkers() {
        return detector.inspect(marked);
    }
}
