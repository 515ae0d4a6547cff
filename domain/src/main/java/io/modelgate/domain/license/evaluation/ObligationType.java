package io.modelgate.domain.license.evaluation;

/**
 * What a license asks of a use, by kind. Each comes from one structured term of
 * {@link io.modelgate.domain.license.LicenseTerms}; the comments say when the evaluator raises it.
 *
 * <p>There is deliberately no "attribute the output" obligation: none of the shipped licenses
 * requires outputs to be labelled (Llama 3's "Built with Meta Llama 3" concerns the product or
 * service, Gemma claims no rights in outputs, CC BY-NC conditions sharing the licensed material).
 */
public enum ObligationType {
    /** Give recipients the license text (Apache-2.0 4(a), Llama 3 1.b.i, Gemma 3.1). On redistribution. */
    INCLUDE_LICENSE_TEXT,
    /** Ship a NOTICE text file with the attribution notices (Apache-2.0 4(d), Llama 3 1.b.iii, Gemma 3.1). On redistribution. */
    INCLUDE_NOTICE_FILE,
    /** Keep the copyright and license notices in copies (MIT, Apache-2.0 4(c), CC BY 3(a)). On redistribution. */
    INCLUDE_COPYRIGHT_NOTICE,
    /** Credit the licensor in the way the license describes, with no fixed wording (CC BY 3(a)). On redistribution. */
    GIVE_ATTRIBUTION,
    /**
     * Display a fixed attribution notice (Llama 3: "Built with Meta Llama 3"). On redistribution, and
     * when a product or service built on the model is made available to external customers.
     */
    DISPLAY_ATTRIBUTION,
    /** A published derivative's name begins with a prefix (Llama 3: "Llama 3"). When a fine-tuned model is redistributed. */
    DERIVATIVE_NAME_PREFIX,
    /** Follow the licensor's acceptable-use or prohibited-use policy. Any use. */
    FOLLOW_ACCEPTABLE_USE_POLICY,
    /**
     * Impose the use restrictions on everyone the model, a derivative or its functionality is passed
     * to (Gemma 3.1, whose "Distribution" includes a hosted service). On redistribution, and when
     * external customers use a service built on the model.
     */
    PASS_THROUGH_USE_RESTRICTIONS,
    /** Derivatives are shared only under the same license. On redistribution. */
    SHARE_ALIKE,
    /** Do not use the model or its outputs to improve other models (Llama 3 1.b.v). Any use. */
    NO_OUTPUT_USE_TO_IMPROVE_OTHER_MODELS
}
