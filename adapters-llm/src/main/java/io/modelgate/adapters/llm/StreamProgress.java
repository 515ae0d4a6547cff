package io.modelgate.adapters.llm;

import io.modelgate.domain.budget.TokenUsage;

/**
 * What one stream has received so far: the provider's own token counts when it sent them, the text for the
 * gateway's estimate when it did not, and the finish reason. Read by the thread that cancels while the
 * HTTP client's thread writes, hence synchronized.
 */
final class StreamProgress {

    private final long estimatedInput;
    private final TokenEstimator.Counter received = new TokenEstimator.Counter();
    private long textDeltas;
    private long reportedInput = -1;
    private long reportedOutput = -1;
    private String finishReason;

    StreamProgress(long estimatedInput) {
        this.estimatedInput = estimatedInput;
    }

    synchronized void text(String delta) {
        received.add(delta);
        textDeltas++;
    }

    synchronized void reportedInput(long tokens) {
        if (tokens >= 0) {
            reportedInput = tokens;
        }
    }

    synchronized void reportedOutput(long tokens) {
        if (tokens >= 0) {
            reportedOutput = tokens;
        }
    }

    synchronized void finish(String reason) {
        finishReason = reason;
    }

    synchronized String finishReason() {
        return finishReason;
    }

    /** The usage of a stream that ended normally: the provider's counts, each estimated only if missing. */
    synchronized TokenUsage finalUsage() {
        boolean reported = reportedInput >= 0 && reportedOutput >= 0;
        return new TokenUsage(reportedInput >= 0 ? reportedInput : estimatedInput,
                reportedOutput >= 0 ? reportedOutput : estimatedOutput(), reported);
    }

    /**
     * The usage of a stream cut short or cancelled: output counts are mid-stream at best (Anthropic's
     * {@code message_start} says 1), so the higher of the provider's count and the estimate, never reported.
     */
    synchronized TokenUsage usageSoFar() {
        return new TokenUsage(reportedInput >= 0 ? reportedInput : estimatedInput,
                Math.max(reportedOutput, estimatedOutput()), false);
    }

    /** One delta is about one token for most providers, so the delta count is a floor for the estimate. */
    private long estimatedOutput() {
        return Math.max(received.tokens(), textDeltas);
    }
}
