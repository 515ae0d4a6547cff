package io.modelgate.application.gateway.service;

/**
 * What the governance steps need to know of a call's content, whatever its kind: the text the content
 * check reads, an upper bound of its prompt tokens (for the reservation), and the most it may produce.
 */
record CallContent(String inspectedText, long promptTokens, int maxOutputTokens) {
}
