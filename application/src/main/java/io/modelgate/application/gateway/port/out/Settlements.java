package io.modelgate.application.gateway.port.out;

/**
 * Out-port: where finished calls hand their {@link Settlement}. The adapter makes it durable before
 * {@link #submit} returns (a local spool that survives the process) and commits it to the database
 * later, many at a time; a settlement submitted twice is applied once.
 */
public interface Settlements {

    void submit(Settlement settlement);
}
