package io.assetbridge.platform.inventory;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The trigram index that serves {@code GET /api/cis?q=} on PostgreSQL: a GIN index ({@code pg_trgm})
 * on one lower-cased expression of name, serial number, asset tag, model, manufacturer and type. (The
 * customer's name lives in another table: a search looks up the matching customers first and adds
 * their ids, which {@code ix_ci_customer} answers.) A search adds
 * {@code EXPRESSION LIKE '%term%'} as a prefilter the index answers; it is implied by the exact
 * per-column condition, which stays, so results are the same with or without the index.
 *
 * <p>Created at start-up rather than in a Flyway migration because the extension may be unavailable
 * (not installed, or the database user may not create it): then a warning is logged and searches scan,
 * and the server still starts. It is built in the background ({@code CONCURRENTLY}: syncs keep writing
 * meanwhile, on this and other instances) because on an existing large inventory it takes a while.
 * H2 has no trigram indexes; there searches always scan.
 */
@ApplicationScoped
public class SearchIndex {

    /** The indexed expression, as the query writes it (the index's own definition omits the alias). */
    static final String EXPRESSION = "lower(ci.name || ' ' || coalesce(ci.serial_number, '') || ' '"
            + " || coalesce(ci.asset_tag, '') || ' ' || coalesce(ci.model, '') || ' ' || coalesce(ci.manufacturer, '')"
            + " || ' ' || coalesce(ci.type_name, ''))";

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    private static final String NAME = "ix_ci_search_v2";
    /** The index of name, serial and tag only, from before model, manufacturer and type were searched. */
    private static final String FORMER_NAME = "ix_ci_search";
    // a fixed pg_advisory_lock key: one instance builds at a time, so an invalid index is a failed build
    private static final long BUILD_LOCK = 0x4173_7365_7453_4958L;

    private final DataSource dataSource;

    /** A container resource: injected into a field, as {@code @Resource} cannot go on a constructor. */
    @Resource
    ManagedExecutorService executor;

    @Inject
    public SearchIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Required by CDI for the client proxy of a normal-scoped bean. */
    protected SearchIndex() {
        this(null);
    }

    // after SchemaMigration (priority 1): the table exists
    void onStart(@Observes @Priority(2) @Initialized(ApplicationScoped.class) Object event) {
        executor.execute(() -> ensure(dataSource));
    }

    /** Creates the extension and index when missing (PostgreSQL only); false, with one warning, when it cannot. */
    static boolean ensure(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (SqlDialect.of(c) != SqlDialect.POSTGRESQL) {
                return false;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(true); // CREATE INDEX CONCURRENTLY cannot run inside a transaction
            try (var s = c.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + BUILD_LOCK + ")");
                try {
                    s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                    if (invalid(c)) { // a build interrupted by a crash or cancel leaves an invalid index behind
                        s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + NAME);
                    }
                    long start = System.nanoTime();
                    s.execute("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + NAME + " ON configuration_item USING gin ("
                            + EXPRESSION.replace("ci.", "") + " gin_trgm_ops)");
                    s.execute("DROP INDEX CONCURRENTLY IF EXISTS " + FORMER_NAME); // after: never without an index
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (ms > 1000) {
                        LOG.info(() -> "Built the search index " + NAME + " in " + ms + " ms");
                    }
                } finally {
                    s.execute("SELECT pg_advisory_unlock(" + BUILD_LOCK + ")");
                    c.setAutoCommit(autoCommit);
                }
            }
            return true;
        } catch (SQLException e) {
            LOG.warning("No trigram search index (" + e.getMessage().strip() + "): GET /api/cis?q= scans every CI row"
                    + " on PostgreSQL. It needs the pg_trgm extension (CREATE EXTENSION pg_trgm, by a user allowed to);"
                    + " it is retried at every start.");
            return false;
        }
    }

    private static boolean invalid(Connection c) throws SQLException {
        try (var s =
                c.prepareStatement("SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid"
                        + " WHERE x.relname = ? AND pg_table_is_visible(x.oid)")) {
            s.setString(1, NAME);
            try (var rows = s.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }
}
