package io.modelgate.bootstrap.testsupport;

import io.modelgate.adapters.persistence.settlement.jdbc.SettlementBatch;
import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.audit.AuditEntry;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.RequestId;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves budget counters through the production statements — the gateway's reservation and the settlement
 * writer's batch, synchronously — for tests of what reads the counters.
 */
public final class GatewayCounters {

    private static final Instant AT = Instant.parse("2025-04-20T03:04:05Z");

    private final CallReservations reservations;
    private final SettlementBatch batch;
    private final List<InFlightCall> open = new ArrayList<>();

    public GatewayCounters(CallReservations reservations, DataSource dataSource) {
        this.reservations = reservations;
        this.batch = new SettlementBatch(dataSource);
    }

    /** Opens a reservation of {@code micros} in a yen budget; true when the hard limit holds it. */
    public boolean reserve(DepartmentId department, YearMonth month, long micros) {
        InFlightCall call = new InFlightCall(UUID.randomUUID().toString(), RequestId.random(), department, month,
                micros, Currency.getInstance("JPY"), "svc-report-bot", new ModelId("gpt-4o"), DeploymentKind.VENDOR_API,
                new ApprovalId(UUID.randomUUID()), DataClassification.INTERNAL, AT);
        boolean opened = reservations.open(call) == CallReservations.Opened.OPENED;
        if (opened) {
            open.add(call);
        }
        return opened;
    }

    /** Settles the first open reservation of {@code reservedMicros}, marking the soft alert at {@code at} if crossed. */
    public void settle(DepartmentId department, YearMonth month, long reservedMicros, long chargedMicros, Instant at) {
        InFlightCall call = open.stream().filter(c -> c.department().equals(department) && c.month().equals(month)
                && c.reservedMicros() == reservedMicros).findFirst().orElseThrow();
        open.remove(call);
        AuditEntry alert = new AuditEntry("svc-report-bot", "BUDGET.SOFT_ALERT", "budget", department + "/" + month,
                at, "ALERT", "spending crossed the soft alert threshold for " + month, Optional.of(department.value()));
        try {
            batch.commit(List.of(new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), department,
                    month, reservedMicros, chargedMicros)), Optional.empty(), Optional.empty(), Optional.of(alert))));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void settle(DepartmentId department, YearMonth month, long reservedMicros, long chargedMicros) {
        settle(department, month, reservedMicros, chargedMicros, AT);
    }
}
