package io.modelgate.domain.audit;

import io.modelgate.domain.shared.Require;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets and tokens from audit text. The audit trail is kept for years and read by
 * auditors, so a credential that slips into a summary would outlive its rotation.
 *
 * <p>Replaced with {@value #MARK}: JWTs (and JWEs), the credential after {@code Bearer}, API keys
 * ({@code sk-…} as OpenAI and Anthropic issue them, {@code AIza…} from Google), the value of the
 * query or form parameters {@code key}, {@code api_key}, {@code apikey}, tokens, secrets and
 * passwords, and the {@code x-api-key} / {@code x-goog-api-key} headers. The names stay so the
 * reader still sees what was there. Redacting twice changes nothing (an event reloaded through
 * {@link AuditEntry} keeps its bytes).
 *
 * <p>The rules lean towards redacting too much: "the bearer of" loses its next word, because a
 * lost word costs less than a leaked token. They recognise shapes, not every secret; a use case
 * should still not put credentials or prompt text into a summary in the first place.
 */
public final class Redaction {

    public static final String MARK = "[redacted]";

    private static final String B64URL = "[A-Za-z0-9_-]";

    private record Rule(Pattern pattern, String replacement) {
    }

    // Order matters only for readability of the result: every rule leaves MARK as it is.
    private static final List<Rule> RULES = List.of(
            // header.payload.signature (signature empty for alg "none"); up to two more parts for a JWE
            new Rule(Pattern.compile("eyJ" + B64URL + "*\\." + B64URL + "+\\." + B64URL + "*(?:\\." + B64URL + "+){0,2}"),
                    MARK),
            // RFC 6750: the scheme is case-insensitive; whatever follows up to a space or quote is the credential
            new Rule(Pattern.compile("(?i)\\b(bearer)\\s+[^\\s\"'`]+"), "$1 " + MARK),
            // OpenAI sk-…, sk-proj-…, Anthropic sk-ant-api03-…, and sk_live_… style keys
            new Rule(Pattern.compile("\\bsk[-_]" + B64URL + "{8,}"), MARK),
            // Google API keys: AIza followed by 35 characters; a little shorter is still a key
            new Rule(Pattern.compile("\\bAIza" + B64URL + "{16,}"), MARK),
            // query and form parameters: ?key=…, &api_key=…, apikey=…, access_token=…, password=…
            new Rule(Pattern.compile("(?i)\\b(api[-_]?key|key|(?:access|refresh|id)[-_]?token|token"
                    + "|client[-_]?secret|secret|password|passwd)=[^&\\s\"'#]+"), "$1=" + MARK),
            // the headers Anthropic and Google read keys from
            new Rule(Pattern.compile("(?i)\\b((?:x-(?:goog-)?)?api-key)(\\s*:\\s*)[^\\s\"',;&]+"), "$1$2" + MARK));

    private Redaction() {
    }

    /** The text with every secret the rules recognise replaced by {@value #MARK}. */
    public static String redact(String text) {
        Require.present(text, "text");
        String result = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            result = matcher.replaceAll(rule.replacement());
        }
        return result;
    }
}
