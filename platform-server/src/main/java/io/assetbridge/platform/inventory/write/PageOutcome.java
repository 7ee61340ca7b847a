package io.assetbridge.platform.inventory.write;

/**
 * What writing one page did.
 *
 * @param created   new rows
 * @param updated   rows whose content or status changed
 * @param unchanged rows seen with the same content
 * @param failed    records that could not be stored (the rest of the page was)
 */
public record PageOutcome(int created, int updated, int unchanged, int failed) {}
