package io.assetbridge.halosim.data;

/**
 * The software installed on each asset ({@code /AssetSoftware?device_id=}), derived from the asset id alone so
 * that it needs no memory: asset {@code n} has {@code n % 3} programs, each with id {@code n * 10 + k}.
 */
public final class InstalledSoftware {

    private static final String[][] PROGRAMS = {
        {"Microsoft 365 Apps", "Microsoft"},
        {"Google Chrome", "Google"},
        {"7-Zip", "Igor Pavlov"},
        {"Adobe Acrobat Reader", "Adobe"},
        {"Mozilla Firefox", "Mozilla"}
    };

    private InstalledSoftware() {}

    /** How many programs asset {@code assetId} has. */
    public static int countOf(int assetId) {
        return Math.floorMod(assetId, 3);
    }

    /** The ids of asset {@code assetId}'s programs, ascending. */
    public static int[] idsOf(int assetId) {
        int[] ids = new int[countOf(assetId)];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = assetId * 10 + k;
        }
        return ids;
    }

    public static String name(int softwareId) {
        return PROGRAMS[Math.floorMod(softwareId, PROGRAMS.length)][0];
    }

    public static String publisher(int softwareId) {
        return PROGRAMS[Math.floorMod(softwareId, PROGRAMS.length)][1];
    }

    public static String version(int softwareId) {
        return (softwareId % 7 + 1) + "." + softwareId % 10;
    }

    /** The installed software of every asset, inactive ones included. */
    public static long total(HaloData data) {
        long total = 0;
        int chunk = 1000;
        Page first = data.listAssets(AssetQuery.all(), 0, 0, false);
        for (int offset = 0; offset < first.total(); offset += chunk) {
            for (int id :
                    data.listAssets(AssetQuery.all(), offset, chunk, false).ids()) {
                total += countOf(id);
            }
        }
        return total;
    }
}
