package io.modelgate.domain.endpoint;

import io.modelgate.domain.shared.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"OPENAI_API_KEY", "_X", "A1"})
    void environment_variable_names_are_accepted(String name) {
        assertThat(new SecretReference.EnvironmentVariable(name).describe()).isEqualTo("environment variable " + name);
    }

    /** Whatever was refused — a pasted key above all — is never repeated in the message. */
    @ParameterizedTest
    @ValueSource(strings = {"sk-proj-abcdef0123456789", "openai_api_key", "1ABC", "A B", ""})
    void anything_else_is_refused_without_being_repeated(String value) {
        assertThatThrownBy(() -> new SecretReference.EnvironmentVariable(value))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.isEmpty() ? "\u0000" : value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"openai-api-key", "openai/api-key", "vendor.key", "a_b/c.d-e"})
    void secret_files_are_relative_names(String name) {
        assertThat(new SecretReference.SecretFile(name).describe()).isEqualTo("secret file " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../x", "a/../b", "a//b", "a/", ".hidden", "sk-ant api03 key", "a\\b"})
    void files_outside_the_secrets_directory_are_refused_without_being_repeated(String name) {
        assertThatThrownBy(() -> new SecretReference.SecretFile(name)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(name));
    }
}
