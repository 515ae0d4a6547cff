package io.modelgate.bootstrap.config;

import java.util.function.Function;

/** The switch's decision, for tests outside this package. */
public final class ConsoleSignInSwitchAccess {

    private ConsoleSignInSwitchAccess() {
    }

    public static boolean enabled(Function<String, String> config) {
        return ConsoleSignInSwitch.identityProviderConfigured(config);
    }
}
