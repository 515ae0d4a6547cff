package io.modelgate.domain.usecase;

import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.shared.Require;

/**
 * What a department wants to do with a model: the facts that license, classification and cost
 * rules decide on.
 *
 * @param purpose                    free text, at most {@value #MAX_PURPOSE_LENGTH} characters
 * @param commercial                 the use serves the company's business (revenue, products,
 *                                   operations), as opposed to non-commercial research
 * @param redistributesModel         the model or a derivative of it (weights, a fine-tuned
 *                                   variant) is given or published to others
 * @param fineTunes                  the company trains, fine-tunes or otherwise modifies the model
 * @param expectedMonthlyActiveUsers users of the products or services this use case serves, at
 *                                   most {@value #MAX_MONTHLY_ACTIVE_USERS}
 * @param highestClassification      the most sensitive data the use case sends to the model
 */
public record UseCase(String purpose, TaskCategory taskCategory, Audience audience, boolean commercial,
                      boolean redistributesModel, boolean fineTunes, long expectedMonthlyActiveUsers,
                      DataClassification highestClassification, MonthlyVolume volume) {

    public static final int MAX_PURPOSE_LENGTH = 2000;
    public static final long MAX_MONTHLY_ACTIVE_USERS = 10_000_000_000L;

    public UseCase {
        purpose = Require.text(purpose, "purpose", MAX_PURPOSE_LENGTH);
        Require.present(taskCategory, "taskCategory");
        Require.present(audience, "audience");
        if (expectedMonthlyActiveUsers < 0 || expectedMonthlyActiveUsers > MAX_MONTHLY_ACTIVE_USERS) {
            throw new InvalidValueException("expectedMonthlyActiveUsers",
                    "must be between 0 and " + MAX_MONTHLY_ACTIVE_USERS + " (was " + expectedMonthlyActiveUsers + ")");
        }
        Require.present(highestClassification, "highestClassification");
        Require.present(volume, "volume");
    }

    /** A fine-tuned model that is given to others: a published derivative, as licenses use the word. */
    public boolean publishesDerivative() {
        return fineTunes && redistributesModel;
    }

    public boolean servesExternalCustomers() {
        return audience == Audience.EXTERNAL_CUSTOMERS;
    }
}
