package io.modelgate.domain.license.evaluation;

/** What a license says about a use case, from best to worst. */
public enum Verdict {
    /** The license allows the use and asks nothing of it. */
    PERMITTED,
    /** The license allows the use if the listed obligations are met. */
    PERMITTED_WITH_OBLIGATIONS,
    /** The license does not allow the use (another license may). */
    PROHIBITED;

    /** The worse of the two: PROHIBITED beats PERMITTED_WITH_OBLIGATIONS beats PERMITTED. */
    public Verdict worst(Verdict other) {
        return other.compareTo(this) > 0 ? other : this;
    }
}
