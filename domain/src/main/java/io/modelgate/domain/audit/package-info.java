/**
 * The audit trail: an append-only, hash-chained record of every decision and change.
 *
 * <p>A use case builds an {@link io.modelgate.domain.audit.AuditEntry} (who, what, when, which
 * entity, outcome, a short redacted summary); {@link io.modelgate.domain.audit.AuditChain} turns it
 * into the next {@link io.modelgate.domain.audit.AuditEvent}, whose hash covers its content and the
 * previous event's hash in the byte layout documented on
 * {@link io.modelgate.domain.audit.CanonicalForm}. {@link io.modelgate.domain.audit.ChainVerifier}
 * walks the stored events once, in constant memory, and names the first place the chain breaks.
 *
 * <p>What the chain does and does not prove:
 * <ul>
 *   <li>An edited, deleted, reordered or inserted event is found, unless whoever changed it also
 *       recomputed every later hash: the hash is unkeyed, so anyone who can rewrite the table and
 *       read the format can forge a whole new tail.</li>
 *   <li>Deleting the newest events leaves a shorter chain that is still intact.</li>
 * </ul>
 * Both gaps close the same way: the application keeps the head ({@link
 * io.modelgate.domain.audit.ChainHead}, returned by every verification) somewhere the database's
 * writers cannot change, for example published or sent to another system periodically, and passes
 * it back to the verifier, which then also checks that the chain reaches it with the same hash.
 *
 * <p>Appends must be serialised (one writer at a time for the head, e.g. a row lock, and a unique
 * sequence) or two transactions would both chain onto the same event.
 */
package io.modelgate.domain.audit;
