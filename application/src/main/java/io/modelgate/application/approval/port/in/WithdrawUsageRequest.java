package io.modelgate.application.approval.port.in;

import io.modelgate.domain.approval.UsageRequest;

/** Use case: the requester withdraws a request before it is decided. */
public interface WithdrawUsageRequest {

    UsageRequest withdraw(RequestCommand command);
}
