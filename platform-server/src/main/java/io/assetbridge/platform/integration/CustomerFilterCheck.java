package io.assetbridge.platform.integration;

import io.assetbridge.platform.error.Violations;
import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Customer filters take source ids, so they can be set before the first sync. Once customers have
 * been synced, an id that is none of them would silently filter nothing: a newly added one is refused,
 * naming it. Ids already in the filter are not checked again (a customer may since have gone at the
 * source, and that must not block changing another setting).
 */
final class CustomerFilterCheck {

    private CustomerFilterCheck() {}

    static void check(EntityManager em, long integrationId, SyncSettings current, SyncSettings updated, Violations v) {
        unknown(em, integrationId, current.includeCustomers(), updated.includeCustomers(), "customers.include", v);
        unknown(em, integrationId, current.excludeCustomers(), updated.excludeCustomers(), "customers.exclude", v);
    }

    private static void unknown(
            EntityManager em, long integrationId, Set<String> before, Set<String> after, String field, Violations v) {
        var added = new TreeSet<>(after);
        added.removeAll(before);
        if (added.isEmpty() || !customersSynced(em, integrationId)) {
            return;
        }
        var query = em.createNativeQuery("SELECT source_id FROM customer WHERE integration_id = ? AND source_id IN ("
                        + String.join(", ", Collections.nCopies(added.size(), "?")) + ")")
                .setParameter(1, integrationId);
        int position = 2;
        for (String id : added) {
            query.setParameter(position++, id);
        }
        added.removeAll(query.getResultList());
        if (!added.isEmpty()) {
            v.add(
                    field,
                    "No synced customer of this integration has the source id " + String.join(", ", quoted(added))
                            + "; use the sourceId values GET /api/customers?integration=" + integrationId + " lists.");
        }
    }

    private static boolean customersSynced(EntityManager em, long integrationId) {
        return !em.createNativeQuery("SELECT 1 FROM customer WHERE integration_id = ?")
                .setParameter(1, integrationId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private static List<String> quoted(Set<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").toList();
    }
}
