package io.modelgate.bootstrap.endpoint;

import io.modelgate.application.endpoint.port.out.Secrets;
import io.modelgate.domain.endpoint.SecretReference;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads keys from the process environment or from files under the secrets directory, as Kubernetes
 * mounts a Secret (a file per key, behind symlinks that stay inside the directory). A file that resolves
 * outside the directory, or is larger than a key can be, counts as absent. Values are never logged.
 */
public final class MountedSecrets implements Secrets {

    static final int LARGEST_KEY = 16 * 1024;

    private final Map<String, String> environment;
    private final Path directory;

    public MountedSecrets(Map<String, String> environment, Path directory) {
        this.environment = environment;
        this.directory = directory;
    }

    @Override
    public Optional<String> read(SecretReference reference) {
        if (reference instanceof SecretReference.EnvironmentVariable env) {
            return Optional.ofNullable(environment.get(env.name())).map(String::strip).filter(v -> !v.isEmpty());
        }
        return file(((SecretReference.SecretFile) reference).name());
    }

    private Optional<String> file(String name) {
        try {
            Path root = directory.toRealPath();
            Path file = root.resolve(name).toRealPath();
            if (!file.startsWith(root) || !Files.isRegularFile(file) || Files.size(file) > LARGEST_KEY) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(v -> !v.isEmpty());
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // no such directory or file, or not readable: the key is missing
        }
    }
}
