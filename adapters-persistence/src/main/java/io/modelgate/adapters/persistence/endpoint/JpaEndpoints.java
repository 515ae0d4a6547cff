package io.modelgate.adapters.persistence.endpoint;

import io.modelgate.adapters.persistence.shared.Flush;
import io.modelgate.application.endpoint.Endpoint;
import io.modelgate.application.endpoint.EndpointKey;
import io.modelgate.application.endpoint.port.out.Endpoints;
import io.modelgate.application.shared.StaleVersionException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** {@link Endpoints} on PostgreSQL. */
@ApplicationScoped
public class JpaEndpoints implements Endpoints, PanacheRepositoryBase<EndpointEntity, EndpointEntity.Key> {

    @Override
    public List<Endpoint> all() {
        return findAll(Sort.by("modelId").and("deployment")).list().stream().map(EndpointMapper::toDomain).toList();
    }

    @Override
    public Optional<Endpoint> find(EndpointKey key) {
        return findByIdOptional(id(key)).map(EndpointMapper::toDomain);
    }

    @Override
    public Endpoint add(Endpoint endpoint) {
        EndpointEntity entity = new EndpointEntity();
        EndpointMapper.copy(endpoint, entity);
        entity.version = 0;
        persist(entity);
        Flush.now(getEntityManager(), "endpoint", endpoint.key());
        return EndpointMapper.toDomain(entity);
    }

    @Override
    public Endpoint update(Endpoint endpoint) {
        EndpointEntity entity = findById(id(endpoint.key()));
        if (entity == null || entity.version != endpoint.version()) {
            throw StaleVersionException.concurrent("endpoint", endpoint.key());
        }
        long version = entity.version;
        EndpointMapper.copy(endpoint, entity);
        entity.version = version;
        Flush.now(getEntityManager(), "endpoint", endpoint.key());
        return EndpointMapper.toDomain(entity);
    }

    @Override
    public void remove(EndpointKey key) {
        deleteById(id(key));
        Flush.now(getEntityManager(), "endpoint", key);
    }

    private static EndpointEntity.Key id(EndpointKey key) {
        return new EndpointEntity.Key(key.model().value(), key.deployment().name());
    }
}
