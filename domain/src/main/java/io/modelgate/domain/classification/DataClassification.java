package io.modelgate.domain.classification;

/** How sensitive data is, from least to most: PUBLIC &lt; INTERNAL &lt; CONFIDENTIAL &lt; RESTRICTED. */
public enum DataClassification {
    PUBLIC,
    INTERNAL,
    CONFIDENTIAL,
    RESTRICTED;

    public boolean isStricterThan(DataClassification other) {
        return compareTo(other) > 0;
    }

    public boolean atLeast(DataClassification other) {
        return compareTo(other) >= 0;
    }

    public static DataClassification strictest(DataClassification first, DataClassification... others) {
        DataClassification result = first;
        for (DataClassification level : others) {
            if (level != null && level.isStricterThan(result)) {
                result = level;
            }
        }
        return result;
    }
}
