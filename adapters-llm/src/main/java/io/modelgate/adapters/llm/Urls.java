package io.modelgate.adapters.llm;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Joins a configured base URL and a provider path, keeping the base's own path prefix (e.g. {@code /v1}). */
final class Urls {

    private static final Pattern PLAIN_SEGMENT = Pattern.compile("[A-Za-z0-9._\\-]+");

    private Urls() {
    }

    static URI join(URI base, String path) {
        return join(base, path, null);
    }

    static URI join(URI base, String path, String query) {
        String prefix = base.getRawPath() == null ? "" : base.getRawPath();
        while (prefix.endsWith("/")) {
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix + path
                + (query == null ? "" : "?" + query));
    }

    /** A model name as one path segment: plain names stay as they are, anything else is percent-encoded. */
    static String segment(String value) {
        return PLAIN_SEGMENT.matcher(value).matches()
                ? value
                : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
