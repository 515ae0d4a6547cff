package io.modelgate.domain.license.evaluation;

import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;

/** Builds use cases for license tests from the dimensions that license rules read. */
final class UseCases {

    private UseCases() {
    }

    static UseCase useCase(boolean commercial, Audience audience, boolean redistributes, boolean fineTunes,
                           long monthlyActiveUsers) {
        TaskCategory task = audience == Audience.EXTERNAL_CUSTOMERS ? TaskCategory.CUSTOMER_CHAT : TaskCategory.KNOWLEDGE_SEARCH;
        return new UseCase("Answer questions from the product manuals", task, audience, commercial, redistributes,
                fineTunes, monthlyActiveUsers, DataClassification.INTERNAL, new MonthlyVolume(100_000, 500, 200));
    }

    static UseCase internalCommercial() {
        return useCase(true, Audience.INTERNAL, false, false, 1_000);
    }
}
