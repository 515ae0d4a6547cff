package io.modelgate.domain.catalog;

/** Whether the weights are the vendor's secret (closed) or published for self-hosting. */
public enum SourceKind {
    CLOSED,
    OPEN_WEIGHTS
}
