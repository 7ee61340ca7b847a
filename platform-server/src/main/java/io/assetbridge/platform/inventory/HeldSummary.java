package io.assetbridge.platform.inventory;

import io.assetbridge.platform.json.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What a hold looks like on the run: how many CIs, the threshold they crossed, how they spread over
 * customers (the largest 20) and resource types, and a sample of 20, each read from the hold's rows.
 */
final class HeldSummary {

    private static final String HELD = " FROM missing_hold h JOIN configuration_item ci ON ci.id = h.ci_id";

    private HeldSummary() {}

    static JsonObject of(Connection c, long runId, long missing, double threshold) throws SQLException {
        var json = Jsonp.PROVIDER;
        var byType = json.createObjectBuilder();
        try (var s = c.prepareStatement("SELECT ci.resource_type, COUNT(*)" + HELD
                + " WHERE h.run_id = ? GROUP BY ci.resource_type ORDER BY ci.resource_type")) {
            s.setLong(1, runId);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    byType.add(rows.getString(1), rows.getLong(2));
                }
            }
        }
        var byCustomer = json.createArrayBuilder();
        try (var s = c.prepareStatement("SELECT cu.id, cu.name, COUNT(*) AS n" + HELD
                + " LEFT JOIN customer cu ON cu.id = ci.customer_id WHERE h.run_id = ?"
                + " GROUP BY cu.id, cu.name ORDER BY n DESC, cu.id")) {
            s.setLong(1, runId);
            s.setMaxRows(MissingGuard.SAMPLE);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    JsonValue customer = rows.wasNull()
                            ? JsonValue.NULL
                            : json.createObjectBuilder()
                                    .add("id", id)
                                    .add("name", rows.getString(2))
                                    .build();
                    byCustomer.add(
                            json.createObjectBuilder().add("customer", customer).add("missing", rows.getLong(3)));
                }
            }
        }
        var sample = json.createArrayBuilder();
        try (var s = c.prepareStatement("SELECT ci.id, ci.source_id, ci.name, ci.resource_type" + HELD
                + " WHERE h.run_id = ? ORDER BY ci.id")) {
            s.setLong(1, runId);
            s.setMaxRows(MissingGuard.SAMPLE);
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    sample.add(json.createObjectBuilder()
                            .add("id", rows.getLong(1))
                            .add("sourceId", rows.getString(2))
                            .add("name", rows.getString(3))
                            .add("resourceType", rows.getString(4)));
                }
            }
        }
        return json.createObjectBuilder()
                .add("missing", missing)
                .add("threshold", threshold)
                .add("byCustomer", byCustomer)
                .add("byType", byType)
                .add("sample", sample)
                .add("releasedAt", JsonValue.NULL)
                .add("releasedBy", JsonValue.NULL)
                .build();
    }
}
