package io.modelgate.adapters.rest.console;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;

import java.util.Locale;
import java.util.Optional;

/**
 * The console's language: {@code ?lang=en|ja} (the switch link, remembered in a cookie), else the
 * cookie, else the browser's {@code Accept-Language}, else English.
 */
public final class ConsoleLanguage {

    public static final String COOKIE = "modelgate-lang";
    public static final String PARAMETER = "lang";
    static final Locale JAPANESE = Locale.JAPANESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private ConsoleLanguage() {
    }

    static Locale of(HttpServerRequest request) {
        return chosen(request).orElseGet(() -> fromAcceptLanguage(request.getHeader("Accept-Language")));
    }

    /** What the user chose explicitly: the switch parameter or, failing that, the cookie it left. */
    static Optional<Locale> chosen(HttpServerRequest request) {
        Optional<Locale> asked = supported(request.getParam(PARAMETER));
        if (asked.isPresent()) {
            return asked;
        }
        Cookie cookie = request.getCookie(COOKIE);
        return cookie == null ? Optional.empty() : supported(cookie.getValue());
    }

    static Optional<Locale> supported(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return switch (tag.strip().toLowerCase(Locale.ROOT)) {
            case "ja" -> Optional.of(JAPANESE);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The first supported language in the browser's order of preference (q-values honoured). */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (range.getWeight() > 0 && (language.equals("ja") || language.equals("en"))) {
                    return language.equals("ja") ? JAPANESE : ENGLISH;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A header the JDK cannot read is treated as absent.
        }
        return ENGLISH;
    }
}
