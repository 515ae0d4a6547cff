package io.modelgate.adapters.rest.governance;

import io.modelgate.application.licensing.port.in.EvaluateLicense;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.evaluation.ObligationType;
import io.modelgate.domain.license.evaluation.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The answer of a license evaluation: verdict, typed obligations with their clauses, reasons. */
@Schema(name = "LicenseEvaluation")
public record LicenseEvaluationDto(
        @Schema(example = "PERMITTED_WITH_OBLIGATIONS") Verdict verdict,
        List<ObligationDto> obligations,
        @Schema(description = "Readable reasons, one sentence each") List<String> reasons,
        @Schema(description = "The licenses evaluated: the model's own first, then inherited ones",
                example = "[\"llama-3-community\"]") List<String> licensesEvaluated) {

    @Schema(name = "Obligation")
    public record ObligationDto(@Schema(example = "DISPLAY_ATTRIBUTION") ObligationType type,
                                @Schema(example = "Display \"Built with Meta Llama 3\" on the product.") String sentence,
                                @Schema(example = "llama-3-community") String license,
                                @Schema(example = "Section 1.b.i") String clause) {
    }

    public static LicenseEvaluationDto of(EvaluateLicense.Result result) {
        return new LicenseEvaluationDto(result.evaluation().verdict(),
                result.evaluation().obligations().stream().map(o -> new ObligationDto(o.type(), o.sentence(),
                        o.source().value(), o.clause())).toList(),
                result.evaluation().reasons(), result.licenses().stream().map(LicenseId::value).toList());
    }
}
