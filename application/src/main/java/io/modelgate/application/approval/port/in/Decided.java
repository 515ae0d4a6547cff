package io.modelgate.application.approval.port.in;

import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.approval.UsageRequest;

import java.util.Optional;

/** A request after a command, and the approval it granted if the command approved it. */
public record Decided(UsageRequest request, Optional<Approval> approval) {
}
