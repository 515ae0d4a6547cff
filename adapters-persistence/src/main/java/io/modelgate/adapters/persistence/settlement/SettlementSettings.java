package io.modelgate.adapters.persistence.settlement;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How settlements are spooled and written.
 *
 * @param spoolDirectory one per running instance: the spool, its lock and the instance's id live here
 * @param batchSize      the most settlements one transaction commits
 * @param queueCapacity  settlements waiting in memory before callers wait (backpressure)
 * @param retryEvery     pause between attempts while the database cannot be reached
 * @param silence        an instance whose heartbeat is older than this is dead; its in-flight calls are reconciled
 */
public record SettlementSettings(Path spoolDirectory, int batchSize, int queueCapacity, Duration retryEvery,
                                 Duration silence) {
}
