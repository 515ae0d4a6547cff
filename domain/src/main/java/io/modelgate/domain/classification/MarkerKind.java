package io.modelgate.domain.classification;

/** What kind of sensitive content a marker points at. */
public enum MarkerKind {
    /** A Japanese individual number (個人番号) whose check digit is right. */
    MY_NUMBER,
    /** A payment card number (PAN) that passes the Luhn check: PCI DSS data. */
    CREDIT_CARD_NUMBER,
    EMAIL_ADDRESS,
    /** A Japanese domestic number or an international one written with its + country code. */
    PHONE_NUMBER,
    /** A confidentiality stamp written in the text, such as 極秘 or CONFIDENTIAL. */
    CLASSIFICATION_LABEL
}
