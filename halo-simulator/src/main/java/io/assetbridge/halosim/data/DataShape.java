package io.assetbridge.halosim.data;

/** The settings that determine the generated data; two equal shapes generate identical data. */
public record DataShape(
        int assets, int clients, int sitesPerClient, int assetTypes, int licences, double inactiveRatio, long seed) {}
