package io.modelgate.domain.classification;

/**
 * Looks for content whose presence sets a minimum classification (personal numbers, card
 * numbers, contact details, confidentiality labels). An interface so that a smarter detector
 * (a DLP service, an ML classifier) can replace the rule-based one behind the same call.
 */
public interface ContentDetector {

    /** Never returns null; a text with nothing sensitive gives {@link ContentFinding#none()}. */
    ContentFinding inspect(String text);
}
