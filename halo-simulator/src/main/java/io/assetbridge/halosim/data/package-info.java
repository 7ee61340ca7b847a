/**
 * The simulated Halo data set.
 *
 * <p>Record {@code i} is a pure function of the seed and {@code i} ({@link AssetGenerator},
 * {@link ReferenceData}); mutations live in a small {@link Overlay} on top. Lists are answered from
 * compact indexes ({@link AssetIndex}: one {@code int} per asset per dimension plus
 * {@link RankedBits} for the active flag) through {@link MergedListing}, so a page costs a few
 * binary searches and 100 generated rows, never a scan, and memory stays flat at a million assets.
 */
package io.assetbridge.halosim.data;
