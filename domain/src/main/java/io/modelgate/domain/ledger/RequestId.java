package io.modelgate.domain.ledger;

import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Names one gateway call of a department: the caller's {@code X-Request-Id}, or a fresh one. The usage
 * ledger keeps one line per department and request id, and at most one answered call per id, so a retry
 * can never be charged twice (docs/gateway.md, "Request ids").
 *
 * <p>Printable ASCII without spaces, at most 100 characters: it travels in headers, logs, the ledger and
 * the audit trail, where a control character or a NUL would break a header or a statement.
 */
public record RequestId(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern PRINTABLE = Pattern.compile("[!-~]{1," + MAX_LENGTH + "}");

    public RequestId {
        Require.present(value, "X-Request-Id");
        if (!PRINTABLE.matcher(value).matches()) {
            throw new InvalidValueException("X-Request-Id", value.length() > MAX_LENGTH
                    ? "must be at most " + MAX_LENGTH + " characters"
                    : "must be 1 to " + MAX_LENGTH + " printable ASCII characters without spaces");
        }
    }

    /** A fresh id for a call that brought none. */
    public static RequestId random() {
        return new RequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
