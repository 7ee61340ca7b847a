package io.assetbridge.halosim.data;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Generates asset {@code id} as a pure function of the seed and the id. The cheap "core" (type,
 * client, site, active flag) feeds the indexes; {@link #asset(int)} adds everything else only for
 * rows actually served.
 */
final class AssetGenerator {

    private static final long SALT_TYPE = 101;
    private static final long SALT_CLIENT = 102;
    private static final long SALT_SITE = 103;
    private static final long SALT_INACTIVE = 104;
    private static final long SALT_DETAIL = 105;

    private static final LocalDate PURCHASES_FROM = LocalDate.of(2016, 1, 1);

    private final ReferenceData reference;
    private final long seed;
    private final double[] typeCumulative;
    private final double[] clientCumulative;

    AssetGenerator(ReferenceData reference) {
        this.reference = reference;
        this.seed = reference.shape().seed();
        this.typeCumulative = cumulative(reference.assetTypes().stream()
                .mapToDouble(AssetTypeInfo::weight)
                .toArray());
        // Client sizes follow a gentle power law: a few big customers, a long tail of small ones.
        double[] clientWeights = new double[reference.shape().clients()];
        for (int i = 0; i < clientWeights.length; i++) {
            clientWeights[i] = 1.0 / Math.pow(i + 1, 0.8);
        }
        this.clientCumulative = cumulative(clientWeights);
    }

    /** Dense asset-type index (0-based) of base asset {@code id}. */
    int typeIndex(int id) {
        return pickWeighted(typeCumulative, Mix.hash(seed, SALT_TYPE, id));
    }

    /** Client id (1-based) of base asset {@code id}. */
    int clientId(int id) {
        return 1 + pickWeighted(clientCumulative, Mix.hash(seed, SALT_CLIENT, id));
    }

    int siteId(int id) {
        int slot = Mix.below(Mix.hash(seed, SALT_SITE, id), reference.shape().sitesPerClient());
        return reference.siteId(clientId(id), slot);
    }

    int clientOfSite(int siteId) {
        return reference.clientOfSite(siteId);
    }

    boolean inactive(int id) {
        return Mix.unit(Mix.hash(seed, SALT_INACTIVE, id)) < reference.shape().inactiveRatio();
    }

    /** The generated state of base asset {@code id}. */
    AssetState asset(int id) {
        AssetTypeInfo type = reference.assetTypes().get(typeIndex(id));
        int clientId = clientId(id);
        return build(id, type, clientId, siteId(id), inactive(id), reference.baseAssetDate(id));
    }

    /** A new asset as added by a mutation: generated details, chosen type and location. */
    AssetState build(int id, AssetTypeInfo type, int clientId, int siteId, boolean inactive, LocalDateTime lastUpdate) {
        long h = Mix.hash(seed, SALT_DETAIL, id);
        int variant = Mix.below(h, type.models().size());
        String manufacturer =
                type.manufacturers().get(variant % type.manufacturers().size());
        String model = type.models().get(variant);
        String clientCode = clientCode(reference.baseClientName(clientId));
        String name = type.tagPrefix() + "-" + clientCode + "-" + String.format("%05d", id % 100_000);
        String inventory = Mix.below(Mix.splitMix(h + 1), 50) == 0 ? "" : type.tagPrefix() + String.format("%06d", id);
        String username = Mix.below(Mix.splitMix(h + 2), 10) < 6
                ? Catalogue.USERS[Mix.below(Mix.splitMix(h + 3), Catalogue.USERS.length)]
                : "";
        String serial = serial(Mix.splitMix(h + 4), type);
        LocalDate purchased = PURCHASES_FROM.plusDays(Mix.below(Mix.splitMix(h + 5), 3400));
        LocalDate warrantyEnd = Mix.below(Mix.splitMix(h + 6), 100) < 12 ? null : purchased.plusYears(3);
        int status = inactive
                ? ReferenceData.STATUS_RETIRED
                : Mix.below(Mix.splitMix(h + 7), 100) < 8 ? ReferenceData.STATUS_IN_STOCK : ReferenceData.STATUS_ACTIVE;
        return new AssetState(
                id,
                type.id(),
                clientId,
                siteId,
                inactive,
                inventory,
                name,
                username,
                serial,
                model,
                manufacturer,
                ReferenceData.manufacturerId(manufacturer),
                purchased,
                warrantyEnd,
                status,
                lastUpdate);
    }

    /** Deterministic per-id extras that only decorate a rendered row (RMM ids and the like). */
    long detailHash(int id, int salt) {
        return Mix.splitMix(Mix.hash(seed, SALT_DETAIL, id) + 1000 + salt);
    }

    private static String serial(long h, AssetTypeInfo type) {
        if (Mix.below(h, 100) < 3) {
            return ""; // nobody recorded it: Halo sends an empty string, not null
        }
        if (type.tagPrefix().equals("VM")) {
            return "VMware-42 " + Long.toHexString(h >>> 20).substring(0, 8);
        }
        String alphabet = "0123456789BCDFGHJKLMNPQRSTVWXYZ";
        StringBuilder sb = new StringBuilder(8);
        long x = h;
        for (int i = 0; i < 8; i++) {
            sb.append(alphabet.charAt((int) Long.remainderUnsigned(x, alphabet.length())));
            x = Long.divideUnsigned(x, alphabet.length());
        }
        return sb.toString();
    }

    private static String clientCode(String clientName) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < clientName.length() && sb.length() < 4; i++) {
            char c = clientName.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toUpperCase(c));
            }
        }
        return sb.length() == 0 ? "X" : sb.toString();
    }

    private static double[] cumulative(double[] weights) {
        double[] c = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private static int pickWeighted(double[] cumulative, long hash) {
        double u = Mix.unit(hash);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
