package io.modelgate.domain.catalog;

/** Coarse answer quality, used by routing to prefer a tier per task before comparing cost. */
public enum QualityTier {
    FRONTIER,
    STANDARD,
    COMPACT
}
