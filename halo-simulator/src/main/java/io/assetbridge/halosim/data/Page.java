package io.assetbridge.halosim.data;

/**
 * One page of a list: the ids to render, in order, and the total number of matching records
 * (Halo's {@code record_count}).
 */
public record Page(int total, int[] ids) {}
