package io.modelgate.domain.chat;

import io.modelgate.domain.shared.Require;

import java.util.Set;

/** One message of a chat, in OpenAI's roles: system, user, assistant. */
public record ChatMessage(String role, String content) {

    public static final Set<String> ROLES = Set.of("system", "user", "assistant");

    public ChatMessage {
        Require.present(role, "messages.role");
        Require.that(ROLES.contains(role), "messages.role", "must be one of " + ROLES + " (was '" + role + "')");
        Require.present(content, "messages.content");
    }
}
