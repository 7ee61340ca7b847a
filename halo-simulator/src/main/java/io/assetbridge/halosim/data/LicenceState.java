package io.assetbridge.halosim.data;

import java.time.LocalDate;

/** A row of {@code /api/SoftwareLicence}; {@code endDate} null renders as the 1900 placeholder. */
public record LicenceState(
        int id,
        String name,
        String manufacturer,
        String vendor,
        int clientId,
        int count,
        int inUse,
        LocalDate startDate,
        LocalDate endDate,
        boolean active,
        int type) {}
