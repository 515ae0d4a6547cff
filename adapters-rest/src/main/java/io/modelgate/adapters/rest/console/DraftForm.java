package io.modelgate.adapters.rest.console;

import io.modelgate.domain.approval.UsageRequest;
import io.modelgate.domain.catalog.DeploymentKind;
import io.modelgate.domain.catalog.ModelId;
import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.shared.InvalidValueException;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;
import org.jboss.resteasy.reactive.RestForm;

import java.util.Arrays;

/**
 * The draft form as typed: every value a string, so that a bad one can be shown back to the user
 * unchanged. Field names are the REST body's ({@code UsageRequestBody}, {@code UseCase},
 * {@code MonthlyVolume}). The domain's records do the validation; this class only reads the text.
 */
public class DraftForm {

    @RestForm public String modelId;
    @RestForm public String deployment;
    @RestForm public String purpose;
    @RestForm public String taskCategory;
    @RestForm public String audience;
    @RestForm public String commercial;
    @RestForm public String redistributesModel;
    @RestForm public String fineTunes;
    @RestForm public String expectedMonthlyActiveUsers;
    @RestForm public String highestClassification;
    @RestForm public String requestsPerMonth;
    @RestForm public String averageInputTokens;
    @RestForm public String averageOutputTokens;
    @RestForm public String version;

    public static DraftForm empty() {
        DraftForm form = new DraftForm();
        form.deployment = DeploymentKind.ON_PREMISES.name();
        form.taskCategory = TaskCategory.REPORT_GENERATION.name();
        form.audience = Audience.INTERNAL.name();
        form.highestClassification = DataClassification.INTERNAL.name();
        return form;
    }

    public static DraftForm of(UsageRequest request) {
        DraftForm form = new DraftForm();
        UseCase u = request.useCase();
        form.modelId = request.model().value();
        form.deployment = request.deployment().name();
        form.purpose = u.purpose();
        form.taskCategory = u.taskCategory().name();
        form.audience = u.audience().name();
        form.commercial = u.commercial() ? "true" : null;
        form.redistributesModel = u.redistributesModel() ? "true" : null;
        form.fineTunes = u.fineTunes() ? "true" : null;
        form.expectedMonthlyActiveUsers = Long.toString(u.expectedMonthlyActiveUsers());
        form.highestClassification = u.highestClassification().name();
        form.requestsPerMonth = Long.toString(u.volume().requestsPerMonth());
        form.averageInputTokens = Long.toString(u.volume().averageInputTokens());
        form.averageOutputTokens = Long.toString(u.volume().averageOutputTokens());
        form.version = Long.toString(request.version());
        return form;
    }

    /** @throws InvalidValueException naming the first field that cannot be read */
    public ModelId model() {
        return new ModelId(required(modelId, "modelId"));
    }

    public DeploymentKind deploymentKind() {
        return choice(DeploymentKind.class, deployment, "deployment");
    }

    public UseCase useCase() {
        return new UseCase(required(purpose, "purpose"), choice(TaskCategory.class, taskCategory, "taskCategory"),
                choice(Audience.class, audience, "audience"), checked(commercial), checked(redistributesModel),
                checked(fineTunes), whole(expectedMonthlyActiveUsers, "expectedMonthlyActiveUsers"),
                choice(DataClassification.class, highestClassification, "highestClassification"),
                new MonthlyVolume(whole(requestsPerMonth, "requestsPerMonth"),
                        whole(averageInputTokens, "averageInputTokens"),
                        whole(averageOutputTokens, "averageOutputTokens")));
    }

    public boolean isChecked(String field) {
        return switch (field) {
            case "commercial" -> checked(commercial);
            case "redistributesModel" -> checked(redistributesModel);
            case "fineTunes" -> checked(fineTunes);
            default -> false;
        };
    }

    static boolean checked(String value) {
        return value != null && (value.equals("true") || value.equals("on"));
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        return value.strip();
    }

    static long whole(String value, String field) {
        String text = required(value, field).replace(",", "");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number (was '" + value.strip() + "')");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        String text = required(value, field);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
