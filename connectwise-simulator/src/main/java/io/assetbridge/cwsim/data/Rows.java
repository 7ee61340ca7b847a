package io.assetbridge.cwsim.data;

import java.time.Instant;
import java.time.LocalDate;

/** The rows the simulator serves, built on demand; none of them is stored. */
public final class Rows {

    private Rows() {}

    public record Company(int id, String identifier, String name, Instant lastUpdated) {}

    public record Site(int id, int companyId, String name) {}

    public record ConfigType(int id, String name, Instant lastUpdated) {}

    public record Configuration(
            int id,
            String name,
            ConfigType type,
            boolean active,
            Company company,
            Site site,
            String serialNumber,
            String modelNumber,
            String tagNumber,
            int manufacturerId,
            String manufacturer,
            LocalDate purchaseDate,
            LocalDate installationDate,
            LocalDate warrantyExpirationDate,
            String osType,
            String ipAddress,
            String macAddress,
            String lastLoginName,
            Instant lastUpdated) {}

    /** Up to a page of matching ids in ascending order, and whether more match after them. */
    public record Slice(int[] ids, boolean more) {}

    /** What one {@code /_sim/mutate} changed. */
    public record Mutation(int[] deleted, int[] renamed, int[] added) {}
}
