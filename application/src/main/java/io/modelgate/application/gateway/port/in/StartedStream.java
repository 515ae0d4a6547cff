package io.modelgate.application.gateway.port.in;

import io.modelgate.domain.ledger.RequestId;

/** A stream a provider has started: how it is governed, and the caller's handle to hang up. */
public interface StartedStream {

    RequestId requestId();

    Governed governed();

    /** The caller hung up: the upstream call is cancelled and what was delivered is settled. */
    void cancel();
}
