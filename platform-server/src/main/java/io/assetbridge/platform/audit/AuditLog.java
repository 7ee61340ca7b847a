package io.assetbridge.platform.audit;

import io.assetbridge.platform.PlatformTime;
import io.assetbridge.platform.json.Jsonp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Records who changed what, and when. A caller passes names and identifiers only — which properties
 * changed, never a secret value. The entry joins the caller's transaction, so a change that rolls
 * back leaves no entry; outside a transaction (a refused sign-in) it gets one of its own.
 *
 * <p>Actions are dotted lower-case verbs on a noun: {@code integration.created}, {@code
 * integration.changed}, {@code integration.deleted}, {@code settings.changed}, {@code run.started},
 * {@code run.cancelled}, {@code sign-in.throttled}; other features add their own.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** The actor of work nobody asked for in a request: schedules, start-up recovery. */
    public static final String SYSTEM = "system";

    static final int MAX_DETAILS = 4000;

    @PersistenceContext(unitName = "assetbridge")
    EntityManager em;

    private PlatformTime time;
    private Instance<SecurityContext> security;

    @Inject
    public AuditLog(PlatformTime time, Instance<SecurityContext> security) {
        this.time = time;
        this.security = security;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected AuditLog() {}

    /**
     * Adds one entry.
     *
     * @param actor   who: a user name, or {@link #SYSTEM}
     * @param action  what, e.g. {@code integration.changed}
     * @param target  on what, e.g. {@code integration 7}; may be null
     * @param details names and values that are not secret: strings, numbers, booleans, lists of them
     */
    public void record(String actor, String action, String target, Map<String, ?> details) {
        String text = json(details);
        if (text.length() > MAX_DETAILS) {
            text = json(Map.of("truncated", true, "keys", List.copyOf(details.keySet())));
        }
        em.persist(new AuditEntry(
                time.clock().instant(), cut(actor == null ? SYSTEM : actor, 200), action, cut(target, 200), text));
        em.flush(); // written now: a caller that clears its persistence context afterwards must not lose it
    }

    /** The signed-in caller of the current request, or {@link #SYSTEM} outside one. */
    public String caller() {
        try {
            Principal principal = security.get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException notInARequest) {
            return SYSTEM;
        }
    }

    /** Newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> page(int page, int size) {
        return em.createQuery("select a from AuditEntry a order by a.at desc, a.id desc", AuditEntry.class)
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
    }

    /** Strings, numbers, booleans and collections of them; anything else is a programming error. */
    private static String json(Map<String, ?> details) {
        var object = Jsonp.PROVIDER.createObjectBuilder();
        details.forEach((name, value) -> object.add(name, value(value)));
        return object.build().toString();
    }

    private static JsonValue value(Object value) {
        if (value instanceof Collection<?> items) {
            var array = Jsonp.PROVIDER.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Jsonp.PROVIDER.createValue(((Number) value).longValue());
        }
        if (value instanceof String text) {
            return Jsonp.PROVIDER.createValue(text);
        }
        throw new IllegalArgumentException("An audit detail is a string, a whole number, a boolean or a list of them");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
