package io.modelgate.domain.catalog;

/** A model moves forward only: ACTIVE → DEPRECATED → RETIRED (ACTIVE → RETIRED allowed), never back. */
public enum Lifecycle {
    ACTIVE,
    DEPRECATED,
    RETIRED;

    public boolean canMoveTo(Lifecycle target) {
        return target.ordinal() > ordinal();
    }
}
