package io.assetbridge.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;

/**
 * The container's persistence resources as CDI beans. {@code @PersistenceContext} and
 * {@code @Resource} cannot annotate constructor parameters; produced here once, they can be taken
 * through constructors like any other dependency. The entity manager is the container's
 * transaction-scoped one, so sharing it between beans is safe.
 */
@ApplicationScoped
public class ContainerResources {

    @Produces
    @PersistenceContext(unitName = "assetbridge")
    EntityManager entityManager;

    @Produces
    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;
}
