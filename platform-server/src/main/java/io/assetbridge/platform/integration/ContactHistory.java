package io.assetbridge.platform.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Whether an integration has ever reached its source: a passed connection test or a successful sync. Until
 * it has, a refused connection, an unknown host or the wrong scheme is taken for a mistake in the URL and
 * fails at once, instead of being retried as an outage for minutes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ContactHistory {

    private final EntityManager em;

    @Inject
    public ContactHistory(EntityManager em) {
        this.em = em;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ContactHistory() {
        this.em = null;
    }

    /** True until a connection test passed or a sync succeeded. */
    public boolean neverConnected(long integrationId) {
        var rows = em.createNativeQuery("SELECT COUNT(*) FROM integration i WHERE i.id = ? AND i.connected_at IS NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM sync_run r WHERE r.integration_id = i.id"
                        + " AND r.status = 'SUCCEEDED')")
                .setParameter(1, integrationId)
                .getSingleResult();
        return ((Number) rows).longValue() > 0;
    }

    /** Records that the integration reached its source; only the first time writes the row. */
    public void connected(long integrationId, Instant at) {
        em.createNativeQuery("UPDATE integration SET connected_at = ? WHERE id = ? AND connected_at IS NULL")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, integrationId)
                .executeUpdate();
    }
}
