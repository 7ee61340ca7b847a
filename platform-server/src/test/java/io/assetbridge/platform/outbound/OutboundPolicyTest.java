package io.assetbridge.platform.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class OutboundPolicyTest {

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void linkLocalMetadataAndUnspecifiedAddressesAreAlwaysDeniedEvenWhenAllowed() throws Exception {
        var policy = OutboundPolicy.of("0.0.0.0/0 ::/0 169.254.169.254 metadata.google.internal", "");
        for (String address : new String[] {
            "169.254.169.254",
            "169.254.0.1",
            "fe80::1",
            "febf::1",
            "fd00:ec2::254",
            "0.0.0.0",
            "::",
            "::ffff:169.254.169.254"
        }) {
            assertThat(policy.check("metadata.google.internal", ip(address)))
                    .as(address)
                    .isPresent();
            assertThat(OutboundPolicy.defaults().check(null, ip(address)))
                    .as(address)
                    .isPresent();
        }
    }

    @Test
    void loopbackPrivateAndPublicAddressesAreAllowedByDefault() throws Exception {
        for (String address : new String[] {
            "127.0.0.1", "::1", "10.1.2.3", "192.168.0.10", "172.16.5.4", "fd00::1", "8.8.8.8", "fec0::1"
        }) {
            assertThat(OutboundPolicy.defaults().check("halo.local", ip(address)))
                    .as(address)
                    .isEmpty();
        }
    }

    @Test
    void theDenyListDeniesRangesAndNamesAndWinsOverTheAllowList() throws Exception {
        var policy = OutboundPolicy.of("10.0.0.0/8, halo.example.com", "10.9.0.0/16 .internal.example.com");
        assertThat(policy.check("halo.example.com", ip("10.1.1.1"))).isEmpty();
        assertThat(policy.check("halo.example.com", ip("10.9.1.1")))
                .get()
                .asString()
                .contains("DENY");
        assertThat(policy.check("x.internal.example.com", ip("10.1.1.1")))
                .get()
                .asString()
                .contains("DENY");
        assertThat(policy.check("internal.example.com", ip("10.1.1.1")))
                .as("a domain entry names its hosts, not itself")
                .isEmpty();
    }

    @Test
    void anAllowListAllowsOnlyWhatItNames() throws Exception {
        var policy = OutboundPolicy.of("*.halo.example.com 192.168.1.0/24", "");
        assertThat(policy.check("acme.halo.example.com", ip("203.0.113.9"))).isEmpty();
        assertThat(policy.check("anything", ip("192.168.1.200"))).isEmpty();
        assertThat(policy.check("anything", ip("192.168.2.1"))).get().asString().contains("ALLOW");
        assertThat(policy.check("127.0.0.1", ip("127.0.0.1"))).get().asString().contains("ALLOW");
    }

    @Test
    void anEntryThatIsNeitherRangeNorNameIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> OutboundPolicy.of("10.0.0.0/33", ""))
                .hasMessageContaining("ASSETBRIDGE_OUTBOUND_ALLOW");
        assertThatThrownBy(() -> OutboundPolicy.of("", "http://x/")).hasMessageContaining("ASSETBRIDGE_OUTBOUND_DENY");
    }

    @Test
    void aHostIsCheckedOnEveryAddressItResolvesTo() {
        assertThat(OutboundPolicy.of("", "127.0.0.0/8").checkHost("localhost")).isPresent();
        assertThat(OutboundPolicy.defaults().checkHost("localhost")).isEmpty();
        assertThat(OutboundPolicy.defaults().checkHost("169.254.169.254")).isPresent();
    }
}
