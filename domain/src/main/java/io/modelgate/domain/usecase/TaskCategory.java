package io.modelgate.domain.usecase;

/** What a use case asks the model to do; approvals and routing are granted per category. */
public enum TaskCategory {
    REPORT_GENERATION,
    KNOWLEDGE_SEARCH,
    CONFIDENTIAL_ANALYSIS,
    CUSTOMER_CHAT,
    CODE_ASSIST,
    OTHER
}
