package io.modelgate.adapters.persistence.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** Row of {@code model_deployment}: vendor-API columns or self-hosted columns, never both. */
@Embeddable
public class DeploymentRow {

    public String kind;
    @Column(name = "data_retention_days")
    public Integer dataRetentionDays;
    @Column(name = "processing_region")
    public String processingRegion;
    @Column(name = "trains_on_customer_data")
    public Boolean trainsOnCustomerData;
    public String currency;
    @Column(name = "input_per_million_minor")
    public Long inputPerMillionMinor;
    @Column(name = "output_per_million_minor")
    public Long outputPerMillionMinor;
    @Column(name = "gpu_monthly_cost_minor")
    public Long gpuMonthlyCostMinor;
    @Column(name = "tokens_per_gpu_month")
    public Long tokensPerGpuMonth;
    @Column(name = "fixed_monthly_operations_minor")
    public Long fixedMonthlyOperationsMinor;
    @Column(name = "priced_on")
    public LocalDate pricedOn;
}
