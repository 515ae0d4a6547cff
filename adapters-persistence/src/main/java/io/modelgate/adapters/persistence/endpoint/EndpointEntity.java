package io.modelgate.adapters.persistence.endpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.util.Objects;

/** Row of {@code provider_endpoint}: a secret is a kind and a name, never a value. */
@Entity
@Table(name = "provider_endpoint")
@IdClass(EndpointEntity.Key.class)
public class EndpointEntity {

    @Id
    @Column(name = "model_id")
    public String modelId;
    @Id
    public String deployment;
    public String protocol;
    public String url;
    @Column(name = "upstream_model")
    public String upstreamModel;
    @Column(name = "timeout_millis")
    public long timeoutMillis;
    @Column(name = "breaker_open_for_millis")
    public Long breakerOpenForMillis;
    @Column(name = "secret_kind")
    public String secretKind;
    @Column(name = "secret_name")
    public String secretName;
    @Version
    public long version;

    /** The composite primary key. */
    public static class Key implements Serializable {
        public String modelId;
        public String deployment;

        public Key() {
        }

        Key(String modelId, String deployment) {
            this.modelId = modelId;
            this.deployment = deployment;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(modelId, k.modelId) && Objects.equals(deployment, k.deployment);
        }

        @Override
        public int hashCode() {
            return Objects.hash(modelId, deployment);
        }
    }
}
