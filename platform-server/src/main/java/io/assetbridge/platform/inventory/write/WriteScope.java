package io.assetbridge.platform.inventory.write;

import io.assetbridge.platform.inventory.SqlDialect;
import java.sql.Connection;
import java.time.OffsetDateTime;

/** What every statement of one page's write shares: the page's connection (its transaction), whose rows, when. */
record WriteScope(
        Connection connection,
        SqlDialect dialect,
        long integrationId,
        OffsetDateTime now,
        RunWriteCache cache,
        RowChanges changes) {}
