package io.modelgate.application.endpoint.port.out;

import io.modelgate.domain.endpoint.SecretReference;

import java.util.Optional;

/** Out-port: reads the secret a reference names (an environment variable, a mounted file); empty when absent. */
public interface Secrets {

    Optional<String> read(SecretReference reference);
}
