package io.assetbridge.platform.outbound;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses outbound connections may reach. Link-local and cloud metadata addresses are always
 * denied, whatever is configured: {@code 169.254.0.0/16}, {@code fe80::/10}, {@code fd00:ec2::254},
 * {@code 0.0.0.0/8} and {@code ::}. Then an entry of the deny list ({@code ASSETBRIDGE_OUTBOUND_DENY})
 * denies; and when an allow list ({@code ASSETBRIDGE_OUTBOUND_ALLOW}) is set, only what it names is
 * allowed. Without lists everything else is allowed — loopback and private ranges included, where an
 * on-premises source system lives.
 *
 * <p>Entries are CIDR blocks, addresses, host names ({@code halo.example.com}) or domains
 * ({@code .example.com} or {@code *.example.com}: the domain's hosts, not the domain itself). A name
 * matches the host name a URL gives; a range matches the address it resolved to. The check is made
 * on the resolved address of each connection ({@link #check}), so a name that resolves elsewhere on
 * the next lookup (DNS rebinding) is checked again. Immutable and thread-safe.
 */
public final class OutboundPolicy {

    private static final List<AddressRange> ALWAYS_DENIED = List.of(
            range("169.254.0.0/16"),
            range("fe80::/10"),
            range("fd00:ec2::254/128"),
            range("0.0.0.0/8"),
            range("::/128"));

    private final Entries allow;
    private final Entries deny;

    private OutboundPolicy(Entries allow, Entries deny) {
        this.allow = allow;
        this.deny = deny;
    }

    /** No lists: everything but the always-denied addresses. */
    public static OutboundPolicy defaults() {
        return new OutboundPolicy(Entries.NONE, Entries.NONE);
    }

    /**
     * @param allow the allow list as configured (comma- or space-separated), blank for none
     * @param deny  the deny list as configured, blank for none
     * @throws IllegalArgumentException naming the first entry that is neither a range nor a host name
     */
    public static OutboundPolicy of(String allow, String deny) {
        return new OutboundPolicy(
                Entries.parse(allow, "ASSETBRIDGE_OUTBOUND_ALLOW"), Entries.parse(deny, "ASSETBRIDGE_OUTBOUND_DENY"));
    }

    /** Why a connection to {@code address} (resolved from {@code host}) is refused, or empty when it is allowed. */
    public Optional<String> check(String host, InetAddress address) {
        InetAddress plain = unmapped(address);
        String name = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (plain.isAnyLocalAddress() || ALWAYS_DENIED.stream().anyMatch(r -> r.contains(plain))) {
            return Optional.of(plain.getHostAddress()
                    + " is a link-local, metadata or unspecified address, which is never allowed");
        }
        if (deny.matches(name, plain)) {
            return Optional.of(describe(name, plain) + " is denied by ASSETBRIDGE_OUTBOUND_DENY");
        }
        if (!allow.isEmpty() && !allow.matches(name, plain)) {
            return Optional.of(describe(name, plain) + " is not in ASSETBRIDGE_OUTBOUND_ALLOW");
        }
        return Optional.empty();
    }

    /** Whether every address {@code host} resolves to now is allowed; for checks before any connection (a saved URL). */
    public Optional<String> checkHost(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty(); // nothing to reach; the connection attempt will say so
        }
        for (InetAddress address : addresses) {
            var refused = check(host, address);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    private static String describe(String name, InetAddress address) {
        return name.isEmpty() || name.equals(address.getHostAddress())
                ? address.getHostAddress()
                : name + " (" + address.getHostAddress() + ")";
    }

    /** {@code ::ffff:169.254.169.254} is 169.254.169.254. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) {
                try {
                    return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    private static AddressRange range(String cidr) {
        return AddressRange.parse(cidr).orElseThrow();
    }

    /** One configured list: ranges and names. */
    private record Entries(List<AddressRange> ranges, List<String> names) {

        static final Entries NONE = new Entries(List.of(), List.of());

        static Entries parse(String text, String variable) {
            var ranges = new ArrayList<AddressRange>();
            var names = new ArrayList<String>();
            if (text != null) {
                for (String entry : text.trim().split("[,\\s]+")) {
                    if (entry.isEmpty()) {
                        continue;
                    }
                    String e = entry.toLowerCase(Locale.ROOT);
                    Optional<AddressRange> range;
                    try {
                        range = AddressRange.parse(e);
                    } catch (IllegalArgumentException bad) {
                        throw new IllegalArgumentException(variable + ": " + bad.getMessage(), bad);
                    }
                    if (range.isPresent()) {
                        ranges.add(range.get());
                    } else if (e.matches(
                            "(\\*\\.|\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
                        names.add(e.startsWith("*") ? e.substring(1) : e);
                    } else {
                        throw new IllegalArgumentException(
                                variable + ": '" + entry + "' is neither an address, a CIDR block nor a host name");
                    }
                }
            }
            return new Entries(List.copyOf(ranges), List.copyOf(names));
        }

        boolean isEmpty() {
            return ranges.isEmpty() && names.isEmpty();
        }

        boolean matches(String host, InetAddress address) {
            return ranges.stream().anyMatch(r -> r.contains(address))
                    || names.stream().anyMatch(n -> n.startsWith(".") ? host.endsWith(n) : host.equals(n));
        }
    }
}
