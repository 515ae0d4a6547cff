package io.modelgate.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static io.modelgate.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {

    // A real-shaped (unsigned-by-anyone) token: {"alg":"RS256","typ":"JWT"}.{"sub":"alice"}.signature
    private static final String JWT = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSJ9."
            + "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    static Stream<Arguments> secrets() {
        return Stream.of(
                // JWTs, with and without a signature, and a five-part JWE
                secret("jwt alone", JWT, "[redacted]"),
                secret("jwt in a sentence", "token " + JWT + " was refused", "token [redacted] was refused"),
                secret("jwt alg none", "issued eyJhbGciOiJub25lIn0.eyJzdWIiOiJib2IifQ. to bob", "issued [redacted] to bob"),
                secret("jwe", "got eyJhbGciOiJSU0EtT0FFUCJ9.a2V5.aXY.Y2lwaGVy.dGFn end", "got [redacted] end"),
                secret("jwt in quotes", "'id_token':'" + JWT + "'", "'id_token':'[redacted]'"),
                // Bearer: the scheme stays, the credential goes, whatever it looks like
                secret("bearer jwt", "Authorization: Bearer " + JWT, "Authorization: Bearer [redacted]"),
                secret("bearer opaque", "Authorization: Bearer abc123.opaque/token=", "Authorization: Bearer [redacted]"),
                secret("bearer lower case", "bearer s3cr3t then more", "bearer [redacted] then more"),
                secret("bearer quoted", "\"Bearer xyz\"", "\"Bearer [redacted]\""),
                secret("bearer tab", "Bearer\tsecretvalue", "Bearer [redacted]"),
                // vendor keys
                secret("openai", "key sk-1234567890abcdefghijklmnopqrstuvwxyzABCDEF in body", "key [redacted] in body"),
                secret("openai project", "sk-proj-Ab12_cd34-EF56gh78IJ90kl", "[redacted]"),
                secret("anthropic", "used sk-ant-api03-AbCdEf123456_-XyZ987654321-aaaaaaaaaaaaaaaa.", "used [redacted]."),
                secret("stripe style", "sk_live_51HxYzAbCdEfGhIj", "[redacted]"),
                secret("google", "GET ?q=x with AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q done", "GET ?q=x with [redacted] done"),
                // parameters: the name stays
                secret("key param", "https://generativelanguage.googleapis.com/v1/models?key=abc123&alt=json",
                        "https://generativelanguage.googleapis.com/v1/models?key=[redacted]&alt=json"),
                secret("api_key param", "/v1?api_key=abc123", "/v1?api_key=[redacted]"),
                secret("apikey param", "/v1?x=1&apikey=abc123#frag", "/v1?x=1&apikey=[redacted]#frag"),
                secret("API_KEY param", "/v1?API_KEY=abc123 next", "/v1?API_KEY=[redacted] next"),
                secret("access_token param", "cb?access_token=zzz&state=1", "cb?access_token=[redacted]&state=1"),
                secret("password param", "user=bob&password=hunter2", "user=bob&password=[redacted]"),
                secret("client_secret param", "client_secret=s3cr3t", "client_secret=[redacted]"),
                // headers
                secret("x-api-key header", "x-api-key: abc123def", "x-api-key: [redacted]"),
                secret("x-goog-api-key header", "X-Goog-Api-Key:abc123def, next", "X-Goog-Api-Key:[redacted], next"),
                // several at once
                secret("several", "Bearer a1 and sk-abcdefghijkl and key=k1",
                        "Bearer [redacted] and [redacted] and key=[redacted]"));
    }

    private static Arguments secret(String name, String text, String expected) {
        return Arguments.of(name, text, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secrets")
    void replacesSecrets(String name, String text, String expected) {
        assertThat(Redaction.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "price per 1M input tokens 5.00→2.50",
            "risk-based review of gpt-4o",             // 'sk-' inside a word is not a key
            "task_sk_1234567890 stays",                // nor after an underscore
            "sk-short",                                // too short to be a key
            "monkey=banana and turkey=yes",            // 'key=' inside a word
            "max_tokens=4096, tokens=12",              // not 'token='
            "keyboard layout JIS",
            "eyJ alone, and eyJhbGciOi.only-two-parts",
            "AIza is a prefix",
            "Llama 3 Community License, 700M MAU cap",
            "モデルの価格を改定しました",
            "",
    })
    void leavesOrdinaryTextAlone(String text) {
        assertThat(Redaction.redact(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
            "Authorization: Bearer " + JWT,
            "bearer [redacted]",
            "key=[redacted]&api_key=[redacted]",
            "x-api-key: [redacted]",
            "sk-ant-api03-AbCdEf123456_-XyZ987654321 and AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
    })
    void redactingTwiceChangesNothing(String text) {
        String once = Redaction.redact(text);

        assertThat(Redaction.redact(once)).isEqualTo(once);
    }

    @Test
    void keepsLineBreaksAndSurroundingText() {
        String text = "before: provider key sk-abcdefghijklmnop\nafter: Bearer tok\nreason: rotated";

        assertThat(Redaction.redact(text))
                .isEqualTo("before: provider key [redacted]\nafter: Bearer [redacted]\nreason: rotated");
    }

    @Test
    void refusesNull() {
        assertInvalid(() -> Redaction.redact(null), "text");
    }
}
