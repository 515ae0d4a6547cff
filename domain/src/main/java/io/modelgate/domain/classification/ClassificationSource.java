package io.modelgate.domain.classification;

/** Where an effective classification came from. */
public enum ClassificationSource {
    /** The level the requester or caller declared. */
    DECLARED,
    /** The department's default level: used when nothing is declared, and a floor when something is. */
    DEPARTMENT_DEFAULT,
    /** The content itself: markers found in the text raised the level. */
    CONTENT
}
