package io.modelgate.application.approval.port.in;

/**
 * Use case: the requester submits a DRAFT. The rules evaluate it at once: a blocker rejects it, no
 * required review approves it automatically (granting an approval), otherwise it waits in review.
 */
public interface SubmitUsageRequest {

    Decided submit(RequestCommand command);
}
