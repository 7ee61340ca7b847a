package io.assetbridge.platform.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that delegates to H2's or PostgreSQL's own, chosen by the JDBC URL. The URL, user and
 * password come from the application's configuration ({@code assetbridge.db.*}) when the first
 * connection is made, unless the pool set them as bean properties.
 *
 * <p>H2 2.x refuses implicitly relative file paths, so a relative {@code jdbc:h2:file:} path (the
 * default points into {@code ./data}) is made absolute against the working directory.
 */
public class UrlRoutedDataSource implements DataSource {

    private static final String H2_FILE = "jdbc:h2:file:";

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;

    public void setUrl(String url) {
        this.url = url;
        this.delegate = null;
    }

    /** Payara may use either spelling of the URL property. */
    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
        this.delegate = null;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
        this.delegate = null;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return delegate().getConnection(username, pass);
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            current = create();
            delegate = current;
        }
        return current;
    }

    private DataSource create() throws SQLException {
        String url = setOrConfigured(this.url, "assetbridge.db.url");
        if (url == null || url.isBlank()) {
            throw new SQLException(
                    "No database URL is configured: set ASSETBRIDGE_DB_URL or leave it unset for the embedded database.");
        }
        boolean postgresql = url.startsWith("jdbc:postgresql:");
        if (!postgresql && !url.startsWith("jdbc:h2:")) {
            throw new SQLException(
                    "Unsupported database URL scheme: AssetBridge runs on PostgreSQL (jdbc:postgresql:) or H2 (jdbc:h2:).");
        }
        String user = setOrConfigured(this.user, "assetbridge.db.user");
        String password = setOrConfigured(this.password, "assetbridge.db.password");
        if (postgresql) {
            var pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setReWriteBatchedInserts(true);
            return pg;
        }
        var h2 = new JdbcDataSource();
        h2.setURL(absoluteH2Url(url));
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    /**
     * A property the pool set wins; otherwise the application's configuration (environment, then
     * defaults). The pool may connect first while the deployment is prepared, on a thread without a
     * context class loader, so the configuration is looked up by this class's own loader.
     */
    private static String setOrConfigured(String set, String key) {
        if (set != null && !set.isBlank()) {
            return set;
        }
        Config config = ConfigProvider.getConfig(UrlRoutedDataSource.class.getClassLoader());
        return config.getOptionalValue(key, String.class).orElse(null);
    }

    static String absoluteH2Url(String url) {
        if (!url.startsWith(H2_FILE)) {
            return url;
        }
        String rest = url.substring(H2_FILE.length());
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        String suffix = options < 0 ? "" : rest.substring(options);
        if (path.startsWith("~") || Path.of(path).isAbsolute()) {
            return url;
        }
        return H2_FILE + Path.of(path).toAbsolutePath().normalize() + suffix;
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no operation: logging goes through java.util.logging
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // no operation: the pool applies its own timeouts
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
