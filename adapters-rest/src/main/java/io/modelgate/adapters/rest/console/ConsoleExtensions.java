package io.modelgate.adapters.rest.console;

import io.modelgate.application.budget.port.in.SpendView;
import io.modelgate.application.budget.port.in.Budget;
import io.modelgate.application.gateway.port.in.SpendLine;
import io.modelgate.domain.approval.Approval;
import io.modelgate.domain.audit.ChainVerification;
import io.modelgate.domain.catalog.Deployment;
import io.modelgate.domain.catalog.Model;
import io.modelgate.domain.license.License;
import io.modelgate.domain.money.Money;
import io.quarkus.qute.TemplateExtension;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;

/** What templates call on domain values: formatting and unwrapping only, no rule. */
@TemplateExtension
public final class ConsoleExtensions {

    private ConsoleExtensions() {
    }

    static String shown(Money money) {
        return Views.money(money);
    }

    static String shown(Instant at) {
        return Views.when(at);
    }

    static String orNone(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    static String spentShown(Budget b) {
        return Views.micros(b.spentMicros(), b.amount().currency());
    }

    static String reservedShown(Budget b) {
        return Views.micros(b.reservedMicros(), b.amount().currency());
    }

    static String remainingShown(Budget b) {
        return Views.micros(b.remainingMicros(), b.amount().currency());
    }

    static String costShown(SpendLine line) {
        return Views.micros(line.costMicros(), line.currency());
    }

    static boolean softReached(SpendView view) {
        return view.alerts().map(SpendView.Alerts::softThresholdReached).orElse(false);
    }

    static boolean hardReached(SpendView view) {
        return view.alerts().map(SpendView.Alerts::hardLimitReached).orElse(false);
    }

    static String deploymentsShown(Model model) {
        return model.spec().deployments().stream().map(Deployment::kind).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    static String mauCap(License license) {
        var cap = license.terms().monthlyActiveUserCap();
        return cap.isPresent() ? String.format("%,d", cap.getAsLong()) : "—";
    }

    static String namePrefix(License license) {
        return license.terms().derivativeNamePrefix().orElse("—");
    }

    static String spdx(License license) {
        return license.spdxId().orElse("—");
    }

    static boolean flagged(Approval approval) {
        return approval.isFlaggedForReReview();
    }

    static String reReviewReason(Approval approval) {
        return approval.reReview().map(r -> r.reason()).orElse("");
    }

    static String revocationShown(Approval approval) {
        return approval.revocation().map(r -> r.reason() + " (" + r.by() + ", " + Views.when(r.at()) + ")").orElse("");
    }

    static boolean liveAt(Approval approval, Instant now) {
        return approval.isLiveAt(now);
    }

    static String firstBroken(ChainVerification v) {
        return v.firstBrokenSequence().isPresent() ? Long.toString(v.firstBrokenSequence().getAsLong()) : "";
    }

    static String problemShown(ChainVerification v) {
        return v.problem().orElse("");
    }
}
