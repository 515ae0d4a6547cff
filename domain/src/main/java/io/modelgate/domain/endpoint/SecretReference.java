package io.modelgate.domain.endpoint;

import io.modelgate.domain.shared.InvalidValueException;

import java.util.regex.Pattern;

/**
 * Where an endpoint's key is found — never the key itself. Rejections never repeat the refused text:
 * a caller who pasted a key where a name belongs must not see it echoed in a response or a log.
 */
public sealed interface SecretReference {

    /** The reference in words, for logs, audit events and answers: it names, it never reveals. */
    String describe();

    /** An environment variable of the ModelGate process, e.g. {@code OPENAI_API_KEY}. */
    record EnvironmentVariable(String name) implements SecretReference {

        private static final Pattern NAME = Pattern.compile("[A-Z_][A-Z0-9_]{0,127}");

        public EnvironmentVariable {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new InvalidValueException("secret.env", "must be the name of an environment variable: "
                        + "upper-case letters, digits and '_', not starting with a digit, e.g. OPENAI_API_KEY "
                        + "(never the key itself)");
            }
        }

        @Override
        public String describe() {
            return "environment variable " + name;
        }
    }

    /**
     * A file under the configured secrets directory, as Kubernetes mounts a Secret: a relative name such as
     * {@code openai-api-key} or {@code openai/api-key}, without {@code ..} or a leading '/'.
     */
    record SecretFile(String name) implements SecretReference {

        private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,127}");

        public SecretFile {
            if (name == null || name.isEmpty() || name.length() > 255 || !segmentsValid(name)) {
                throw new InvalidValueException("secret.file", "must be a file name relative to the secrets "
                        + "directory, e.g. openai-api-key or openai/api-key: letters, digits, '.', '_', '-', "
                        + "segments separated by '/', no '..' (never the key itself)");
            }
        }

        private static boolean segmentsValid(String name) {
            for (String segment : name.split("/", -1)) {
                if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.equals(".")) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String describe() {
            return "secret file " + name;
        }
    }
}
