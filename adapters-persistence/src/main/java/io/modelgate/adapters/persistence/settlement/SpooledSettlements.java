package io.modelgate.adapters.persistence.settlement;

import io.modelgate.adapters.persistence.settlement.jdbc.SettlementBatch;
import io.modelgate.adapters.persistence.settlement.spool.SettlementSpool;
import io.modelgate.adapters.persistence.shared.ConflictBackoff;
import io.modelgate.adapters.persistence.shared.StoreFailures;
import io.modelgate.adapters.persistence.shared.StoreHealth;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.application.gateway.port.out.Settlements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link Settlements}: appended to the local spool on the caller's thread (durable against a killed
 * process when {@link #submit} returns), then committed by one writer thread in batches — whatever
 * accumulated while the previous commit ran, up to the batch size, in one transaction (group commit).
 * While the database cannot be reached the batch is retried and new settlements wait in the queue
 * and the spool; when the queue is full, callers wait (backpressure), which during an outage cannot
 * happen for long since new calls are refused before they reserve anything.
 */
@ApplicationScoped
public class SpooledSettlements implements Settlements {

    private static final Logger LOG = Logger.getLogger(SpooledSettlements.class);

    @Inject
    DataSource dataSource;

    @Inject
    SettlementSettings settings;

    @Inject
    GatewayInstance instance;

    @Inject
    StoreHealth health;

    private SettlementSpool spool;
    private BlockingQueue<SettlementSpool.Entry> queue;
    private SettlementBatch batchWriter;
    private Thread writer;
    private volatile boolean running;
    private volatile boolean databaseDown;
    private final AtomicLong replayPending = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final Object idle = new Object();

    /** Opens the spool, queues what the previous process left, and starts the writer. Idempotent. */
    public synchronized void start() {
        if (running) {
            return;
        }
        spool = SettlementSpool.open(settings.spoolDirectory(), instance.id().toString());
        queue = new ArrayBlockingQueue<>(Math.max(settings.queueCapacity(), spool.leftOver().size() + 1));
        batchWriter = new SettlementBatch(dataSource);
        replayPending.set(spool.leftOver().size());
        for (SettlementSpool.Entry entry : spool.leftOver()) {
            queue.add(new SettlementSpool.Entry(entry.settlement(), entry.segment()));
        }
        running = true;
        writer = new Thread(this::write, "settlement-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void submit(Settlement settlement) {
        if (!running) {
            start();
        }
        SettlementSpool.Entry entry = spool.append(settlement);
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            // It is in the spool: the next start replays it.
            Thread.currentThread().interrupt();
        }
    }

    /** The process that used this spool before; see {@link #predecessorReplayed()}. */
    public Optional<String> predecessor() {
        return spool == null ? Optional.empty() : spool.predecessor();
    }

    /** True once every settlement the predecessor left in the spool was committed. */
    public boolean predecessorReplayed() {
        return running && replayPending.get() == 0;
    }

    public boolean databaseDown() {
        return databaseDown;
    }

    /** Settlements waiting to be committed (in memory; all of them are also in the spool). */
    public int pending() {
        return queue == null ? 0 : queue.size();
    }

    public long committed() {
        return committed.get();
    }

    /** Waits until everything submitted so far was committed, or the timeout passed; true when drained. */
    public boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (idle) {
            while (queue != null && (!queue.isEmpty() || busy) && System.nanoTime() < deadline) {
                try {
                    idle.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return queue == null || (queue.isEmpty() && !busy);
        }
    }

    /** Commits what is queued (up to {@code timeout}) and stops; what is left stays in the spool. */
    public synchronized void stop(Duration timeout) {
        if (!running) {
            return;
        }
        boolean drained = drain(timeout);
        running = false;
        writer.interrupt();
        try {
            writer.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!drained) {
            LOG.warnf("%d settlement(s) could not be committed before shutdown; they stay in the spool %s and are"
                    + " replayed at the next start", queue.size(), settings.spoolDirectory());
        }
        spool.close();
    }

    private volatile boolean busy;

    private void write() {
        List<SettlementSpool.Entry> batch = new ArrayList<>(settings.batchSize());
        while (running) {
            try {
                SettlementSpool.Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    spool.rotateIfSettled();
                    continue;
                }
                busy = true;
                batch.add(first);
                queue.drainTo(batch, settings.batchSize() - 1);
                commit(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
            } catch (RuntimeException | Error e) {
                // The writer must outlive any failure: a dead writer would leave every later settlement queued
                // (and callers blocked once the queue is full) until the next start.
                LOG.errorf(e, "The settlement writer failed unexpectedly; %d settlement(s) stay in the spool",
                        batch.size());
                pauseAfterFailure();
            } finally {
                batch.clear();
                synchronized (idle) {
                    busy = false;
                    idle.notifyAll();
                }
            }
        }
    }

    private void pauseAfterFailure() {
        try {
            Thread.sleep(settings.retryEvery().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Commits the batch, retrying while the database is away; splits it to isolate a settlement it refuses. */
    private void commit(List<SettlementSpool.Entry> batch) throws InterruptedException {
        long backoff = settings.retryEvery().toMillis();
        int conflicts = 0;
        while (true) {
            spool.sync();
            try {
                batchWriter.commit(batch.stream().map(SettlementSpool.Entry::settlement).toList());
                settled(batch);
                if (databaseDown) {
                    databaseDown = false;
                    LOG.infof("The database is back: settlements are being committed again (%d waiting)",
                            queue.size());
                }
                return;
            } catch (SQLException | RuntimeException | AssertionError e) {
                // with assertions on, pgjdbc fails executeBatch on a connection that closed under it with an AssertionError
                if (StoreFailures.unavailable(e)) {
                    health.suspect();
                    if (!databaseDown) {
                        databaseDown = true;
                        LOG.warnf("The database cannot be reached; %d settlement(s) wait in the spool and are"
                                + " committed when it is back", batch.size() + queue.size());
                    }
                    if (!running) {
                        return; // shutting down: the spool keeps them
                    }
                    Thread.sleep(backoff);
                    continue;
                }
                if (StoreFailures.transientConflict(e)) {
                    // a deadlock or serialization failure with reservations: back off, then the same batch again
                    Thread.sleep(ConflictBackoff.millis(++conflicts, backoff));
                    continue;
                }
                if (batch.size() > 1) {
                    for (SettlementSpool.Entry entry : batch) {
                        commit(List.of(entry));
                    }
                    return;
                }
                SettlementSpool.Entry entry = batch.get(0);
                LOG.errorf("A settlement of request %s was refused by the database (%s); it is kept in %s",
                        entry.settlement().requestId(), e.getMessage(), settings.spoolDirectory().resolve("rejected.log"));
                spool.reject(entry, String.valueOf(e.getMessage()));
                return;
            }
        }
    }

    private void settled(List<SettlementSpool.Entry> batch) {
        for (SettlementSpool.Entry entry : batch) {
            spool.settled(entry);
            if (entry.segment().leftByPredecessor()) {
                replayPending.decrementAndGet();
            }
        }
        committed.addAndGet(batch.size());
        batches.incrementAndGet();
    }

    public long batches() {
        return batches.get();
    }
}
