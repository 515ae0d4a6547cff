package io.modelgate.benchmarks;

import io.modelgate.domain.classification.DataClassification;
import io.modelgate.domain.license.CommercialUse;
import io.modelgate.domain.license.License;
import io.modelgate.domain.license.LicenseId;
import io.modelgate.domain.license.LicenseTerm;
import io.modelgate.domain.license.LicenseTerms;
import io.modelgate.domain.license.evaluation.LicenseEvaluation;
import io.modelgate.domain.license.evaluation.LicenseEvaluator;
import io.modelgate.domain.license.evaluation.Verdict;
import io.modelgate.domain.usecase.Audience;
import io.modelgate.domain.usecase.MonthlyVolume;
import io.modelgate.domain.usecase.TaskCategory;
import io.modelgate.domain.usecase.UseCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * {@link LicenseEvaluator#evaluate} for a model with its own license (Apache-2.0-like) and for a derived
 * model whose own license is permissive but which inherits the Llama 3 Community License from its base
 * model (the Llama 3 Swallow case: PERMITTED_WITH_OBLIGATIONS).
 *
 * <p>The evaluator is given the model's license and the licenses it inherits, never the catalog, so its
 * cost cannot depend on catalog size. {@code catalogSize} shows it: the catalog (a map of 10, 100 or
 * 1,000 licenses, as the application keeps it) only serves the by-id lookups that are measured with the
 * evaluation; the figures should be flat across it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LicenseEvaluationBenchmark {

    static final LicenseId APACHE = new LicenseId("apache-2.0");
    static final LicenseId SWALLOW = new LicenseId("swallow-terms");
    static final LicenseId LLAMA_3 = new LicenseId("llama-3-community");

    @Param({"10", "100", "1000"})
    public int catalogSize;

    private final LicenseEvaluator evaluator = new LicenseEvaluator();
    private Map<LicenseId, License> catalog;
    private UseCase useCase;

    @Setup(Level.Trial)
    public void setUp() {
        catalog = new HashMap<>();
        catalog.put(APACHE, apache(APACHE));
        catalog.put(SWALLOW, apache(SWALLOW));
        catalog.put(LLAMA_3, llama3());
        for (int i = catalog.size(); i < catalogSize; i++) {
            LicenseId id = new LicenseId("license-" + i);
            catalog.put(id, i % 2 == 0 ? apache(id) : llama3Like(id));
        }
        useCase = new UseCase("Answer customer questions from the product manuals", TaskCategory.CUSTOMER_CHAT,
                Audience.EXTERNAL_CUSTOMERS, true, false, false, 50_000, DataClassification.INTERNAL,
                new MonthlyVolume(100_000, 500, 200));
        if (ownLicense().verdict() != Verdict.PERMITTED_WITH_OBLIGATIONS
                && ownLicense().verdict() != Verdict.PERMITTED) {
            throw new IllegalStateException("unexpected verdict " + ownLicense().verdict());
        }
        if (inheritedLicense().reasons().stream().noneMatch(r -> r.contains("inherited from"))) {
            throw new IllegalStateException("the inherited license was not evaluated: " + inheritedLicense());
        }
    }

    /** A model under its own license only. */
    @Benchmark
    public LicenseEvaluation ownLicense() {
        return evaluator.evaluate(catalog.get(APACHE), useCase);
    }

    /** A derived model: its own license plus the license inherited from its base model. */
    @Benchmark
    public LicenseEvaluation inheritedLicense() {
        return evaluator.evaluate(catalog.get(SWALLOW), List.of(catalog.get(LLAMA_3)), useCase);
    }

    static License apache(LicenseId id) {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 2 (Grant of Copyright License)");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 4(a)");
        clauses.put(LicenseTerm.COPYRIGHT_NOTICE, "Section 4(c)");
        clauses.put(LicenseTerm.NOTICE_FILE, "Section 4(d)");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 4 (Redistribution)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.ALLOWED, OptionalLong.empty(),
                false, Optional.empty(),
                true, true, true, Optional.empty(),
                Optional.empty(), false,
                true, false, true, clauses);
        return new License(id, "Apache License 2.0 (" + id.value() + ")", Optional.of("Apache-2.0"),
                "https://www.apache.org/licenses/LICENSE-2.0",
                "Permissive. Commercial use allowed. Redistribution requires the license text and notices.",
                terms, 0);
    }

    static License llama3() {
        return llama3Like(LLAMA_3);
    }

    static License llama3Like(LicenseId id) {
        Map<LicenseTerm, String> clauses = new EnumMap<>(LicenseTerm.class);
        clauses.put(LicenseTerm.COMMERCIAL_USE, "Section 1.a, subject to Section 2 (Additional Commercial Terms)");
        clauses.put(LicenseTerm.MONTHLY_ACTIVE_USER_CAP, "Section 2 (Additional Commercial Terms)");
        clauses.put(LicenseTerm.ATTRIBUTION, "Section 1.b.i");
        clauses.put(LicenseTerm.LICENSE_TEXT, "Section 1.b.i");
        clauses.put(LicenseTerm.DERIVATIVE_NAME, "Section 1.b.i");
        clauses.put(LicenseTerm.NOTICE_FILE, "Section 1.b.iii");
        clauses.put(LicenseTerm.ACCEPTABLE_USE_POLICY, "Section 1.b.iv");
        clauses.put(LicenseTerm.OUTPUT_USE, "Section 1.b.v");
        clauses.put(LicenseTerm.REDISTRIBUTION, "Section 1.b (Redistribution and Use)");
        LicenseTerms terms = new LicenseTerms(CommercialUse.CONDITIONAL, OptionalLong.of(700_000_000L),
                true, Optional.of("Built with Meta Llama 3"),
                false, true, true, Optional.of("Llama 3"),
                Optional.of("https://llama.meta.com/llama3/use-policy"), false,
                true, false, false, clauses);
        return new License(id, "Meta Llama 3 Community License (" + id.value() + ")", Optional.empty(),
                "https://llama.meta.com/llama3/license/",
                "Commercial use allowed under 700 million monthly active users; attribution, notice file,"
                        + " acceptable use policy, no use of outputs to improve other large language models.",
                terms, 0);
    }
}
