package io.modelgate.bootstrap.endpoint;

import io.modelgate.application.catalog.port.out.Models;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointState;
import io.modelgate.application.endpoint.KeyState;
import io.modelgate.application.gateway.port.out.ProviderDirectory;
import io.modelgate.application.shared.Transactions;
import io.modelgate.domain.catalog.Model;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * At start: reads the endpoint configuration (a malformed entry stops the start here, see
 * ConfiguredEndpoints) and lists every endpoint — deployment, protocol, host, whether its key is there,
 * never the key — and warns about an endpoint for a deployment the catalog does not have.
 */
public class EndpointsStartupReport {

    private static final Logger LOG = Logger.getLogger(EndpointsStartupReport.class);

    @Inject
    ProviderDirectory directory;
    @Inject
    Models models;
    @Inject
    Transactions transactions;

    void onStart(@Observes StartupEvent event) {
        List<EndpointState> states = directory.endpoints();
        long callable = states.stream().filter(EndpointState::usable).count();
        LOG.infof("ModelGate endpoints: %d known, %d callable (GET /api/v1/endpoints lists them; docs/gateway.md)",
                states.size(), callable);
        for (EndpointState state : states) {
            String line = line(state);
            if (state.usable()) {
                LOG.infof("  %s", line);
            } else {
                LOG.warnf("  %s", line);
            }
            catalogProblem(state.endpoint()).ifPresent(problem -> LOG.warnf("  %s: %s", state.endpoint().key(), problem));
        }
    }

    static String line(EndpointState state) {
        Endpoint e = state.endpoint();
        return e.key() + " → " + e.protocol() + " " + e.address() + ", upstream model " + e.upstreamModel() + ", key "
                + keyWords(state) + ", from the " + state.source().name().toLowerCase(java.util.Locale.ROOT)
                + state.problem().map(p -> " — NOT CALLED: " + p).orElse("");
    }

    private static String keyWords(EndpointState state) {
        if (state.key() == KeyState.NOT_NEEDED) {
            return "not needed";
        }
        String where = state.endpoint().secret().map(s -> " (" + s.describe() + ")").orElse("");
        return (state.key() == KeyState.PRESENT ? "present" : "missing") + where;
    }

    private Optional<String> catalogProblem(Endpoint endpoint) {
        try {
            Optional<Model> model = transactions.inTransaction(() -> models.find(endpoint.key().model()));
            if (model.isEmpty()) {
                return Optional.of("the catalog has no model '" + endpoint.key().model() + "', so no call is routed "
                        + "here; check the entry's key (a model id with dots needs …__MODEL=the.id in the environment)");
            }
            if (model.get().spec().deployment(endpoint.key().deployment()).isEmpty()) {
                return Optional.of("the catalog model has no " + endpoint.key().deployment() + " deployment");
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("the catalog could not be read to check it (" + e.getClass().getSimpleName() + ")");
        }
    }
}
