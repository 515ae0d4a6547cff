package io.modelgate.application.testing;

import io.modelgate.application.gateway.port.out.CallReservations;
import io.modelgate.application.gateway.port.out.InFlightCall;
import io.modelgate.application.gateway.port.out.Settlement;
import io.modelgate.domain.approval.ApprovalId;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.department.DepartmentId;
import io.modelgate.domain.ledger.RequestId;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves budget counters the way the gateway does — reservations and settlements through the gateway fakes —
 * for tests of what reads the counters (budgets, spend views).
 */
public final class GatewayTraffic {

    private static final Instant AT = Instant.parse("2025-04-20T03:04:05Z");

    private final InMemoryCallReservations reservations;
    private final InMemorySettlements settlements;
    private final List<InFlightCall> open = new ArrayList<>();

    public GatewayTraffic(InMemoryBudgets budgets, InMemoryUsageLedger ledger, InMemoryAuditTrail audit) {
        this.reservations = new InMemoryCallReservations(budgets, ledger);
        this.settlements = new InMemorySettlements(budgets, reservations, ledger, audit);
    }

    /** Opens a reservation of {@code micros} (yen budgets); true when it fits under the hard limit. */
    public boolean reserve(DepartmentId department, YearMonth month, long micros) {
        InFlightCall call = new InFlightCall(UUID.randomUUID().toString(), RequestId.random(), department, month,
                micros, Currency.getInstance("JPY"), "caller", new ModelId("gpt-4o"), DeploymentKind.VENDOR_API,
                new ApprovalId(UUID.randomUUID()), DataClassification.INTERNAL, AT);
        boolean opened = reservations.open(call) == CallReservations.Opened.OPENED;
        if (opened) {
            open.add(call);
        }
        return opened;
    }

    /** Settles the first open reservation of {@code reservedMicros} for {@code chargedMicros}. */
    public void settle(DepartmentId department, YearMonth month, long reservedMicros, long chargedMicros) {
        InFlightCall call = open.stream().filter(c -> c.department().equals(department) && c.month().equals(month)
                && c.reservedMicros() == reservedMicros).findFirst().orElseThrow();
        open.remove(call);
        settlements.submit(new Settlement(Optional.of(new Settlement.Charge(call.reservationId(), department, month,
                reservedMicros, chargedMicros)), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
