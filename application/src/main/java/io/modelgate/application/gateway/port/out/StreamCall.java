package io.modelgate.application.gateway.port.out;

/** A running streamed call; cancelling closes the upstream connection and ends the stream with usage so far. */
public interface StreamCall {

    void cancel();
}
