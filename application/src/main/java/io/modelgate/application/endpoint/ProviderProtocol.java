package io.modelgate.application.endpoint;

/** The wire protocols ModelGate speaks to model providers. */
public enum ProviderProtocol {
    /** POST {base}/chat/completions — OpenAI, Mistral, vLLM, Ollama (/v1), LM Studio, any compatible server. */
    OPENAI_COMPATIBLE,
    /** POST {base}/v1/messages — Anthropic Messages API. */
    ANTHROPIC,
    /** POST {base}/v1beta/models/{model}:generateContent — Google Gemini API. */
    GEMINI
}
