package io.assetbridge.platform.integration;

import io.assetbridge.platform.connector.ConnectorRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The integrations' schedules in the database: which are due, claimed so that one node fires each period. */
@ApplicationScoped
@Transactional
public class ScheduleClaims {

    private final EntityManager em;
    private final ConnectorRegistry registry;
    private final IntegrationService integrations;
    private final SchedulePeriod schedule;

    @Inject
    public ScheduleClaims(
            EntityManager em, ConnectorRegistry registry, IntegrationService integrations, SchedulePeriod schedule) {
        this.em = em;
        this.registry = registry;
        this.integrations = integrations;
        this.schedule = schedule;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected ScheduleClaims() {
        this(null, null, null, null);
    }

    /**
     * Claims the integrations whose scheduled sync is due, advancing each one's next due time with a
     * conditional update so that one node fires each period, however many poll.
     */
    public List<Long> claimDueSchedules(Instant now) {
        var due = em.createQuery(
                        "select i from Integration i where i.nextSyncAt is not null and i.nextSyncAt <= :now",
                        Integration.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList();
        var claimed = new ArrayList<Long>();
        for (Integration integration : due) {
            Integer minutes = registry.find(integration.connectorType())
                    .map(c -> integrations.settings(integration).scheduleMinutes())
                    .orElse(null);
            var next = schedule.nextAfter(now, minutes);
            int won = em.createQuery(
                            "update Integration i set i.nextSyncAt = :next where i.id = :id and i.nextSyncAt = :due")
                    .setParameter("next", next == null ? null : next.atOffset(ZoneOffset.UTC))
                    .setParameter("id", integration.id())
                    .setParameter("due", integration.nextSyncAt().atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            if (won == 1 && minutes != null) {
                claimed.add(integration.id());
            }
        }
        return claimed;
    }
}
