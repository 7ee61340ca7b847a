package io.assetbridge.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's one data source. The class is {@link UrlRoutedDataSource}, which picks
 * the H2 or PostgreSQL driver from the URL: the same jar runs either way by configuration alone. It
 * reads the URL, user and password from the application's configuration itself: {@code ${MPCONFIG=…}}
 * expressions here would also be expanded while Payara scans the deployment, before the
 * application's configuration is visible, logging "no value found" at WARNING on every normal start.
 */
@Singleton
@DataSourceDefinition(
        name = ApplicationDataSource.JNDI_NAME,
        className = "io.assetbridge.platform.persistence.UrlRoutedDataSource",
        minPoolSize = 2,
        maxPoolSize = 20)
public class ApplicationDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/assetbridge";
}
