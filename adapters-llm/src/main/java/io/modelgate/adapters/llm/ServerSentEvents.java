package io.modelgate.adapters.llm;

/**
 * Assembles Server-Sent Events from lines, as the WHATWG event-stream format says: {@code field: value}
 * lines, one optional space after the colon, several {@code data} lines joined by a newline, comments
 * starting with a colon, and a blank line that dispatches the event. An event still open when the body
 * ends is dropped (the format's rule), so a stream cut mid-event reads as cut, not as garbled JSON.
 */
final class ServerSentEvents {

    /** One dispatched event; {@code name} is {@code message} when the stream gave none. */
    record Event(String name, String data) {
    }

    private final int maxDataChars;
    private String name;
    private StringBuilder data;

    ServerSentEvents(int maxDataChars) {
        this.maxDataChars = maxDataChars;
    }

    /** Feeds one line (without its terminator); returns the event the line completed, or null. */
    Event accept(String line) {
        if (line.isEmpty()) {
            return dispatch();
        }
        if (line.charAt(0) == ':') {
            return null;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if (field.equals("event")) {
            name = value;
        } else if (field.equals("data")) {
            if (data == null) {
                data = new StringBuilder(value.length());
            } else {
                data.append('\n');
            }
            data.append(value);
            if (data.length() > maxDataChars) {
                throw new MalformedAnswer("an event larger than " + maxDataChars + " characters");
            }
        }
        return null;
    }

    private Event dispatch() {
        Event event = data == null ? null : new Event(name == null || name.isEmpty() ? "message" : name, data.toString());
        name = null;
        data = null;
        return event;
    }
}
