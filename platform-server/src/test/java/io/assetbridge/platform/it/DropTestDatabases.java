package io.assetbridge.platform.it;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops the PostgreSQL databases the integration tests created, once every test of the run is done
 * (the servers under test have stopped by then; {@code WITH (FORCE)} covers any straggler).
 */
public class DropTestDatabases implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestDatabase.dropAll();
    }
}
