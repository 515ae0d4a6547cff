package io.modelgate.bootstrap;

import io.modelgate.bootstrap.local.LocalKeys;
import io.modelgate.bootstrap.local.TokenMinter;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code token --subject alice --roles requester,admin --department sales [--minutes 60] [--data-dir DIR]}:
 * mints a token signed with the local profile's key. It never creates a key: a fresh one would sign tokens
 * the running platform rejects. It looks for the key where the platform keeps it — {@code --data-dir},
 * {@code MODELGATE_DATA_DIR}, {@code ./.modelgate}, then {@code .modelgate} beside the jar and in each of
 * its parent directories (the repository root when started as the README says) — and says where it
 * looked when it finds none.
 */
final class TokenCommand {

    static final String USAGE = """
            usage: java -jar quarkus-run.jar token --subject NAME --roles ROLE[,ROLE…] [--department DEPT]
                                                   [--minutes 60] [--data-dir DIR]
              Mints a bearer token for the local profile (java -Dquarkus.profile=local -jar quarkus-run.jar),
              signed with the key the platform generated in its data directory at its first start.
              --subject     who the token is for (the audit trail's actor), e.g. alice
              --roles       comma-separated: requester, security-reviewer, legal-reviewer, finance-reviewer,
                            admin, auditor, gateway-client
              --department  the department claim (requesters and gateway clients need one), e.g. sales
              --minutes     lifetime, default 60
              --data-dir    where the platform keeps its data (default: MODELGATE_DATA_DIR, else ./.modelgate,
                            else .modelgate beside the jar or in a parent directory)
            example: TOKEN=$(java -jar bootstrap/target/quarkus-app/quarkus-run.jar token --subject alice \\
                                 --roles admin --department ai-coe)""";

    private TokenCommand() {
    }

    static int run(String... args) {
        return run(System.out, System.err, Optional.ofNullable(System.getenv("MODELGATE_DATA_DIR")).filter(d -> !d.isBlank())
                .map(Path::of), Path.of("").toAbsolutePath(), ModelGateMain.codeLocation(), args);
    }

    static int run(PrintStream out, PrintStream err, Optional<Path> configured, Path workingDirectory,
                   Optional<Path> codeLocation, String... args) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.println(USAGE);
            return 0;
        }
        String subject = null;
        String roles = null;
        String department = null;
        Path dataDir = null;
        long minutes = 60;
        if (args.length % 2 != 0) {
            return usage(err, "option " + args[args.length - 1] + " needs a value");
        }
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--subject" -> subject = args[i + 1];
                case "--roles" -> roles = args[i + 1];
                case "--department" -> department = args[i + 1];
                case "--data-dir" -> dataDir = Path.of(args[i + 1]);
                case "--minutes" -> {
                    try {
                        minutes = Long.parseLong(args[i + 1]);
                    } catch (NumberFormatException e) {
                        return usage(err, "--minutes needs a whole number, e.g. 60");
                    }
                }
                default -> {
                    return usage(err, "unknown option " + args[i]);
                }
            }
        }
        if (subject == null || roles == null) {
            return usage(err, "--subject and --roles are required");
        }
        List<Path> candidates = candidates(Optional.ofNullable(dataDir).or(() -> configured), workingDirectory,
                codeLocation);
        Optional<Path> found = candidates.stream().filter(d -> Files.isRegularFile(LocalKeys.file(d))).findFirst();
        if (found.isEmpty()) {
            err.println("No local signing key found; looked for keys/" + LocalKeys.FILE + " in:");
            candidates.forEach(c -> err.println("  " + c.toAbsolutePath().normalize()));
            err.println("Start the platform once in the local profile (it creates the key in its data directory):");
            err.println("  java -Dquarkus.profile=local -jar bootstrap/target/quarkus-app/quarkus-run.jar");
            err.println("or point at its data directory with --data-dir DIR (or MODELGATE_DATA_DIR).");
            return 1;
        }
        LocalKeys keys = LocalKeys.loadOrCreate(found.get());
        List<String> roleList = Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        out.println(new TokenMinter(keys.privateKey(), TokenMinter.LOCAL_ISSUER)
                .mint(subject, roleList, department, Instant.now(), Duration.ofMinutes(minutes)));
        return 0;
    }

    /** The data directories to look in, in order; an explicit one is the only one. */
    static List<Path> candidates(Optional<Path> explicit, Path workingDirectory, Optional<Path> codeLocation) {
        if (explicit.isPresent()) {
            return List.of(explicit.get());
        }
        Set<Path> dirs = new LinkedHashSet<>();
        dirs.add(workingDirectory.resolve(".modelgate").normalize());
        codeLocation.ifPresent(code -> {
            for (Path p = code.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
                dirs.add(p.resolve(".modelgate"));
            }
        });
        return new ArrayList<>(dirs);
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
