package io.modelgate.bootstrap;

import io.modelgate.bootstrap.local.LocalKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The token command prints its usage, finds the platform's key from any directory, and never mints with a new one. */
class TokenCommandTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(Optional<Path> configured, Path cwd, Optional<Path> code, String... args) {
        return TokenCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), configured, cwd, code, args);
    }

    @Test
    void help_prints_the_usage_with_every_role() {
        assertThat(run(Optional.empty(), Path.of("."), Optional.empty(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--subject").contains("--data-dir")
                .contains("gateway-client").contains("finance-reviewer");
    }

    @Test
    void it_finds_the_key_beside_the_jar_from_another_working_directory(@TempDir Path repo, @TempDir Path elsewhere)
            throws Exception {
        LocalKeys keys = LocalKeys.loadOrCreate(repo.resolve(".modelgate"));
        Path jar = Files.createDirectories(repo.resolve("bootstrap/target/quarkus-app/app")).resolve("modelgate.jar");
        assertThat(run(Optional.empty(), elsewhere, Optional.of(jar), "--subject", "alice", "--roles", "admin,auditor",
                "--department", "ai-coe")).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"sub\":\"alice\"").contains("\"department\":\"ai-coe\"").contains("auditor");
        java.security.Signature verify = java.security.Signature.getInstance("SHA256withRSA");
        verify.initVerify(keys.publicKey());
        verify.update((token.split("\\.")[0] + "." + token.split("\\.")[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(token.split("\\.")[2]))).isTrue();
    }

    @Test
    void without_a_key_it_says_where_it_looked_and_creates_none(@TempDir Path elsewhere) {
        assertThat(run(Optional.empty(), elsewhere, Optional.empty(), "--subject", "alice", "--roles", "admin"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No local signing key found")
                .contains(elsewhere.resolve(".modelgate").toString()).contains("-Dquarkus.profile=local");
        assertThat(elsewhere.resolve(".modelgate")).doesNotExist();
        assertThat(run(Optional.of(elsewhere.resolve("data")), elsewhere, Optional.empty(), "--subject", "a",
                "--roles", "admin")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(elsewhere.resolve("data").toString());
    }

    @Test
    void bad_options_print_the_problem_and_the_usage() {
        assertThat(run(Optional.empty(), Path.of("."), Optional.empty(), "--subject")).isEqualTo(2);
        assertThat(run(Optional.empty(), Path.of("."), Optional.empty(), "--subjekt", "a", "--roles", "admin")).isEqualTo(2);
        assertThat(run(Optional.empty(), Path.of("."), Optional.empty(), "--subject", "a", "--roles", "admin",
                "--minutes", "ten")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --subjekt").contains("usage:");
    }
}
