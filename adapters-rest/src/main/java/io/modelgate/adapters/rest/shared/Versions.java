package io.modelgate.adapters.rest.shared;

import io.modelgate.domain.shared.InvalidValueException;
import jakarta.ws.rs.core.EntityTag;

import java.util.OptionalLong;

/** Entity versions on the wire: the ETag is the version, If-Match names the version a change is based on. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Parses {@code "3"} or {@code W/"3"}; absent or {@code *} means "whatever is current". */
    public static OptionalLong fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return OptionalLong.empty();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(tag));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", "must be an ETag this API returned, such as \"3\"");
        }
    }
}
