package io.assetbridge.platform.connector;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders connector descriptor versions so a newer plugin jar can replace an older connector of the
 * same type. The release part (before the first {@code -}) compares by its dot-separated numbers, so
 * {@code 1.10.0} is newer than {@code 1.9.3} and a missing part counts as 0; a version with a
 * qualifier ({@code 1.0.0-SNAPSHOT}) is older than the same release without; a version with no
 * leading number (such as {@code development}) is older than any numbered one.
 */
final class ConnectorVersions {

    static final Comparator<String> COMPARATOR = ConnectorVersions::compare;

    private ConnectorVersions() {}

    static int compare(String left, String right) {
        String[] a = releaseParts(left);
        String[] b = releaseParts(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int order = number(a, i).compareTo(number(b, i));
            if (order != 0) {
                return order;
            }
        }
        return Boolean.compare(!hasQualifier(left), !hasQualifier(right));
    }

    private static String[] releaseParts(String version) {
        String release = version == null ? "" : version.strip().split("-", 2)[0];
        return release.split("\\.");
    }

    /** The number in part {@code i}: its leading digits, or -1 when it has none (no number at all). */
    private static BigInteger number(String[] parts, int i) {
        if (i >= parts.length) {
            return BigInteger.ZERO;
        }
        String part = parts[i];
        int digits = 0;
        while (digits < part.length() && Character.isDigit(part.charAt(digits))) {
            digits++;
        }
        return digits == 0 ? BigInteger.ONE.negate() : new BigInteger(part.substring(0, digits));
    }

    private static boolean hasQualifier(String version) {
        return version == null || version.strip().contains("-");
    }
}
