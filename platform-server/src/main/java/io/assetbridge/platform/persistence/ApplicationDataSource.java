package io.assetbridge.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's one data source. Payara expands {@code ${MPCONFIG=…}} in the URL, user
 * and password but not in the class name, so the class is {@link UrlRoutedDataSource}, which picks
 * the H2 or PostgreSQL driver from the URL: the same jar runs either way by configuration alone.
 */
@Singleton
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "io.assetbridge.platform.persistence.UrlRoutedDataSource",
        url = "${MPCONFIG=assetbridge.db.url}",
        user = "${MPCONFIG=assetbridge.db.user}",
        password = "${MPCONFIG=assetbridge.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20)
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/assetbridge";
}
