package io.modelgate.adapters.llm;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerSentEventsTest {

    private final ServerSentEvents events = new ServerSentEvents(100);

    private List<ServerSentEvents.Event> feed(String... lines) {
        List<ServerSentEvents.Event> out = new ArrayList<>();
        for (String line : lines) {
            ServerSentEvents.Event event = events.accept(line);
            if (event != null) {
                out.add(event);
            }
        }
        return out;
    }

    @Test
    void a_blank_line_dispatches_the_event_with_its_name() {
        assertThat(feed("event: message_stop", "data: {\"type\":\"message_stop\"}", ""))
                .containsExactly(new ServerSentEvents.Event("message_stop", "{\"type\":\"message_stop\"}"));
    }

    @Test
    void an_event_without_a_name_is_a_message() {
        assertThat(feed("data: [DONE]", "")).containsExactly(new ServerSentEvents.Event("message", "[DONE]"));
    }

    @Test
    void several_data_lines_join_with_a_newline_and_one_leading_space_is_dropped() {
        assertThat(feed("data:first", "data:  second", "")).containsExactly(new ServerSentEvents.Event("message", "first\n second"));
    }

    @Test
    void comments_ids_retries_and_empty_events_are_ignored() {
        assertThat(feed(": keep-alive", "", "id: 7", "retry: 1000", "", "event: ping", "")).isEmpty();
    }

    @Test
    void the_name_does_not_leak_into_the_next_event() {
        assertThat(feed("event: error", "data: a", "", "data: b", ""))
                .containsExactly(new ServerSentEvents.Event("error", "a"), new ServerSentEvents.Event("message", "b"));
    }

    @Test
    void an_event_larger_than_the_limit_is_malformed() {
        assertThatThrownBy(() -> feed("data: " + "x".repeat(101))).isInstanceOf(MalformedAnswer.class);
    }
}
