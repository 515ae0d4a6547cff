package io.modelgate.bootstrap;

import io.modelgate.adapters.persistence.settlement.GatewayInstance;
import io.modelgate.adapters.persistence.settlement.SpooledSettlements;
import io.modelgate.application.gateway.service.InterruptedCalls;
import io.modelgate.bootstrap.config.ModelGateConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Starts the settlement writer (replaying what the previous process left in the spool), keeps this
 * instance's heartbeat, reconciles interrupted calls of dead instances, and on shutdown commits what
 * is queued. The database may be away at any of these moments: each step then waits for the next round.
 */
@ApplicationScoped
public class SettlementLifecycle {

    private static final Logger LOG = Logger.getLogger(SettlementLifecycle.class);

    @Inject
    SpooledSettlements settlements;

    @Inject
    GatewayInstance instance;

    @Inject
    InterruptedCalls interruptedCalls;

    @Inject
    ModelGateConfig config;

    private ScheduledExecutorService timers;

    void start(@Observes StartupEvent event) {
        ModelGateConfig.Settlement s = config.settlement();
        heartbeat();
        settlements.start();
        timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "settlement-timers");
            t.setDaemon(true);
            return t;
        });
        timers.scheduleWithFixedDelay(this::heartbeat, s.heartbeatEvery().toMillis(), s.heartbeatEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::reconcile, 500, s.reconcileEvery().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timers != null) {
            timers.shutdownNow();
        }
        settlements.stop(Duration.ofSeconds(5));
    }

    private void heartbeat() {
        try {
            instance.heartbeat();
        } catch (RuntimeException e) {
            LOG.debugf("No heartbeat this round: %s", e.getMessage());
        }
    }

    /** The predecessor's calls only after its spool was committed, so that known usage wins over the estimate. */
    private void reconcile() {
        try {
            int settled = interruptedCalls.reconcile(config.settlement().silence(), settlements.predecessor(),
                    settlements.predecessorReplayed());
            if (settled > 0) {
                LOG.infof("Reconciled %d interrupted call(s) of stopped instances: each charged its reservation",
                        settled);
            }
        } catch (RuntimeException e) {
            LOG.debugf("No reconciliation this round: %s", e.getMessage());
        }
    }
}
