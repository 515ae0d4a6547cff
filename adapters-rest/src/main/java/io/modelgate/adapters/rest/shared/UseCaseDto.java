package io.modelgate.adapters.rest.shared;

import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A use case on the wire: what a department wants to do with a model. */
@Schema(name = "UseCase", description = "What a department wants to do with a model")
public record UseCaseDto(
        @NotBlank @Schema(example = "Summarise weekly sales reports for the sales team") String purpose,
        @NotNull TaskCategory taskCategory,
        @NotNull Audience audience,
        @NotNull @Schema(example = "true") Boolean commercial,
        @NotNull @Schema(description = "The model or a derivative is given to others", example = "false")
        Boolean redistributesModel,
        @NotNull @Schema(example = "false") Boolean fineTunes,
        @NotNull @Schema(example = "300", description = "0 to 10,000,000,000") Long expectedMonthlyActiveUsers,
        @NotNull DataClassification highestClassification,
        @NotNull @Valid VolumeDto volume) {

    /** Monthly volume. Bounds: requests 0–10,000,000,000; average tokens per request 0–2,000,000 each way. */
    @Schema(name = "MonthlyVolume", description = "Expected monthly volume")
    public record VolumeDto(@NotNull @Schema(example = "20000") Long requestsPerMonth,
                            @NotNull @Schema(example = "1500") Long averageInputTokens,
                            @NotNull @Schema(example = "500") Long averageOutputTokens) {

        public MonthlyVolume toDomain() {
            return new MonthlyVolume(requestsPerMonth, averageInputTokens, averageOutputTokens);
        }

        public static VolumeDto of(MonthlyVolume v) {
            return new VolumeDto(v.requestsPerMonth(), v.averageInputTokens(), v.averageOutputTokens());
        }
    }

    public UseCase toDomain() {
        return new UseCase(purpose, taskCategory, audience, commercial, redistributesModel, fineTunes,
                expectedMonthlyActiveUsers, highestClassification, volume.toDomain());
    }

    public static UseCaseDto of(UseCase u) {
        return new UseCaseDto(u.purpose(), u.taskCategory(), u.audience(), u.commercial(), u.redistributesModel(),
                u.fineTunes(), u.expectedMonthlyActiveUsers(), u.highestClassification(), VolumeDto.of(u.volume()));
    }
}
