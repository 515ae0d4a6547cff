package io.modelgate.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An https public URL makes the console's cookies Secure and its sign-in redirect https. */
class PublicUrlSettingsTest {

    @Test
    void https_means_secure_cookies_and_https_redirects() {
        assertThat(PublicUrlSettings.settings(Map.of(PublicUrlSettings.PUBLIC_URL, "https://modelgate.example.co.jp")::get))
                .containsEntry("quarkus.oidc.console.authentication.cookie-force-secure", "true")
                .containsEntry("quarkus.oidc.console.authentication.force-redirect-https-scheme", "true")
                .containsEntry("quarkus.rest-csrf.cookie-force-secure", "true");
    }

    @Test
    void plain_http_keeps_them_as_they_are_and_no_url_sets_nothing() {
        assertThat(PublicUrlSettings.settings(Map.of(PublicUrlSettings.PUBLIC_URL, "http://localhost:8080")::get))
                .containsEntry("quarkus.rest-csrf.cookie-force-secure", "false");
        assertThat(PublicUrlSettings.settings(Map.<String, String>of()::get)).isEmpty();
        assertThat(PublicUrlSettings.settings(Map.of(PublicUrlSettings.PUBLIC_URL, "not a url ^")::get)).isEmpty();
    }
}
