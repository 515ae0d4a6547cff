package io.modelgate.adapters.persistence.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Row of {@code model} with its deployments, strengths and benchmark scores. */
@Entity
@Table(name = "model")
public class ModelEntity {

    @Id
    public String id;
    public String name;
    public String provider;
    @Column(name = "source_kind")
    public String sourceKind;
    @Column(name = "license_id")
    public String licenseId;
    @Column(name = "base_model_id")
    public String baseModelId;
    @Column(name = "context_window_tokens")
    public int contextWindowTokens;
    @Column(name = "quality_tier")
    public String qualityTier;
    public String lifecycle;

    @ElementCollection
    @CollectionTable(name = "model_deployment", joinColumns = @JoinColumn(name = "model_id"))
    @OrderBy("kind")
    public List<DeploymentRow> deployments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "model_strength", joinColumns = @JoinColumn(name = "model_id"))
    @Column(name = "strength")
    public Set<String> strengths = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "model_benchmark_score", joinColumns = @JoinColumn(name = "model_id"))
    @MapKeyColumn(name = "benchmark")
    @Column(name = "score")
    public Map<String, BigDecimal> benchmarkScores = new HashMap<>();

    @Version
    public long version;
}
