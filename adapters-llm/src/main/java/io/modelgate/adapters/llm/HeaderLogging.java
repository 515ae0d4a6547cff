package io.modelgate.adapters.llm;

import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Keeps the JDK HTTP client from logging request headers, which carry the provider keys. Its own debug
 * switch, {@code -Djdk.httpclient.HttpClient.log=headers} (or {@code all}), prints every header verbatim
 * (Authorization, x-api-key, x-goog-api-key) — the first thing an operator turns on to debug a provider.
 * The setting is read once, when the first client is built, so {@link #guard()} rewrites it before that:
 * every other category stays, {@code headers} goes, with a warning that says why.
 */
final class HeaderLogging {

    static final String PROPERTY = "jdk.httpclient.HttpClient.log";
    /** What {@code all} means in the JDK, minus {@code headers}. */
    private static final String ALL_BUT_HEADERS = "errors,requests,content,frames,ssl,trace,channel";

    private static final Logger LOG = Logger.getLogger(HeaderLogging.class);

    private HeaderLogging() {
    }

    static synchronized void guard() {
        String setting = System.getProperty(PROPERTY);
        if (setting == null) {
            return;
        }
        String safe = withoutHeaders(setting);
        if (!safe.equals(setting)) {
            System.setProperty(PROPERTY, safe);
            LOG.warnf("%s asked the JDK HTTP client to log request headers, which carry provider API keys; "
                    + "header logging stays off (now '%s')", PROPERTY, safe);
        }
    }

    /** The categories of a {@code jdk.httpclient.HttpClient.log} value without {@code headers} ({@code all} expanded). */
    static String withoutHeaders(String setting) {
        return Arrays.stream(setting.split(","))
                .map(category -> category.trim().toLowerCase(Locale.ROOT))
                .filter(category -> !category.isEmpty())
                .map(category -> category.equals("all") ? ALL_BUT_HEADERS : category)
                .flatMap(category -> Arrays.stream(category.split(",")))
                .filter(category -> !category.equals("headers"))
                .distinct()
                .collect(Collectors.joining(","));
    }
}
