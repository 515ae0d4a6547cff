/**
 * Usage requests and approvals (承認申請 and what they grant).
 * <ul>
 *   <li>{@link io.modelgate.domain.approval.RequestEvaluator} evaluates a request: the rules, their
 *       finding codes and the reviews they require are one table, {@code RequestRule}.</li>
 *   <li>{@link io.modelgate.domain.approval.UsageRequest} is the workflow: DRAFT → SUBMITTED →
 *       REJECTED | APPROVED | IN_REVIEW → APPROVED | REJECTED, or WITHDRAWN. Who may decide a review
 *       is in {@link io.modelgate.domain.approval.ReviewKind} (the roles) and {@code WhoMayReview}
 *       (four eyes, one decision per kind).</li>
 *   <li>{@link io.modelgate.domain.approval.Approval} is what an approved request grants, until it
 *       expires or is revoked; the gateway asks {@code isLiveAt}, {@code covers} and {@code refusalAt}.</li>
 * </ul>
 * Refusals with stable codes: {@code REQUEST.ILLEGAL_STATE} and {@code APPROVAL.ILLEGAL_STATE},
 * {@code APPROVAL.REQUEST_NOT_APPROVED} (state conflicts), {@link io.modelgate.domain.approval.NotRequesterException}
 * ({@code REQUEST.NOT_REQUESTER}) and {@link io.modelgate.domain.approval.ReviewRefusedException} ({@code REVIEW.*}).
 */
package io.modelgate.domain.approval;
