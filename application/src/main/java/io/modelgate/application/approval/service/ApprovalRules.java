package io.modelgate.application.approval.service;

import io.modelgate.domain.money.Money;
import io.modelgate.domain.shared.Require;

import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;

/**
 * The configurable parts of the workflow.
 *
 * @param financeThreshold   a monthly estimate above this always needs a finance review
 * @param validity           how long an approval lasts (calendar months, UTC)
 * @param priceChangeShare   a price change larger than this share (0.2 = 20 %) re-opens approvals
 * @param budgetZone         the zone whose calendar decides which budget month "now" is in
 */
public record ApprovalRules(Money financeThreshold, Period validity, BigDecimal priceChangeShare, ZoneId budgetZone) {

    public ApprovalRules {
        Require.present(financeThreshold, "financeThreshold");
        Require.present(validity, "validity");
        Require.present(priceChangeShare, "priceChangeShare");
        Require.that(priceChangeShare.signum() >= 0, "priceChangeShare", "must not be negative");
        Require.present(budgetZone, "budgetZone");
    }
}
